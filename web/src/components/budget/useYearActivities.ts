// The roadmap activities a budget line of this year may link to (Madiun Pasal 8
// ayat (2)): those of the region's roadmaps that are not superseded and whose
// period holds the year. There is no list of activities by year, so the
// roadmaps are read one by one (a region has a handful).
import { useEffect, useState } from 'preact/hooks';
import { getRoadmap, listRoadmaps } from '../../api/roadmaps';
import type { Activity, RoadmapSummary } from '../../api/roadmapTypes';

export interface YearActivities {
  loaded: boolean;
  groups: { roadmap: RoadmapSummary; activities: Activity[] }[];
}

export function useYearActivities(year: number): YearActivities {
  const [state, setState] = useState<YearActivities>({ loaded: false, groups: [] });
  useEffect(() => {
    const controller = new AbortController();
    const signal = controller.signal;
    void (async () => {
      const list = await listRoadmaps({ signal });
      if (!list.ok) {
        if (!signal.aborted) setState({ loaded: true, groups: [] });
        return;
      }
      const covering = list.data.items.filter((r) => r.status !== 'superseded' && r.start_year <= year && year <= r.end_year);
      const answers = await Promise.all(covering.map((r) => getRoadmap(r.id, { signal })));
      if (signal.aborted) return;
      const groups = covering.map((roadmap, i) => {
        const answer = answers[i];
        return { roadmap, activities: answer?.ok ? answer.data.activities : [] };
      });
      setState({ loaded: true, groups });
    })();
    return () => controller.abort();
  }, [year]);
  return state;
}

// The kinds of Simpul record evidence may point to, as the server lists them (GET
// /api/v1/evaluation/record-kinds, with their names in both languages): loaded once per visit.
import { useEffect, useState } from 'preact/hooks';
import { listRecordKinds } from '../../api/evaluationIndicator';
import type { RecordKindOption } from '../../api/evaluationIndicatorTypes';
import type { Lang } from '../../i18n/translate';

let known: Promise<RecordKindOption[]> | null = null;

export function useRecordKinds(): RecordKindOption[] {
  const [kinds, setKinds] = useState<RecordKindOption[]>([]);
  useEffect(() => {
    known ??= listRecordKinds().then((answer) => {
      if (!answer.ok) known = null; // ask again next time
      return answer.ok ? answer.data : [];
    });
    let live = true;
    void known.then((list) => live && setKinds(list));
    return () => {
      live = false;
    };
  }, []);
  return kinds;
}

export function recordKindLabel(kinds: RecordKindOption[], kind: string, lang: Lang): string {
  const found = kinds.find((k) => k.kind === kind);
  return found ? (lang === 'en' ? found.label_en : found.label_id) : kind;
}

// The signed-in user's region with its regulation's words (terms), for labels.
// Learnt at sign-in (state/session.ts); asked for again here when it is still
// missing (e.g. the first answer came before the password was changed).
import { useEffect } from 'preact/hooks';
import type { RegionDetail } from '../api/organisationTypes';
import { regionDetail } from '../state/region';
import { learnRegionDetail, session } from '../state/session';
import { useStore } from '../state/store';

export function useRegionDetail(): RegionDetail | null {
  const detail = useStore(regionDetail);
  const now = useStore(session);
  const regionId = now.phase === 'signedIn' && !now.mustChangePassword ? now.user.region_id : null;
  useEffect(() => {
    if (regionId && detail?.id !== regionId) void learnRegionDetail(regionId);
  }, [regionId, detail?.id]);
  return detail && detail.id === regionId ? detail : null;
}

// The region's warning window for warranties and licences (days), for the marks in
// lists and on a record; null until known (the marks then use the default of 90).
import { getAssetSettings } from '../../api/assets';
import { useLoad } from '../../hooks/useLoad';

export function useWarningDays(): number | null {
  const loaded = useLoad((signal) => getAssetSettings({ signal }));
  return loaded.state.phase === 'ready' ? loaded.state.data.warning_days : null;
}

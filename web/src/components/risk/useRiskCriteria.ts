// The region's risk criteria for a page (categories, areas, scales, matrix, bands), loaded once.
import { getRiskCriteria } from '../../api/risks';
import { useLoad } from '../../hooks/useLoad';

export function useRiskCriteria() {
  return useLoad((signal) => getRiskCriteria({ signal }));
}

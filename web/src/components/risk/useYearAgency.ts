// The year and the agency a risk page lists: this year in the region's time zone,
// and at first an operator's own agency (everyone else: all agencies).
import { useState } from 'preact/hooks';
import { useAgencies } from '../../hooks/useAgencies';
import { useRegionDetail } from '../../hooks/useRegionDetail';
import { currentYear } from './labels';
import { useRiskAccess } from './useRiskAccess';

export function useYearAgency() {
  const access = useRiskAccess();
  const zone = useRegionDetail()?.time_zone;
  const now = currentYear(zone);
  const [year, setYear] = useState(String(now));
  const [agency, setAgency] = useState(access.ownAgencyId === null ? '' : String(access.ownAgencyId));
  const { agencies } = useAgencies();
  return { access, now, year, setYear, agency, setAgency, agencies };
}

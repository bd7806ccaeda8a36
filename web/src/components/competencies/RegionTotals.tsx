// The region at a glance: employees, the share with basic ICT competence, agencies
// with gaps, requirements not met, certificates expired and expiring (within the
// window the server counts), as of the day the server counted.
import type { RegionGaps } from '../../api/competencyTypes';
import { formatDay } from '../../format/dateTime';
import { useI18n } from '../../i18n/useI18n';
import { SummaryList } from '../SummaryList';
import { shareText } from './competencyWords';

export function RegionTotals({ gaps }: { gaps: RegionGaps }) {
  const { t, lang } = useI18n();
  const { totals } = gaps;
  return (
    <>
      <SummaryList
        testId="cp-totals"
        rows={[
          { key: 'employees', label: t('competency.totalEmployees'), value: <span data-testid="cp-total-employees">{t('competency.employeesIn', { count: totals.employees, agencies: totals.agencies })}</span> },
          {
            key: 'basic',
            label: t('competency.basicIct'),
            value: (
              <span data-testid="cp-total-basic">
                {t('competency.basicShare', { share: shareText(totals.basic_ict_share, lang), count: totals.with_basic_ict })}
              </span>
            ),
          },
          { key: 'gaps', label: t('competency.agenciesWithGaps'), value: <span data-testid="cp-total-gaps">{totals.agencies_with_gaps}</span> },
          { key: 'unmet', label: t('competency.unmetRequirements'), value: <span data-testid="cp-total-unmet">{totals.unmet_requirements}</span> },
          {
            key: 'certificates',
            label: t('competency.certificates'),
            value: (
              <span data-testid="cp-total-certificates">
                {t('competency.certificatesDue', { expired: totals.certificates_expired, expiring: totals.certificates_expiring, days: gaps.expiry_window_days })}
              </span>
            ),
          },
        ]}
      />
      <p class="body secondary" data-testid="cp-as-of">
        {t('competency.asOf', { date: formatDay(gaps.as_of, lang) })}
      </p>
    </>
  );
}

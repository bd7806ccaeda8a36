// The external assessors' levels of the indicator at each stage (document review, interview,
// visit), entered after sign-off; the result is the latest stage's, and its difference to the
// self-assessed level is shown.
import type { IndicatorDetail } from '../../api/evaluationIndicatorTypes';
import { SummaryList } from '../../components/SummaryList';
import { useI18n } from '../../i18n/useI18n';
import { levelLabel } from './IndicatorPageWords';
import { signed, stageLabel } from './evaluationWords';

export function IndicatorPageExternal({ view }: { view: IndicatorDetail }) {
  const i18n = useI18n();
  const { t } = i18n;
  const external = view.external;
  if (!external) return null;
  const difference = external.difference === 0 ? t('evalInd.differenceNone') : signed(external.difference);
  return (
    <section aria-labelledby="ei-external-title" data-testid="ei-external">
      <h2 class="heading-m" id="ei-external-title">
        {t('evalInd.externalTitle')}
      </h2>
      <SummaryList
        rows={[
          ...(['document', 'interview', 'visit'] as const).map((stage) => ({
            key: stage,
            label: stageLabel(stage, i18n),
            value: <span data-testid={`ei-external-${stage}`}>{external[stage] === null ? '—' : levelLabel(view, external[stage], i18n)}</span>,
          })),
          { key: 'result', label: t('evalInd.externalResult'), value: <strong data-testid="ei-external-result">{external.result === null ? '—' : levelLabel(view, external.result, i18n)}</strong> },
          { key: 'difference', label: t('evalInd.externalDifference'), value: <span data-testid="ei-external-difference">{difference}</span> },
        ]}
      />
    </section>
  );
}

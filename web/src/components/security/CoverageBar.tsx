// How many agencies acknowledged a policy's last published revision: "12 dari 15
// PD" with a bar, so the coverage reads at a glance.
import { useI18n } from '../../i18n/useI18n';

export function CoverageBar({ acknowledged, total, testId }: { acknowledged: number; total: number; testId: string }) {
  const { t } = useI18n();
  const share = total > 0 ? Math.round((acknowledged / total) * 100) : 0;
  return (
    <span class="sec-coverage">
      <span data-testid={testId}>{t('security.coverage', { n: acknowledged, m: total })}</span>
      <span class="share-bar" aria-hidden="true">
        <span class="share-bar__fill" style={{ width: `${share}%` }} />
      </span>
    </span>
  );
}

// The magnitude, level and decision to treat as the levels are picked, computed in the
// browser from the region's criteria and labelled as a preview: the server decides
// when the risk is saved.
import type { RiskCriteria } from '../../api/riskTypes';
import { useI18n } from '../../i18n/useI18n';
import { previewOf } from './criteria';
import { LevelBadge } from './LevelBadge';

interface Props {
  criteria: RiskCriteria;
  likelihood: string;
  impact: string;
  category: string;
  polarity: string;
  testId: string;
}

export function RiskPreview({ criteria, likelihood, impact, category, polarity, testId }: Props) {
  const { t } = useI18n();
  const preview = likelihood && impact ? previewOf(criteria, Number(likelihood), Number(impact), category, polarity) : null;
  return (
    <div class="risk-preview" role="status" aria-live="polite" data-testid={testId}>
      <p class="heading-s">{t('risk.previewTitle')}</p>
      {!preview ? (
        <p class="body secondary" data-testid={`${testId}-pending`}>
          {t('risk.previewPending')}
        </p>
      ) : (
        <dl class="summary-list">
          <div class="summary-list__row">
            <dt class="summary-list__key">{t('risk.magnitude')}</dt>
            <dd class="summary-list__value" data-testid={`${testId}-magnitude`}>
              {preview.magnitude}
            </dd>
          </div>
          <div class="summary-list__row">
            <dt class="summary-list__key">{t('risk.level')}</dt>
            <dd class="summary-list__value">
              {preview.band ? <LevelBadge level={preview.band.level} name={preview.band.name} colour={preview.band.colour} testId={`${testId}-level`} /> : '—'}
            </dd>
          </div>
          <div class="summary-list__row">
            <dt class="summary-list__key">{t('risk.treatDecision')}</dt>
            <dd class="summary-list__value" data-testid={`${testId}-treat`}>
              {preview.treat === null
                ? t('risk.previewTreatPending')
                : preview.treat
                  ? t('risk.previewTreatYes', { appetite: preview.appetite ?? '—' })
                  : t('risk.previewTreatNo', { appetite: preview.appetite ?? '—' })}
            </dd>
          </div>
        </dl>
      )}
      <p class="body secondary">{t('risk.previewNote')}</p>
    </div>
  );
}

// The region's risk criteria read-only (Formulir 2.6-2.10): categories with their risk
// appetite for positive and negative risks, impact areas, the likelihood and impact
// scales with their criteria, the analysis matrix coloured by level, and the level bands.
import type { RiskCriteria } from '../../api/riskTypes';
import { useI18n } from '../../i18n/useI18n';
import { bandOf } from './criteria';
import { LevelBadge } from './LevelBadge';
import { MatrixTable } from './MatrixTable';

const byLevel = <T extends { level: number }>(xs: T[]) => [...xs].sort((a, b) => a.level - b.level);

// A likelihood or impact scale: each level with its criteria.
function ScaleList({ levels }: { levels: { level: number; name: string; criteria: string }[] }) {
  return (
    <dl class="summary-list">
      {byLevel(levels).map((l) => (
        <div class="summary-list__row" key={l.level}>
          <dt class="summary-list__key">
            {l.level} – {l.name}
          </dt>
          <dd class="summary-list__value">{l.criteria || '—'}</dd>
        </div>
      ))}
    </dl>
  );
}

export function CriteriaView({ criteria, isDefault }: { criteria: RiskCriteria; isDefault: boolean }) {
  const { t } = useI18n();
  return (
    <div data-testid="risk-criteria-view">
      {isDefault && (
        <p class="body" data-testid="risk-criteria-default">
          {t('risk.criteria.isDefault')}
        </p>
      )}
      <h3 class="heading-m">{t('risk.criteria.categories')}</h3>
      <table class="table table--stacked table--compact" data-testid="risk-criteria-categories">
        <thead>
          <tr>
            <th scope="col">{t('risk.category')}</th>
            <th scope="col" class="numeric">{t('risk.criteria.appetitePositive')}</th>
            <th scope="col" class="numeric">{t('risk.criteria.appetiteNegative')}</th>
          </tr>
        </thead>
        <tbody>
          {criteria.categories.map((c) => (
            <tr key={c.key}>
              <th scope="row" data-label={t('risk.category')}>
                {c.name}
              </th>
              <td class="numeric" data-label={t('risk.criteria.appetitePositive')}>
                {c.appetite_positive}
              </td>
              <td class="numeric" data-label={t('risk.criteria.appetiteNegative')}>
                {c.appetite_negative}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="body secondary">{t('risk.criteria.appetiteHint')}</p>

      <h3 class="heading-m">{t('risk.criteria.areas')}</h3>
      <ul class="list">
        {criteria.impact_areas.map((a) => (
          <li key={a.key}>{a.name}</li>
        ))}
      </ul>

      <h3 class="heading-m">{t('risk.criteria.likelihoodScale')}</h3>
      <ScaleList levels={criteria.likelihood_levels} />
      <h3 class="heading-m">{t('risk.criteria.impactScale')}</h3>
      <ScaleList levels={criteria.impact_levels} />

      <h3 class="heading-m">{t('risk.criteria.matrix')}</h3>
      <div class="risk-heat">
        <MatrixTable
          testId="risk-criteria-matrix"
          cell={(l, i) => {
            const m = criteria.matrix[l - 1]?.[i - 1] ?? null;
            const band = bandOf(criteria, m);
            return {
              colour: band?.colour ?? '#ffffff',
              title: band?.name,
              content: (
                <span class="risk-heat__link">
                  <span class="risk-heat__count">{m ?? '—'}</span>
                  <span class="risk-heat__magnitude">{band?.name}</span>
                </span>
              ),
            };
          }}
        />
      </div>

      <h3 class="heading-m">{t('risk.criteria.bands')}</h3>
      <ul class="tag-list" data-testid="risk-criteria-bands">
        {byLevel(criteria.levels).map((b) => (
          <li key={b.level}>
            <LevelBadge level={b.level} name={`${b.level} ${b.name}`} colour={b.colour} /> {t('risk.criteria.bandRange', { from: b.from, to: b.to })}
            {b.colour_name ? ` (${b.colour_name})` : ''}
          </li>
        ))}
      </ul>
    </div>
  );
}

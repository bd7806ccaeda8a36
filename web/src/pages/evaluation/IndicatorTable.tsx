// The campaign's indicators in framework order: level, target and gap, verified or not, how
// much evidence and how many open questions, and the external result with its difference to
// the self level. Filtered here by aspect and "belum diverifikasi" (the whole list is small);
// each row opens the indicator's page, where levels are chosen and verified.
import { useState } from 'preact/hooks';
import { indicatorPage } from '../../api/evaluation';
import type { IndicatorRow } from '../../api/evaluationTypes';
import { SelectField } from '../../components/form/SelectField';
import { useI18n } from '../../i18n/useI18n';
import { signed } from './evaluationWords';

export function IndicatorTable({ campaignId, rows }: { campaignId: number; rows: IndicatorRow[] }) {
  const { t } = useI18n();
  const [aspect, setAspect] = useState('');
  const [unverified, setUnverified] = useState(false);
  const aspects = [...new Map(rows.map((r) => [r.aspect.number, r.aspect.name])).entries()];
  const shown = rows.filter((r) => (!aspect || String(r.aspect.number) === aspect) && (!unverified || !r.verified));
  return (
    <>
      <div class="filter filter--inline" data-testid="ev-indicator-filter">
        <SelectField
          id="ev-filter-aspect"
          label={t('evaluation.aspect')}
          value={aspect}
          onChange={setAspect}
          options={[{ value: '', label: t('evaluation.allAspects') }, ...aspects.map(([n, name]) => ({ value: String(n), label: `${n}. ${name}` }))]}
        />
        <div class="checkboxes__item">
          <input
            class="checkboxes__input"
            type="checkbox"
            id="ev-filter-unverified"
            checked={unverified}
            onChange={(e) => setUnverified((e.target as HTMLInputElement).checked)}
            data-testid="ev-filter-unverified"
          />
          <label class="checkboxes__label" for="ev-filter-unverified">
            {t('evaluation.onlyUnverified')}
          </label>
        </div>
      </div>
      <p class="body secondary" role="status" data-testid="ev-indicator-count">
        {t('evaluation.indicatorsShown', { shown: shown.length, total: rows.length })}
      </p>
      <div class="table-wrapper">
        <table class="table table--stacked table--compact ev-indicators" data-testid="ev-indicators">
          <thead>
            <tr>
              <th scope="col">{t('evaluation.indicatorNo')}</th>
              <th scope="col">{t('evaluation.indicator')}</th>
              <th scope="col">{t('evaluation.levelAndTarget')}</th>
              <th scope="col">{t('evaluation.verified')}</th>
              <th scope="col">{t('evaluation.evidence')}</th>
              <th scope="col">{t('evaluation.externalResult')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => {
              const difference = r.external?.difference ?? null;
              return (
                <tr key={r.number} data-testid="ev-indicator-row" data-indicator={r.number} data-aspect={r.aspect.number}>
                  <td data-label={t('evaluation.indicatorNo')}>{r.number}</td>
                  <th scope="row" data-label={t('evaluation.indicator')}>
                    <a class="link" href={indicatorPage(campaignId, r.number)} data-testid="ev-indicator-link">
                      {r.name}
                    </a>
                  </th>
                  <td data-label={t('evaluation.levelAndTarget')}>
                    <strong data-testid="ev-indicator-level">{r.level ?? '—'}</strong>
                    <span class="cell-note">{t('evaluation.targetOf', { target: r.target })}</span>
                    {r.level !== null && r.gap > 0 && (
                      <span class="cell-note ev-difference" data-testid="ev-indicator-gap">
                        {t('evaluation.gapOf', { gap: r.gap })}
                      </span>
                    )}
                  </td>
                  <td data-label={t('evaluation.verified')}>
                    {r.verified ? (
                      <strong class="tag tag--green" data-testid="ev-indicator-verified">
                        {t('evaluation.yesVerified')}
                      </strong>
                    ) : (
                      <strong class="tag tag--grey" data-testid="ev-indicator-unverified">
                        {t('evaluation.notVerified')}
                      </strong>
                    )}
                  </td>
                  <td data-label={t('evaluation.evidence')}>
                    <span class="cell-line">{t('evaluation.evidenceCount', { count: r.evidence_count ?? 0 })}</span>
                    {(r.open_questions ?? 0) > 0 && <span class="cell-note">{t('evaluation.openQuestionsCount', { count: r.open_questions })}</span>}
                  </td>
                  <td data-label={t('evaluation.externalResult')} data-testid="ev-indicator-result">
                    {r.external?.result ?? '—'}
                    {difference !== null && (
                      <span class={`cell-note${difference ? ' ev-difference' : ''}`} data-testid="ev-indicator-difference">
                        {t('evaluation.differenceOf', { difference: signed(difference) })}
                      </span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}

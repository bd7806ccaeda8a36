// The level Simpul's own records suggest for the indicator, when it has a rule: the proposal,
// the reasons (what was found, what the next level lacks) and the records behind them. "Pakai
// usulan ini" only fills the choice in the form above; a person decides and saves.
import { getSuggestion } from '../../api/evaluationIndicator';
import type { IndicatorDetail } from '../../api/evaluationIndicatorTypes';
import type { Suggestion } from '../../api/evaluationTypes';
import { inLanguage } from '../../components/competencies/competencyWords';
import { useLoad } from '../../hooks/useLoad';
import { useI18n } from '../../i18n/useI18n';
import { recordKindLabel, useRecordKinds } from './EvidenceWords';
import { levelLabel } from './IndicatorPageWords';

interface Props {
  campaignId: number;
  view: IndicatorDetail;
  onUse?: (level: number) => void; // absent: the user may not change the answer
  chosen?: string; // the level now chosen in the form
}

export function IndicatorPageSuggestion({ campaignId, view, onUse, chosen }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const loaded = useLoad((signal) => getSuggestion(campaignId, view.number, { signal }), `${campaignId}/${view.number}`);
  if (loaded.state.phase !== 'ready' || loaded.state.data === null) return null;
  const s = loaded.state.data;
  return (
    <div class="panel ei-suggestion" data-testid="ei-suggestion" data-level={s.level}>
      <h3 class="heading-m">{t('evalInd.suggestionTitle')}</h3>
      <p class="body" data-testid="ei-suggestion-level">
        {t('evalInd.suggestionLevel', { level: levelLabel(view, s.level, i18n) })}
      </p>
      <SuggestionBasis suggestion={s} />
      {onUse && (
        <p class="body">
          <button type="button" class="button button--secondary" disabled={chosen === String(s.level)} onClick={() => onUse(s.level)} data-testid="ei-suggestion-use">
            {t('evalInd.suggestionUse')}
          </button>
          <span class="field-hint ei-suggestion__hint">{t('evalInd.suggestionUseHint')}</span>
        </p>
      )}
    </div>
  );
}

// Why the records suggest the level: the reasons (what was found, what the next level lacks),
// the records behind them as links, and how many there are of each kind.
export function SuggestionBasis({ suggestion: s }: { suggestion: Suggestion }) {
  const { t, lang } = useI18n();
  const kinds = useRecordKinds();
  return (
    <>
      <ul class="list">
        {s.reasons.map((r, i) => (
          <li key={i} data-testid="ei-suggestion-reason">
            {inLanguage(r, lang)}
          </li>
        ))}
      </ul>
      {s.records.length > 0 && (
        <>
          <p class="body">{t('evalInd.suggestionRecords')}</p>
          <ul class="list ei-records">
            {s.records.map((r) => (
              <li key={`${r.kind}:${r.id}`}>
                {r.href ? (
                  <a class="link" href={r.href} data-testid="ei-suggestion-record">
                    {r.title}
                  </a>
                ) : (
                  r.title
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {(s.record_counts ?? []).length > 0 && (
        <p class="body secondary" data-testid="ei-suggestion-counts">
          {s.record_counts.map((c) => `${recordKindLabel(kinds, c.kind, lang)}: ${c.count}`).join(' · ')}
        </p>
      )}
    </>
  );
}

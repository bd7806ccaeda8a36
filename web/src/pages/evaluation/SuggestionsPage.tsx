// /evaluasi/{id}/usulan (every role but citizens): the levels Simpul's own records suggest —
// per indicator with a rule, the proposed level, the reasons (what was found, what the next
// level still needs), the records behind it (links to them), the current self level and a link
// to the indicator's page, where a person decides. A proposal never sets a level by itself.
import { getCampaign, indicatorPage, listSuggestions } from '../../api/evaluation';
import { LoadView } from '../../components/LoadView';
import { useLoad } from '../../hooks/useLoad';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useI18n } from '../../i18n/useI18n';
import type { PageProps } from '../../routes';
import './evaluation.css';
import { CampaignHeading } from './CampaignHeading';

export function SuggestionsPage({ params }: PageProps) {
  const id = Number(params[0]);
  const { t, lang } = useI18n();
  usePageTitle(t('evaluation.suggestionsTitle'));
  const campaign = useLoad((signal) => getCampaign(id, { signal }), String(id));
  const suggestions = useLoad((signal) => listSuggestions(id, { signal }), String(id));
  const year = campaign.state.phase === 'ready' ? campaign.state.data.year : null;
  return (
    <>
      <CampaignHeading campaignId={id} year={year} current="suggestions" title={t('evaluation.suggestionsTitle')} intro={t('evaluation.suggestionsIntro')} testId="ev-suggestions-heading" />
      <LoadView loaded={suggestions}>
        {(list) =>
          list.length === 0 ? (
            <p class="body" data-testid="ev-suggestions-empty">
              {t('evaluation.suggestionsNone')}
            </p>
          ) : (
            <ul class="cp-list" data-testid="ev-suggestions">
              {list.map((s) => (
                <li key={s.indicator} class={`cp-list__item${s.differs ? ' cp-list__item--unmet' : ''}`} data-testid="ev-suggestion" data-indicator={s.indicator} data-level={s.level}>
                  <h2 class="heading-s">
                    {s.indicator}. {s.indicator_name}
                  </h2>
                  <p class="body">
                    <strong data-testid="ev-suggestion-level">{t('evaluation.suggestedLevel', { level: s.level, name: s.scale_level_name })}</strong>
                    <span class="cell-note" data-testid="ev-suggestion-self">
                      {s.self_level === null ? t('evaluation.selfLevelNone') : t('evaluation.selfLevel', { level: s.self_level })}
                      {s.differs ? ` · ${t('evaluation.suggestionDiffers')}` : ''}
                    </span>
                  </p>
                  <ul class="list" data-testid="ev-suggestion-reasons">
                    {s.reasons.map((r, i) => (
                      <li key={i}>{lang === 'en' ? r.en || r.id : r.id || r.en}</li>
                    ))}
                  </ul>
                  {s.records.length > 0 && (
                    <>
                      <p class="body secondary">{t('evaluation.suggestionRecords')}</p>
                      <ul class="list" data-testid="ev-suggestion-records">
                        {s.records.map((r) => (
                          <li key={`${r.kind}:${r.id}`} class="cp-record">
                            {r.href ? (
                              <a class="link" href={r.href}>
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
                  <p class="body">
                    <a class="link" href={indicatorPage(id, s.indicator)} data-testid="ev-suggestion-decide">
                      {t('evaluation.suggestionDecide', { number: s.indicator })}
                    </a>
                  </p>
                </li>
              ))}
            </ul>
          )
        }
      </LoadView>
    </>
  );
}

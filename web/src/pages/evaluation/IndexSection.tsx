// The campaign's index: the overall value with its predicate and its distance to the target
// index, the domains, and the aspects WEAKEST FIRST (the order the server gives: of the external
// result when complete, else of the self-assessment) with the radar of self vs result. While
// some indicators have no level the values are working figures over what is answered.
import type { CampaignIndex, IndexJson } from '../../api/evaluationTypes';
import { useI18n } from '../../i18n/useI18n';
import { AspectRadar } from './AspectRadar';
import { indexText, targetGapShort, targetGapText } from './evaluationWords';
import { PredicateBadge } from './PredicateBadge';

interface Props {
  index: CampaignIndex;
  targetIndex: string | null;
  indexName: string;
}

export function IndexSection({ index, targetIndex, indexName }: Props) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const { self, result } = index;
  const official: IndexJson = result && result.complete ? result : self;
  const byNumber = new Map(official.aspects.map((a) => [a.number, a]));
  const ordered = [
    ...index.weakest_aspects.map((n) => byNumber.get(n)).filter((a) => a !== undefined),
    ...official.aspects.filter((a) => !index.weakest_aspects.includes(a.number)),
  ];
  const selfOf = new Map(self.aspects.map((a) => [a.number, a]));
  const resultOf = new Map((result?.aspects ?? []).map((a) => [a.number, a]));
  const gap = targetGapText(official.overall?.value, targetIndex, i18n);
  return (
    <section class="section" aria-labelledby="ev-index-title" data-testid="ev-index-section">
      <h2 class="heading-l" id="ev-index-title">
        {indexName}
      </h2>
      <div class="ev-overall">
        <p class="heading-m">
          <span class="caption">{official === self ? t('evaluation.self') : t('evaluation.result')}</span>
          <PredicateBadge value={official.overall?.value} predicate={official.overall?.predicate} testId="ev-overall" />
        </p>
        {!official.complete && official.overall && (
          <p class="body secondary" data-testid="ev-working">
            {t('evaluation.workingFigureLong', { answered: official.answered, total: official.indicators })}
          </p>
        )}
        {gap && (
          <p class="body" data-testid="ev-target-gap">
            {gap}
          </p>
        )}
        {result && official === self && (
          <p class="body" data-testid="ev-result-partial">
            {t('evaluation.resultPartial', { value: indexText(result.overall?.value, lang), answered: result.answered, total: result.indicators })}
          </p>
        )}
      </div>

      <h3 class="heading-m">{t('evaluation.domainsTitle')}</h3>
      <div class="table-wrapper">
        <table class="table table--compact" data-testid="ev-domains">
          <thead>
            <tr>
              <th scope="col">{t('evaluation.domain')}</th>
              <th scope="col" class="numeric">
                {t('evaluation.weight')}
              </th>
              <th scope="col" class="numeric">
                {t('evaluation.value')}
              </th>
            </tr>
          </thead>
          <tbody>
            {official.domains.map((d) => (
              <tr key={d.number} data-testid="ev-domain-row" data-domain={d.number}>
                <th scope="row">
                  {d.number}. {d.name}
                </th>
                <td class="numeric">{indexText(d.weight, lang)}</td>
                <td class="numeric" data-testid="ev-domain-value">
                  {indexText(d.value, lang)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h3 class="heading-m">{t('evaluation.aspectsTitle')}</h3>
      <p class="body">{t('evaluation.aspectsIntro')}</p>
      <div class="ev-aspects">
        <table class="table table--stacked table--compact" data-testid="ev-aspects">
          <thead>
            <tr>
              <th scope="col">{t('evaluation.aspect')}</th>
              <th scope="col" class="numeric">
                {t('evaluation.self')}
              </th>
              {result && (
                <th scope="col" class="numeric">
                  {t('evaluation.result')}
                </th>
              )}
              <th scope="col">{t('evaluation.toTarget')}</th>
            </tr>
          </thead>
          <tbody>
            {ordered.map((a) => (
              <tr key={a.number} data-testid="ev-aspect-row" data-aspect={a.number} data-value={a.value ?? ''}>
                <th scope="row" data-label={t('evaluation.aspect')}>
                  {t('evaluation.aspectShort', { number: a.number })} {a.name}
                </th>
                <td class="numeric" data-label={t('evaluation.self')} data-testid="ev-aspect-self">
                  {indexText(selfOf.get(a.number)?.value, lang)}
                </td>
                {result && (
                  <td class="numeric" data-label={t('evaluation.result')}>
                    {indexText(resultOf.get(a.number)?.value, lang)}
                  </td>
                )}
                <td data-label={t('evaluation.toTarget')}>{targetGapShort(a.value, targetIndex, i18n)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <AspectRadar self={self} result={result} weakest={ordered[0]?.value ? ordered[0].name : null} />
      </div>
    </section>
  );
}

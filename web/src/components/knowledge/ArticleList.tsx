// Articles as a list of cards (they read well at 320 px): the title linking to the article,
// its summary (and, in a search, the words around the match), the kind, the status when it
// is not yet in the base, the rating, the owner agency and "perlu ditinjau" when its review
// date has passed.
import { articlePagePath } from '../../api/knowledge';
import type { ArticleSummary } from '../../api/knowledgeTypes';
import { formatDay } from '../../format/dateTime';
import { useI18n } from '../../i18n/useI18n';
import { kindLabel, statusColour, statusLabel } from './labels';
import { RatingStars } from './RatingStars';

export function ArticleList({ articles, testId = 'kb-list' }: { articles: ArticleSummary[]; testId?: string }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  return (
    <ul class="kb-list" data-testid={testId}>
      {articles.map((a) => (
        <li key={a.id} class="kb-list__item" data-testid="kb-row" data-article-id={a.id} data-status={a.status}>
          <h3 class="heading-s kb-list__title">
            <a class="link" href={articlePagePath(a.id)} data-testid="kb-row-title">
              {a.title}
            </a>
          </h3>
          <p class="body kb-text" data-testid="kb-row-summary">
            {a.summary}
          </p>
          {a.snippet && a.snippet !== a.summary && (
            <p class="body secondary kb-text" data-testid="kb-row-snippet">
              “{a.snippet}”
            </p>
          )}
          <ul class="tag-list">
            <li>
              <strong class="tag tag--blue" data-testid="kb-row-kind">
                {kindLabel(a.kind, i18n)}
              </strong>
            </li>
            {a.status !== 'published' && (
              <li>
                <strong class={`tag tag--${statusColour(a.status)}`} data-testid="kb-row-status">
                  {statusLabel(a.status, i18n)}
                </strong>
              </li>
            )}
            {a.review_due && (
              <li>
                <strong class="tag tag--red" data-testid="kb-row-review-due">
                  {t('knowledge.reviewDue')}
                </strong>
              </li>
            )}
          </ul>
          <p class="body kb-list__facts">
            <RatingStars average={a.usage.rating_average} count={a.usage.rating_count} testId="kb-row-rating" />
            <span class="cell-note" data-testid="kb-row-agency">
              {a.agency.name} ({a.agency.short_name})
              {a.review_due_on && a.status === 'published' ? ` · ${t('knowledge.reviewOn', { date: formatDay(a.review_due_on, lang) })}` : ''}
            </span>
          </p>
        </li>
      ))}
    </ul>
  );
}

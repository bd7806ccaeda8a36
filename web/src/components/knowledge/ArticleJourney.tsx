// "Perjalanan artikel": every step the article took (collected, sent for review, published,
// reviewed, returned, archived) with who took it, when and the note; and the revisions kept at
// each publication.
import type { Article } from '../../api/knowledgeTypes';
import { formatDateTime } from '../../format/dateTime';
import { useI18n } from '../../i18n/useI18n';
import { eventLabel } from './labels';

export function ArticleJourney({ article, zone }: { article: Article; zone?: string }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const events = [...article.events].reverse();
  return (
    <details class="details" data-testid="kb-journey">
      <summary class="details__summary">{t('knowledge.journeyTitle')}</summary>
      <div class="details__text">
        {events.length === 0 ? (
          <p class="body secondary">{t('knowledge.journeyNone')}</p>
        ) : (
          <ol class="history-list">
            {events.map((e, i) => (
              <li key={i} class="history-list__item" data-testid="kb-event" data-action={e.action}>
                <p class="body">
                  <strong>{eventLabel(e.action, i18n)}</strong>
                  {' · '}
                  {formatDateTime(e.at, lang, zone)}
                  {e.actor ? ` · ${e.actor.display_name}` : ''}
                </p>
                {e.note && <p class="body kb-text">{e.note}</p>}
              </li>
            ))}
          </ol>
        )}
        {article.revisions.length > 0 && (
          <>
            <h3 class="heading-s">{t('knowledge.revisionsTitle')}</h3>
            <ul class="list" data-testid="kb-revisions">
              {article.revisions.map((r) => (
                <li key={r.revision}>
                  {t('knowledge.revisionLine', { revision: r.revision, at: formatDateTime(r.published_at, lang, zone), by: r.published_by?.display_name ?? '—' })} — {r.title}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </details>
  );
}

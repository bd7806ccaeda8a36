// "Artikel pengetahuan terkait" on a ticket's page: the knowledge articles linked to the ticket
// (GET /api/v1/knowledge?ticket_id=), and — right after the ticket was created — the articles
// its writer chose from the suggestions ("Gunakan artikel ini"), offered to link as used (a
// use of the article, Madiun Pasal 37 ayat (2)). Whoever may work on the ticket links them.
import { useState } from 'preact/hooks';
import { addArticleLink, articlePagePath, searchArticles } from '../../api/knowledge';
import type { Ticket } from '../../api/ticketTypes';
import type { ApiError } from '../../api/client';
import { useLoad } from '../../hooks/useLoad';
import { useI18n } from '../../i18n/useI18n';
import { SavedNotice } from '../SavedNotice';
import { useChosenArticles } from './chosenArticles';
import { kindLabel } from './labels';
import { QuietError } from './QuietError';

const OFFER_WITHIN_MS = 3 * 60 * 60 * 1000; // a choice older than three hours is not offered

export function TicketArticles({ ticket, mayWrite }: { ticket: Ticket; mayWrite: boolean }) {
  const i18n = useI18n();
  const { t } = i18n;
  const loaded = useLoad((signal) => searchArticles({ ticket_id: ticket.id, limit: 50 }, null, { signal }), String(ticket.id));
  const chosen = useChosenArticles();
  const [linking, setLinking] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [linked, setLinked] = useState(false);

  const linkedIds = loaded.state.phase === 'ready' ? loaded.state.data.items.map((a) => a.id) : [];
  const chosenAt = chosen.at ? Date.parse(chosen.at) : NaN;
  const openedAt = Date.parse(ticket.opened_at);
  const offer =
    mayWrite && loaded.state.phase === 'ready' && chosen.items.length > 0 && openedAt >= chosenAt - 60_000 && openedAt - chosenAt < OFFER_WITHIN_MS
      ? chosen.items.filter((a) => !linkedIds.includes(a.id))
      : [];

  const linkAll = async () => {
    if (linking) return;
    setLinking(true);
    for (const a of offer) {
      const answer = await addArticleLink(a.id, 'ticket', ticket.id, true);
      if (!answer.ok && answer.error.status !== 409) {
        setLinking(false);
        setError(answer.error);
        return;
      }
    }
    setLinking(false);
    setError(null);
    chosen.clear();
    setLinked(true);
    loaded.reload();
  };

  return (
    <section class="section" aria-labelledby="kb-ticket-articles-title" data-testid="kb-ticket-articles">
      <h2 class="heading-l" id="kb-ticket-articles-title">
        {t('knowledge.ticketArticlesTitle')}
        {loaded.state.phase === 'ready' && <span class="heading-count"> ({loaded.state.data.items.length})</span>}
      </h2>
      {offer.length > 0 && (
        <div class="notice notice--info kb-offer" data-testid="kb-ticket-offer">
          <div class="notice__content">
            <p class="body">{t('knowledge.ticketOffer')}</p>
            <ul class="list">
              {offer.map((a) => (
                <li key={a.id} data-testid="kb-ticket-offer-item">
                  {a.title}
                </li>
              ))}
            </ul>
            {error && <QuietError error={error} onRetry={() => void linkAll()} testId="kb-ticket-offer-error" />}
            <div class="button-group">
              <button type="button" class="button" disabled={linking} onClick={() => void linkAll()} data-testid="kb-ticket-offer-link">
                {t('knowledge.ticketOfferLink')}
              </button>
              <button type="button" class="link-button" onClick={chosen.clear} data-testid="kb-ticket-offer-dismiss">
                {t('knowledge.ticketOfferDismiss')}
              </button>
            </div>
          </div>
        </div>
      )}
      {linked && <SavedNotice testId="kb-ticket-linked" text={t('knowledge.ticketLinked')} />}
      {loaded.state.phase === 'error' && <QuietError error={loaded.state.error} onRetry={loaded.reload} testId="kb-ticket-articles-error" />}
      {loaded.state.phase === 'ready' &&
        (loaded.state.data.items.length === 0 ? (
          <p class="body secondary" data-testid="kb-ticket-articles-none">
            {t('knowledge.ticketArticlesNone')}
          </p>
        ) : (
          <ul class="list" data-testid="kb-ticket-article-list">
            {loaded.state.data.items.map((a) => (
              <li key={a.id} data-testid="kb-ticket-article" data-article-id={a.id}>
                <a class="link" href={articlePagePath(a.id)}>
                  {a.title}
                </a>{' '}
                <span class="secondary">({kindLabel(a.kind, i18n)})</span>
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}

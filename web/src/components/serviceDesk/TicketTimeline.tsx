// "Riwayat penanganan": every step of the ticket in order: when (in the region's
// time zone), who, what happened, the status and tier it moved between, and the
// reason given (an escalation's, a hand-back's, the resolution); also comments,
// attachments, links and changes, each said in a few words.
import type { Ticket } from '../../api/ticketTypes';
import { formatDateTime } from '../../format/dateTime';
import { ticketEventDetail as eventDetail, ticketEventLabel, ticketStatusLabel, tierLabel } from '../../format/ticket';
import { useRegionDetail } from '../../hooks/useRegionDetail';
import { useI18n } from '../../i18n/useI18n';

export function TicketTimeline({ ticket }: { ticket: Ticket }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const region = useRegionDetail();
  const terms = region?.terms;
  const zone = region?.time_zone;
  const events = [...ticket.events].sort((a, b) => (a.at === b.at ? a.id - b.id : a.at < b.at ? -1 : 1));
  return (
    <section class="section" aria-labelledby="sd-timeline-title" data-testid="sd-timeline">
      <h2 class="heading-l" id="sd-timeline-title">
        {t('ticket.timelineTitle')}
        <span class="heading-count"> ({events.length})</span>
      </h2>
      {events.length === 0 ? (
        <p class="body secondary">{t('ticket.timelineNone')}</p>
      ) : (
        <ol class="sd-timeline">
          {events.map((e) => (
            <li key={e.id} class="sd-timeline__item" data-testid="sd-event" data-action={e.action}>
              <p class="body sd-timeline__head">
                <strong data-testid="sd-event-label">{ticketEventLabel(e.action, terms, i18n, e.actor === null)}</strong>
                <span class="secondary">
                  {' · '}
                  {formatDateTime(e.at, lang, zone)}
                  {' · '}
                  <span data-testid="sd-event-actor">{e.actor ? e.actor.display_name : t('ticket.actorReporter')}</span>
                </span>
              </p>
              {e.from_status && e.to_status && e.from_status !== e.to_status && (
                <p class="body sd-timeline__change" data-testid="sd-event-status">
                  {t('ticket.statusChange', { from: ticketStatusLabel(e.from_status, i18n), to: ticketStatusLabel(e.to_status, i18n) })}
                </p>
              )}
              {e.from_tier && e.to_tier && e.from_tier !== e.to_tier && (
                <p class="body sd-timeline__change" data-testid="sd-event-tier">
                  {t('ticket.tierChange', { from: tierLabel(e.from_tier, terms, i18n), to: tierLabel(e.to_tier, terms, i18n) })}
                </p>
              )}
              {e.reason && (
                <p class="body sd-text sd-timeline__reason" data-testid="sd-event-reason">
                  {eventDetail(e.action, e.reason, i18n)}
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

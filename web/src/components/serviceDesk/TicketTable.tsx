// A queue of tickets, soonest due first (the server's sort=time_left): number and
// title (link to the ticket), agency, kind and priority, status, who handles it and
// the SLA clocks in words. On a phone each ticket becomes a card.
import { ticketPagePath } from '../../api/tickets';
import type { TicketSummary } from '../../api/ticketTypes';
import { ticketKindLabel, ticketPriorityColour, ticketPriorityLabel, ticketStatusColour, ticketStatusLabel } from '../../format/ticket';
import { useI18n } from '../../i18n/useI18n';
import { SlaClockTag } from './SlaClockTag';

export function TicketTable({ tickets, caption }: { tickets: TicketSummary[]; caption: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <table class="table table--stacked table--compact sd-queue" data-testid="sd-queue-table">
      <caption class="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('ticket.ticket')}</th>
          <th scope="col">{t('ticket.agency')}</th>
          <th scope="col">{t('ticket.kindAndPriority')}</th>
          <th scope="col">{t('ticket.status')}</th>
          <th scope="col">{t('ticket.assignee')}</th>
          <th scope="col">{t('ticket.sla')}</th>
        </tr>
      </thead>
      <tbody>
        {tickets.map((k) => (
          <tr key={k.id} data-testid="sd-row" data-ticket-id={k.id} data-status={k.status} data-tier={k.tier}>
            <th scope="row" data-label={t('ticket.ticket')}>
              <a class="link" href={ticketPagePath(k.id)} data-testid="sd-row-open">
                <span class="cell-line" data-testid="sd-row-number">
                  {k.number}
                </span>
                <span class="cell-note sd-title" data-testid="sd-row-title">
                  {k.title}
                </span>
              </a>
            </th>
            <td data-label={t('ticket.agency')} data-testid="sd-row-agency">
              <abbr title={k.agency.name}>{k.agency.short_name}</abbr>
              {k.service && <span class="cell-note secondary">{k.service.name}</span>}
            </td>
            <td data-label={t('ticket.kindAndPriority')}>
              <span class="cell-line" data-testid="sd-row-kind">
                {ticketKindLabel(k.kind, i18n)}
              </span>
              <strong class={`tag tag--${ticketPriorityColour(k.priority)}`} data-testid="sd-row-priority">
                {ticketPriorityLabel(k.priority, i18n)}
              </strong>
            </td>
            <td data-label={t('ticket.status')}>
              <strong class={`tag tag--${ticketStatusColour(k.status)}`} data-testid="sd-row-status">
                {ticketStatusLabel(k.status, i18n)}
              </strong>
              {k.escalated && k.tier === 'tier1' && <span class="cell-note secondary">{t('ticket.wasEscalated')}</span>}
            </td>
            <td data-label={t('ticket.assignee')} data-testid="sd-row-assignee">
              {k.assignee ? k.assignee.display_name : <span class="secondary">{t('ticket.unassigned')}</span>}
            </td>
            <td data-label={t('ticket.sla')} class="sd-clocks">
              {k.status !== 'resolved' && k.status !== 'closed' && k.sla.response.state !== 'met' && (
                <SlaClockTag which="response" clock={k.sla.response} testId="sd-row-response" />
              )}
              <SlaClockTag which="resolution" clock={k.sla.resolution} testId="sd-row-resolution" />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

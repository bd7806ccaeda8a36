// /tiket/{id} (everyone but citizens): one service desk ticket. The header says
// its number, title, status, tier and both SLA clocks with their due times in the
// region's local time; then its details and the reporter (shown only to whoever
// handles it), the steps the reader may take now, the change form, the timeline of
// every step, comments (public or internal), attachments and links to other
// tickets. Leadership and auditors read only. A ticket that does not exist is "not
// found"; another agency's ticket (403) says why it cannot be opened.
import { useState } from 'preact/hooks';
import { getTicket, TICKETS_PAGE } from '../../api/tickets';
import type { Ticket } from '../../api/ticketTypes';
import { ErrorBox } from '../../components/ErrorBox';
import { MessagePage } from '../../components/MessagePage';
import { OpenFormButton } from '../../components/OpenFormButton';
import { SavedNotice } from '../../components/SavedNotice';
import { SummaryList, type SummaryRow } from '../../components/SummaryList';
import { SlaClockTag } from '../../components/serviceDesk/SlaClockTag';
import { TicketActions } from '../../components/serviceDesk/TicketActions';
import { TicketAttachments } from '../../components/serviceDesk/TicketAttachments';
import { TicketComments } from '../../components/serviceDesk/TicketComments';
import { TicketEditForm } from '../../components/serviceDesk/TicketEditForm';
import { TicketLinks } from '../../components/serviceDesk/TicketLinks';
import { TicketTimeline } from '../../components/serviceDesk/TicketTimeline';
import { useTicketAccess } from '../../components/serviceDesk/useTicketAccess';
import { TicketArticles } from '../../components/knowledge/TicketArticles';
import { describeError } from '../../errors/describe';
import { formatDateTime } from '../../format/dateTime';
import {
  ticketChannelLabel,
  ticketKindHint,
  ticketKindLabel,
  ticketPriorityColour,
  ticketPriorityLabel,
  ticketStatusColour,
  ticketStatusLabel,
  tierLabel,
} from '../../format/ticket';
import { useLoad } from '../../hooks/useLoad';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useRegionDetail } from '../../hooks/useRegionDetail';
import type { MessageKey } from '../../i18n/messages';
import { useI18n } from '../../i18n/useI18n';
import type { PageProps } from '../../routes';
import { session } from '../../state/session';
import { useStore } from '../../state/store';

export function TicketPage({ params }: PageProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const id = Number(params[0]);
  const loaded = useLoad((signal) => getTicket(id, { signal }), String(id));
  const { state } = loaded;
  usePageTitle(state.phase === 'ready' ? `${state.data.number} ${state.data.title}` : t('ticket.ticket'));
  let body;
  if (state.phase === 'loading')
    body = (
      <p class="body" role="status" data-testid="loading">
        {t('common.loading')}
      </p>
    );
  else if (state.phase === 'error')
    body =
      state.error.status === 404 || state.error.status === 403 ? (
        <MessagePage title={state.error.status === 404 ? t('ticket.notFoundTitle') : t('ticket.forbiddenTitle')} testId="sd-not-found">
          <p class="body" data-testid="sd-not-found-detail">
            {state.error.status === 404 ? t('ticket.notFoundBody') : describeError(state.error, i18n)}
          </p>
          <p class="body">
            <a class="link" href={TICKETS_PAGE}>
              {t('ticket.back')}
            </a>
          </p>
        </MessagePage>
      ) : (
        <ErrorBox error={state.error} onRetry={loaded.reload} />
      );
  else
    body = (
      <TicketView
        record={state.data}
        etag={state.etag ?? `"${state.data.version}"`}
        onChanged={(ticket, etag) => loaded.replace(ticket, etag ?? `"${ticket.version}"`)}
        reload={loaded.reload}
      />
    );
  return (
    <>
      <p class="back">
        <a class="link" href={TICKETS_PAGE} data-testid="back-to-queues">
          {t('ticket.back')}
        </a>
      </p>
      {body}
    </>
  );
}

interface ViewProps {
  record: Ticket;
  etag: string;
  onChanged: (ticket: Ticket, etag?: string) => void;
  reload: () => void;
}

function TicketView({ record: ticket, etag, onChanged, reload }: ViewProps) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const region = useRegionDetail();
  const terms = region?.terms;
  const zone = region?.time_zone;
  const access = useTicketAccess();
  const me = useStore(session);
  const myName = me.phase === 'signedIn' ? me.user.display_name : '';
  const [editing, setEditing] = useState(false);
  const [done, setDone] = useState<MessageKey | null>(null);
  const mayWrite = access.mayWorkOn(ticket.agency.id); // comment, attach, link (an operator also at Tier 2)
  const mayEdit = access.superadmin || (mayWrite && ticket.tier === 'tier1'); // the handler at the current tier
  const when = (iso: string | null | undefined) => (iso ? formatDateTime(iso, lang, zone) : '—');

  const changed = (message: MessageKey) => (next: Ticket, nextEtag?: string) => {
    onChanged(next, nextEtag);
    setEditing(false);
    setDone(message);
  };
  const afterAdd = (message: MessageKey) => () => {
    setDone(message);
    reload();
  };

  const clockRow = (which: 'response' | 'resolution') => {
    const clock = ticket.sla[which];
    return (
      <span class="sd-clock-line" data-testid={`sd-sla-${which}-line`}>
        <SlaClockTag which={which} clock={clock} testId={`sd-sla-${which}`} />
        {clock.due_at && (
          <span class="cell-note secondary" data-testid={`sd-sla-${which}-due`}>
            {t('ticket.dueAt', { at: when(clock.due_at) })}
          </span>
        )}
      </span>
    );
  };

  const reporter = ticket.reporter ? (
    <span data-testid="sd-reporter">
      <span class="cell-line" data-testid="sd-reporter-name">
        {ticket.reporter.name ?? '—'}
      </span>
      {ticket.reporter.email && <span class="cell-note">{ticket.reporter.email}</span>}
      {ticket.reporter.phone && <span class="cell-note">{ticket.reporter.phone}</span>}
    </span>
  ) : ticket.reporter_hidden ? (
    <span class="secondary" data-testid="sd-reporter-hidden">
      {t('ticket.reporterHidden')}
    </span>
  ) : (
    <span class="secondary" data-testid="sd-reporter-none">
      {t('ticket.reporterNone')}
    </span>
  );

  const rows: SummaryRow[] = [
    { key: 'number', label: t('ticket.number'), value: <span data-testid="sd-number">{ticket.number}</span> },
    {
      key: 'agency',
      label: t('ticket.agency'),
      value: (
        <span data-testid="sd-agency">
          {ticket.agency.name} ({ticket.agency.short_name})
        </span>
      ),
    },
    {
      key: 'kind',
      label: t('ticket.kind'),
      value: (
        <span data-testid="sd-kind">
          {ticketKindLabel(ticket.kind, i18n)}
          <span class="cell-note secondary">{ticketKindHint(ticket.kind, i18n)}</span>
        </span>
      ),
    },
    {
      key: 'priority',
      label: t('ticket.priority'),
      value: (
        <strong class={`tag tag--${ticketPriorityColour(ticket.priority)}`} data-testid="sd-priority">
          {ticketPriorityLabel(ticket.priority, i18n)}
        </strong>
      ),
    },
    {
      key: 'assignee',
      label: t('ticket.assignee'),
      value: <span data-testid="sd-assignee">{ticket.assignee ? ticket.assignee.display_name : t('ticket.unassigned')}</span>,
    },
    { key: 'service', label: t('ticket.service'), value: <span data-testid="sd-service">{ticket.service ? ticket.service.name : '—'}</span> },
    { key: 'application', label: t('ticket.application'), value: <span data-testid="sd-application">{ticket.application ? ticket.application.name : '—'}</span> },
    { key: 'channel', label: t('ticket.channel'), value: <span data-testid="sd-channel">{ticketChannelLabel(ticket.channel, i18n)}</span> },
    { key: 'opened', label: t('ticket.openedAt'), value: <span data-testid="sd-opened">{when(ticket.opened_at)}</span> },
    ...(ticket.first_response_at ? [{ key: 'first', label: t('ticket.firstResponseAt'), value: when(ticket.first_response_at) }] : []),
    ...(ticket.resolved_at ? [{ key: 'resolved', label: t('ticket.resolvedAt'), value: when(ticket.resolved_at) }] : []),
    ...(ticket.closed_at ? [{ key: 'closed', label: t('ticket.closedAt'), value: when(ticket.closed_at) }] : []),
    { key: 'reporter', label: t('ticket.reporter'), value: reporter },
    {
      key: 'description',
      label: t('ticket.description'),
      value: (
        <span class="sd-text" data-testid="sd-description">
          {ticket.description}
        </span>
      ),
    },
  ];

  return (
    <>
      <h1 class="heading-xl">
        <span class="caption">
          {t('ticket.caption')} · {ticket.number}
        </span>
        <span class="sd-title" data-testid="sd-title">
          {ticket.title}
        </span>
      </h1>
      <ul class="tag-list sd-header-tags">
        <li>
          <strong class={`tag tag--${ticketStatusColour(ticket.status)}`} data-testid="sd-status">
            {ticketStatusLabel(ticket.status, i18n)}
          </strong>
        </li>
        <li>
          <strong class="tag tag--grey" data-testid="sd-tier">
            {tierLabel(ticket.tier, terms, i18n)}
          </strong>
        </li>
        {ticket.escalated && ticket.tier === 'tier1' && (
          <li>
            <strong class="tag tag--grey" data-testid="sd-was-escalated">
              {t('ticket.wasEscalated')}
            </strong>
          </li>
        )}
        {ticket.public && (
          <li>
            <strong class="tag tag--blue" data-testid="sd-public">
              {t('ticket.fromPublic')}
            </strong>
          </li>
        )}
      </ul>
      <div class="sd-clocks-header" data-testid="sd-sla">
        {clockRow('response')}
        {clockRow('resolution')}
      </div>
      {done && <SavedNotice testId="sd-done" text={t(done, { tier1: tierLabel('tier1', terms, i18n), tier2: tierLabel('tier2', terms, i18n) })} />}

      <SummaryList testId="sd-summary" rows={rows} />

      {mayWrite && !mayEdit && (
        <p class="body secondary" data-testid="sd-at-tier2">
          {t('ticket.atTier2', { tier: tierLabel(ticket.tier, terms, i18n) })}
        </p>
      )}
      {!mayWrite && (
        <p class="body secondary" data-testid="sd-read-only">
          {access.mayWork ? t('ticket.readOnlyOtherAgency') : t('ticket.readOnlyTicket')}
        </p>
      )}

      {!editing && <TicketActions ticket={ticket} etag={etag} onDone={(next, nextEtag, message) => changed(message)(next, nextEtag)} onStale={reload} />}
      {mayEdit && ticket.status !== 'closed' && !editing && (
        <OpenFormButton
          label={t('ticket.edit')}
          testId="sd-edit-open"
          onClick={() => {
            setDone(null);
            setEditing(true);
          }}
        />
      )}
      {mayEdit && editing && (
        <TicketEditForm ticket={ticket} etag={etag} access={access} myName={myName} onSaved={changed('ticket.saved')} onClose={() => setEditing(false)} />
      )}

      <TicketTimeline ticket={ticket} />
      <TicketComments ticket={ticket} mayWrite={mayWrite} onAdded={afterAdd('ticket.commentAdded')} />
      <TicketAttachments ticket={ticket} mayWrite={mayWrite} onAdded={afterAdd('ticket.attachmentAdded')} />
      <TicketLinks ticket={ticket} mayWrite={mayWrite} onChanged={reload} />
      <TicketArticles ticket={ticket} mayWrite={mayWrite} />
    </>
  );
}

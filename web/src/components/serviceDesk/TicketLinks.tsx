// "Tiket terkait": links to other tickets, said from this ticket's side ("terkait
// dengan", "duplikat dari", "disebabkan oleh" and their reverse). The handler finds
// the other ticket by its number or words, chooses the kind of link and adds it;
// a link can be removed after a confirmation.
import { useState } from 'preact/hooks';
import { addTicketLink, listTickets, removeTicketLink, ticketPagePath } from '../../api/tickets';
import { TICKET_LINK_KINDS, type Ticket, type TicketLink, type TicketSummary } from '../../api/ticketTypes';
import { ticketLinkPhrase, ticketStatusColour, ticketStatusLabel } from '../../format/ticket';
import { fieldErrors } from '../../forms/formErrors';
import { useSendForm } from '../../hooks/useSendForm';
import type { MessageKey } from '../../i18n/messages';
import { useI18n, type I18n } from '../../i18n/useI18n';
import { ErrorSummary } from '../ErrorSummary';
import { FormPanel } from '../FormPanel';
import { LinkList } from '../LinkList';
import { RemoveWithConfirm, useConfirmRemove } from '../RemoveWithConfirm';
import { RadioGroup } from '../form/RadioGroup';
import { SaveCancelButtons } from '../form/SaveCancelButtons';
import { SearchField, SearchResults, useSearch } from '../form/SearchChoice';

const IDS = { q: 'sd-link-q', other_ticket_id: 'sd-link-other', kind: 'sd-link-kind' };

interface Props {
  ticket: Ticket;
  mayWrite: boolean;
  onChanged: () => void;
}

export function TicketLinks({ ticket, mayWrite, onChanged }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const [done, setDone] = useState<MessageKey | null>(null);
  const removal = useConfirmRemove((l: TicketLink) => removeTicketLink(ticket.id, l.id), () => {
    setDone('ticket.linkRemoved');
    onChanged();
  });

  return (
    <LinkList
      prefix="sd"
      title={t('ticket.linksTitle')}
      count={ticket.links.length}
      emptyText={t('ticket.linksNone')}
      done={done && t(done)}
      removal={removal}
      mayAdd={mayWrite}
      addLabel={t('ticket.linkAdd')}
      onOpen={() => setDone(null)}
      form={(close) => (
        <LinkForm
          ticket={ticket}
          onClose={close}
          onAdded={() => {
            close();
            setDone('ticket.linkAdded');
            onChanged();
          }}
        />
      )}
    >
      {ticket.links.map((l) => (
        <li key={l.id} class="bp-link-list__item" data-testid="sd-link" data-link-id={l.id} data-direction={l.direction}>
          <p class="body">
            <span data-testid="sd-link-phrase">{t('ticket.linkThis', { phrase: ticketLinkPhrase(l.kind, l.direction, i18n) })}</span>{' '}
            <a class="link" href={ticketPagePath(l.ticket.id)} data-testid="sd-link-other">
              {l.ticket.number} — {l.ticket.title}
            </a>{' '}
            <strong class={`tag tag--${ticketStatusColour(l.ticket.status)}`}>{ticketStatusLabel(l.ticket.status, i18n)}</strong>
          </p>
          {mayWrite && (
            <RemoveWithConfirm
              state={removal}
              item={l}
              testId="sd-link-remove"
              label={t('ticket.linkRemove')}
              hiddenName={l.ticket.number}
              question={t('ticket.linkRemoveQuestion')}
              yesLabel={t('ticket.linkRemoveYes')}
              onAsk={() => setDone(null)}
            />
          )}
        </li>
      ))}
    </LinkList>
  );
}

function LinkForm({ ticket, onClose, onAdded }: { ticket: Ticket; onClose: () => void; onAdded: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [q, setQ] = useState('');
  const finder = useSearch<TicketSummary>();
  const [other, setOther] = useState('');
  const [kind, setKind] = useState('');
  const { errors, focusKey, sending, send } = useSendForm(IDS);

  const search = async () => {
    if (!q.trim()) return;
    const items = await finder.run(
      () => listTickets({ q: q.trim(), status: '' }, null),
      (data) => data.items.filter((k) => k.id !== ticket.id),
    );
    if (items && !items.some((k) => String(k.id) === other)) setOther('');
  };

  const submit = send({
    check: ({ t }: I18n) =>
      fieldErrors([
        [IDS.other_ticket_id, other ? null : t('ticket.error.linkTicketMissing')],
        [IDS.kind, kind ? null : t('ticket.error.linkKindMissing')],
      ]),
    request: () => addTicketLink(ticket.id, Number(other), kind),
    onSent: () => onAdded(),
  });

  return (
    <FormPanel title={t('ticket.linkAddTitle', { number: ticket.number })} testId="sd-link-form-panel">
      <form class="form" onSubmit={submit} noValidate data-testid="sd-link-form">
        <ErrorSummary items={errors.summary} focusKey={focusKey} />
        <div class="sd-link-search">
          <SearchField
            id={IDS.q}
            label={t('ticket.linkSearch')}
            hint={t('ticket.linkSearchHint')}
            value={q}
            onInput={setQ}
            searching={finder.searching}
            onSearch={() => void search()}
            buttonLabel={t('ticket.linkSearchButton')}
            buttonTestId="sd-link-search"
          />
        </div>
        <SearchResults
          id={IDS.other_ticket_id}
          legend={t('ticket.linkOther')}
          search={finder}
          onRetry={() => void search()}
          options={(finder.found ?? []).map((k) => ({ value: String(k.id), label: `${k.number} — ${k.title} (${k.agency.short_name}, ${ticketStatusLabel(k.status, i18n)})` }))}
          value={other}
          onChange={setOther}
          error={errors.fields[IDS.other_ticket_id]}
          noneText={t('ticket.linkNoneFound')}
          noneTestId="sd-link-none-found"
          errorTestId="sd-link-other-error"
        />
        <RadioGroup
          id={IDS.kind}
          legend={t('ticket.linkKind', { number: ticket.number })}
          value={kind}
          onChange={setKind}
          options={TICKET_LINK_KINDS.map((k) => ({ value: k, label: ticketLinkPhrase(k, 'outgoing', i18n) }))}
          error={errors.fields[IDS.kind]}
        />
        <SaveCancelButtons saveLabel={t('ticket.linkSave')} saveTestId="sd-link-save" saving={sending} cancelTestId="sd-link-cancel" onCancel={onClose} />
      </form>
    </FormPanel>
  );
}

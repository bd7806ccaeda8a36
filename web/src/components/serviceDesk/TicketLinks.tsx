// "Tiket terkait": links to other tickets, said from this ticket's side ("terkait
// dengan", "duplikat dari", "disebabkan oleh" and their reverse). The handler finds
// the other ticket by its number or words, chooses the kind of link and adds it;
// a link can be removed after a confirmation.
import { useState } from 'preact/hooks';
import type { ApiError } from '../../api/client';
import { addTicketLink, listTickets, removeTicketLink, ticketPagePath } from '../../api/tickets';
import { TICKET_LINK_KINDS, type Ticket, type TicketLink, type TicketSummary } from '../../api/ticketTypes';
import { ticketLinkPhrase, ticketStatusColour, ticketStatusLabel } from '../../format/ticket';
import { fieldErrors } from '../../forms/formErrors';
import { useSendForm } from '../../hooks/useSendForm';
import type { MessageKey } from '../../i18n/messages';
import { useI18n, type I18n } from '../../i18n/useI18n';
import { ErrorBox } from '../ErrorBox';
import { ErrorSummary } from '../ErrorSummary';
import { FormPanel } from '../FormPanel';
import { OpenFormButton } from '../OpenFormButton';
import { SavedNotice } from '../SavedNotice';
import { RadioGroup } from '../form/RadioGroup';
import { SaveCancelButtons } from '../form/SaveCancelButtons';
import { TextField } from '../form/TextField';

const IDS = { q: 'sd-link-q', other_ticket_id: 'sd-link-other', kind: 'sd-link-kind' };

interface Props {
  ticket: Ticket;
  mayWrite: boolean;
  onChanged: () => void;
}

export function TicketLinks({ ticket, mayWrite, onChanged }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const [adding, setAdding] = useState(false);
  const [done, setDone] = useState<MessageKey | null>(null);
  const [confirming, setConfirming] = useState<number | null>(null);
  const [removing, setRemoving] = useState(false);
  const [removeError, setRemoveError] = useState<ApiError | null>(null);

  const remove = async (l: TicketLink) => {
    if (removing) return;
    setRemoving(true);
    const answer = await removeTicketLink(ticket.id, l.id);
    setRemoving(false);
    if (!answer.ok) {
      setRemoveError(answer.error);
      return;
    }
    setRemoveError(null);
    setConfirming(null);
    setDone('ticket.linkRemoved');
    onChanged();
  };

  return (
    <section class="section" aria-labelledby="sd-links-title" data-testid="sd-links">
      <h2 class="heading-l" id="sd-links-title">
        {t('ticket.linksTitle')}
        <span class="heading-count"> ({ticket.links.length})</span>
      </h2>
      {done && <SavedNotice testId="sd-link-done" text={t(done)} />}
      {removeError && <ErrorBox error={removeError} onRetry={() => setRemoveError(null)} />}
      {ticket.links.length === 0 ? (
        <p class="body secondary" data-testid="sd-links-empty">
          {t('ticket.linksNone')}
        </p>
      ) : (
        <ul class="bp-link-list" data-testid="sd-link-list">
          {ticket.links.map((l) => (
            <li key={l.id} class="bp-link-list__item" data-testid="sd-link" data-link-id={l.id} data-direction={l.direction}>
              <p class="body">
                <span data-testid="sd-link-phrase">{t('ticket.linkThis', { phrase: ticketLinkPhrase(l.kind, l.direction, i18n) })}</span>{' '}
                <a class="link" href={ticketPagePath(l.ticket.id)} data-testid="sd-link-other">
                  {l.ticket.number} — {l.ticket.title}
                </a>{' '}
                <strong class={`tag tag--${ticketStatusColour(l.ticket.status)}`}>{ticketStatusLabel(l.ticket.status, i18n)}</strong>
              </p>
              {mayWrite &&
                (confirming === l.id ? (
                  <div class="confirm" role="alert" data-testid="sd-link-remove-confirm">
                    <p class="body">{t('ticket.linkRemoveQuestion')}</p>
                    <div class="button-group">
                      <button type="button" class="button button--warning" disabled={removing} onClick={() => void remove(l)} data-testid="sd-link-remove-yes">
                        {t('ticket.linkRemoveYes')}
                      </button>
                      <button type="button" class="link-button" onClick={() => setConfirming(null)}>
                        {t('common.cancel')}
                      </button>
                    </div>
                  </div>
                ) : (
                  <p class="body">
                    <button
                      type="button"
                      class="link-button link-button--danger"
                      onClick={() => {
                        setDone(null);
                        setRemoveError(null);
                        setConfirming(l.id);
                      }}
                      data-testid="sd-link-remove"
                    >
                      {t('ticket.linkRemove')}
                      <span class="visually-hidden"> {l.ticket.number}</span>
                    </button>
                  </p>
                ))}
            </li>
          ))}
        </ul>
      )}
      {mayWrite &&
        (adding ? (
          <LinkForm
            ticket={ticket}
            onClose={() => setAdding(false)}
            onAdded={() => {
              setAdding(false);
              setDone('ticket.linkAdded');
              onChanged();
            }}
          />
        ) : (
          <OpenFormButton
            label={t('ticket.linkAdd')}
            testId="sd-link-add"
            onClick={() => {
              setDone(null);
              setAdding(true);
            }}
          />
        ))}
    </section>
  );
}

function LinkForm({ ticket, onClose, onAdded }: { ticket: Ticket; onClose: () => void; onAdded: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [q, setQ] = useState('');
  const [found, setFound] = useState<TicketSummary[] | null>(null);
  const [searching, setSearching] = useState(false);
  const [searchError, setSearchError] = useState<ApiError | null>(null);
  const [other, setOther] = useState('');
  const [kind, setKind] = useState('');
  const { errors, focusKey, sending, send } = useSendForm(IDS);

  const search = async () => {
    if (!q.trim() || searching) return;
    setSearching(true);
    const answer = await listTickets({ q: q.trim(), status: '' }, null);
    setSearching(false);
    if (!answer.ok) {
      setSearchError(answer.error);
      return;
    }
    setSearchError(null);
    const items = answer.data.items.filter((k) => k.id !== ticket.id);
    setFound(items);
    if (!items.some((k) => String(k.id) === other)) setOther('');
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
          <TextField
            id={IDS.q}
            label={t('ticket.linkSearch')}
            hint={t('ticket.linkSearchHint')}
            value={q}
            onInput={setQ}
            autoComplete="off"
            inputProps={{
              maxLength: 200,
              // Enter searches here, rather than sending the form before a ticket is chosen.
              onKeyDown: (event) => {
                if (event.key === 'Enter') {
                  event.preventDefault();
                  void search();
                }
              },
            }}
          />
          <p class="body">
            <button type="button" class="button button--secondary" disabled={searching} onClick={() => void search()} data-testid="sd-link-search">
              {t('ticket.linkSearchButton')}
            </button>
          </p>
        </div>
        {searchError && <ErrorBox error={searchError} onRetry={() => void search()} />}
        {found !== null &&
          (found.length === 0 ? (
            <p class="body" data-testid="sd-link-none-found" id={IDS.other_ticket_id} tabIndex={-1}>
              {t('ticket.linkNoneFound')}
            </p>
          ) : (
            <RadioGroup
              id={IDS.other_ticket_id}
              legend={t('ticket.linkOther')}
              value={other}
              onChange={setOther}
              options={found.map((k) => ({ value: String(k.id), label: `${k.number} — ${k.title} (${k.agency.short_name}, ${ticketStatusLabel(k.status, i18n)})` }))}
              error={errors.fields[IDS.other_ticket_id]}
            />
          ))}
        {found === null && errors.fields[IDS.other_ticket_id] && (
          <p class="error-message" data-testid="sd-link-other-error" id={IDS.other_ticket_id} tabIndex={-1}>
            {errors.fields[IDS.other_ticket_id]}
          </p>
        )}
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

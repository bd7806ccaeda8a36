// The steps a ticket may take now, from the ticket's own `allowed_actions` (the
// server knows the reader's tier and agency): start, ask the reporter, resume,
// escalate to Tier 2, hand back to Tier 1, resolve, close, reopen. Steps that need
// a reason open a small form for it; every step is sent with the version the user
// saw (If-Match). A refusal (409) is said in the server's plain words; when someone
// changed the ticket first (412) the latest version can be loaded and the reason
// typed stays (kept with useDraft, so even a reload keeps it).
import { takeTicketAction } from '../../api/tickets';
import { ACTIONS_WITH_REASON, TICKET_ACTIONS, type Ticket, type TicketAction } from '../../api/ticketTypes';
import { ticketActionLabel } from '../../format/ticket';
import { fieldErrors } from '../../forms/formErrors';
import { useDraft } from '../../hooks/useDraft';
import { useRegionDetail } from '../../hooks/useRegionDetail';
import { useSendForm } from '../../hooks/useSendForm';
import type { MessageKey } from '../../i18n/messages';
import { useI18n, type I18n } from '../../i18n/useI18n';
import { ConflictBox } from '../ConflictBox';
import { ErrorSummary } from '../ErrorSummary';
import { TextArea } from '../form/TextArea';

const REASON_ID = 'sd-step-reason';

const REASON: Partial<Record<TicketAction, [MessageKey, MessageKey, MessageKey]>> = {
  wait_for_reporter: ['ticket.reason.wait_for_reporter', 'ticket.reasonHint.wait_for_reporter', 'ticket.error.questionMissing'],
  escalate: ['ticket.reason.escalate', 'ticket.reasonHint.escalate', 'ticket.error.reasonMissing'],
  hand_back: ['ticket.reason.hand_back', 'ticket.reasonHint.hand_back', 'ticket.error.reasonMissing'],
  resolve: ['ticket.reason.resolve', 'ticket.reasonHint.resolve', 'ticket.error.resolutionMissing'],
  reopen: ['ticket.reason.reopen', 'ticket.reasonHint.reopen', 'ticket.error.reasonMissing'],
};

export const STEP_DONE: Record<TicketAction, MessageKey> = {
  start: 'ticket.done.start',
  wait_for_reporter: 'ticket.done.wait_for_reporter',
  resume: 'ticket.done.resume',
  escalate: 'ticket.done.escalate',
  hand_back: 'ticket.done.hand_back',
  resolve: 'ticket.done.resolve',
  close: 'ticket.done.close',
  reopen: 'ticket.done.reopen',
};

const isAction = (a: string): a is TicketAction => (TICKET_ACTIONS as readonly string[]).includes(a);

interface Props {
  ticket: Ticket;
  etag: string;
  onDone: (ticket: Ticket, etag: string | undefined, message: MessageKey) => void;
  onStale: () => void;
}

export function TicketActions({ ticket, etag, onDone, onStale }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const terms = useRegionDetail()?.terms;
  const [step, setStep, resetStep] = useDraft(`ticket.${ticket.id}.step`, { action: '', reason: '' });
  const { errors, focusKey, sending, conflict, send, clear } = useSendForm({ reason: REASON_ID });
  const actions = TICKET_ACTIONS.filter((a) => ticket.allowed_actions.includes(a));
  if (actions.length === 0) return null;
  const open = isAction(step.action) && actions.includes(step.action) && REASON[step.action] ? step.action : null;

  const take = (action: TicketAction) =>
    send({
      check: ({ t }: I18n) => {
        const needs = REASON[action];
        return fieldErrors([[REASON_ID, needs && !step.reason.trim() ? t(needs[2]) : null]]);
      },
      request: () => takeTicketAction(ticket.id, action, etag, ACTIONS_WITH_REASON.includes(action) ? step.reason.trim() : undefined),
      onSent: (saved, savedEtag) => {
        resetStep();
        onDone(saved, savedEtag, STEP_DONE[action]);
      },
      explain: (error, shown, wording) =>
        error.status === 403
          ? { ...shown, summary: [{ text: wording.t('ticket.error.forbiddenStep') }, ...shown.summary] }
          : error.status === 409
            ? { ...shown, summary: [{ text: wording.t('ticket.error.stepRefused') }, ...shown.summary] }
            : shown,
    })();

  const choose = (action: TicketAction) => {
    clear();
    if (REASON[action]) setStep({ action });
    else void take(action);
  };

  return (
    <section class="section panel" aria-labelledby="sd-steps-title" data-testid="sd-steps">
      <h2 class="heading-m" id="sd-steps-title">
        {t('ticket.stepsTitle')}
      </h2>
      {conflict && <ConflictBox onReload={onStale} testId="sd-step-conflict" />}
      <ErrorSummary items={errors.summary} focusKey={focusKey} testId="sd-step-error" />
      {open === null ? (
        <div class="button-group sd-step-buttons">
          {actions.map((a) => (
            <button
              type="button"
              key={a}
              class={`button${a === 'start' || a === 'resolve' || a === 'resume' ? '' : ' button--secondary'}`}
              disabled={sending}
              onClick={() => choose(a)}
              data-testid={`sd-action-${a}`}
            >
              {ticketActionLabel(a, terms, i18n)}
            </button>
          ))}
        </div>
      ) : (
        <form
          class="form"
          noValidate
          data-testid="sd-step-form"
          data-action={open}
          onSubmit={(event) => {
            event.preventDefault();
            void take(open);
          }}
        >
          <h3 class="heading-s">{ticketActionLabel(open, terms, i18n)}</h3>
          <TextArea
            id={REASON_ID}
            label={t(REASON[open]![0])}
            hint={t(REASON[open]![1], { number: ticket.number })}
            value={step.reason}
            onInput={(reason) => setStep({ reason })}
            error={errors.fields[REASON_ID]}
            rows={4}
          />
          <div class="button-group">
            <button type="submit" class="button" disabled={sending} data-testid="sd-step-submit">
              {ticketActionLabel(open, terms, i18n)}
            </button>
            <button
              type="button"
              class="link-button"
              data-testid="sd-step-cancel"
              onClick={() => {
                clear();
                setStep({ action: '' });
              }}
            >
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}

// "Komentar": the conversation on a ticket, each marked as public (the reporter
// reads it with the tracking code) or internal (staff only). Staff write internal
// notes by default, so nothing meant for colleagues reaches the reporter by
// mistake; what was typed is kept (useDraft) until it is sent.
import { addTicketComment } from '../../api/tickets';
import type { Ticket } from '../../api/ticketTypes';
import { formatDateTime } from '../../format/dateTime';
import { fieldErrors } from '../../forms/formErrors';
import { useDraft } from '../../hooks/useDraft';
import { useRegionDetail } from '../../hooks/useRegionDetail';
import { useSendForm } from '../../hooks/useSendForm';
import { useI18n, type I18n } from '../../i18n/useI18n';
import { ErrorSummary } from '../ErrorSummary';
import { RadioGroup } from '../form/RadioGroup';
import { TextArea } from '../form/TextArea';

const IDS = { body: 'sd-comment-body', visibility: 'sd-comment-visibility' };

interface Props {
  ticket: Ticket;
  mayWrite: boolean;
  onAdded: () => void;
}

export function TicketComments({ ticket, mayWrite, onAdded }: Props) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const zone = useRegionDetail()?.time_zone;
  const [draft, update, reset] = useDraft(`ticket.${ticket.id}.comment`, { body: '', visibility: 'internal' });
  const { errors, focusKey, sending, send } = useSendForm(IDS);

  const submit = send({
    check: ({ t }: I18n) =>
      fieldErrors([[IDS.body, !draft.body.trim() ? t('ticket.error.commentMissing') : draft.body.trim().length > 10000 ? t('ticket.error.commentLength') : null]]),
    request: () => addTicketComment(ticket.id, draft.body.trim(), draft.visibility),
    onSent: () => {
      reset();
      onAdded();
    },
  });

  return (
    <section class="section" aria-labelledby="sd-comments-title" data-testid="sd-comments">
      <h2 class="heading-l" id="sd-comments-title">
        {t('ticket.commentsTitle')}
        <span class="heading-count"> ({ticket.comments.length})</span>
      </h2>
      {ticket.comments.length === 0 ? (
        <p class="body secondary" data-testid="sd-comments-empty">
          {t('ticket.commentsNone')}
        </p>
      ) : (
        <ul class="sd-comments">
          {ticket.comments.map((c) => (
            <li key={c.id} class={`sd-comment sd-comment--${c.visibility}`} data-testid="sd-comment" data-visibility={c.visibility}>
              <p class="body sd-comment__head">
                <strong class={`tag tag--${c.visibility === 'public' ? 'blue' : 'grey'}`} data-testid="sd-comment-tag">
                  {c.visibility === 'public' ? t('ticket.comment.public') : t('ticket.comment.internal')}
                </strong>{' '}
                <span class="secondary">
                  {c.author ? c.author.display_name : t('ticket.actorReporter')} · {formatDateTime(c.at, lang, zone)}
                </span>
              </p>
              <p class="body sd-text" data-testid="sd-comment-body">
                {c.body}
              </p>
            </li>
          ))}
        </ul>
      )}
      {mayWrite && (
        <form class="form panel" onSubmit={submit} noValidate data-testid="sd-comment-form">
          <h3 class="heading-m">{t('ticket.commentAdd')}</h3>
          <ErrorSummary items={errors.summary} focusKey={focusKey} />
          <TextArea id={IDS.body} label={t('ticket.commentBody')} value={draft.body} onInput={(body) => update({ body })} error={errors.fields[IDS.body]} rows={4} />
          <RadioGroup
            id={IDS.visibility}
            legend={t('ticket.commentVisibility')}
            hint={t('ticket.commentVisibilityHint')}
            value={draft.visibility}
            onChange={(visibility) => update({ visibility })}
            options={[
              { value: 'internal', label: t('ticket.comment.internalOption') },
              { value: 'public', label: t('ticket.comment.publicOption') },
            ]}
            error={errors.fields[IDS.visibility]}
          />
          <div class="button-group">
            <button type="submit" class="button" disabled={sending} data-testid="sd-comment-submit">
              {t('ticket.commentSubmit')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}

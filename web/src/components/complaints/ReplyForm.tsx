// The citizen's reply to a complaint they follow, e.g. the answer to a question of
// the staff (a complaint waiting for the reporter moves on when they reply).
import { problemSlug } from '../../api/client';
import { replyToComplaint } from '../../api/complaints';
import { fieldErrors } from '../../forms/formErrors';
import { useDraft } from '../../hooks/useDraft';
import { useSendForm } from '../../hooks/useSendForm';
import { useI18n } from '../../i18n/useI18n';
import { ErrorSummary } from '../ErrorSummary';
import { TextArea } from '../form/TextArea';
import { tooManyText } from './complaintLabels';

const BODY_ID = 'track-reply-body';

export function ReplyForm({ code, number, waiting, onSent }: { code: string; number: string; waiting: boolean; onSent: () => void }) {
  const { t } = useI18n();
  const [draft, update, reset] = useDraft(`complaint.reply.${number}`, { body: '' });
  const body = draft.body;
  const setBody = (value: string) => update({ body: value });
  const { errors, focusKey, sending, send } = useSendForm({ body: BODY_ID });
  const submit = send({
    check: (wording) =>
      fieldErrors([[BODY_ID, !body.trim() ? wording.t('complaint.error.replyMissing') : body.trim().length > 5000 ? wording.t('complaint.error.replyLong') : null]]),
    request: () => replyToComplaint(code, body.trim()),
    onSent: () => {
      reset();
      onSent();
    },
    explain: (error, shown, wording) => {
      if (error.status === 429 || problemSlug(error) === 'rate-limited') return { summary: [{ text: tooManyText(error.retryAfterSeconds, wording) }], fields: {} };
      if (error.status === 413) {
        const text = wording.t('complaint.error.tooLarge');
        return { summary: [{ text, fieldId: BODY_ID }], fields: { [BODY_ID]: text } };
      }
      return shown;
    },
  });
  return (
    <section class="section panel" aria-labelledby="track-reply-title" data-testid="track-reply">
      <h2 class="heading-m" id="track-reply-title">
        {waiting ? t('complaint.track.replyWaitingTitle') : t('complaint.track.replyTitle')}
      </h2>
      <form class="form" onSubmit={submit} noValidate data-testid="track-reply-form">
        <ErrorSummary items={errors.summary} focusKey={focusKey} testId="track-reply-errors" />
        <TextArea id={BODY_ID} label={t('complaint.track.replyLabel')} hint={t('complaint.track.replyHint')} value={body} onInput={setBody} error={errors.fields[BODY_ID]} rows={5} />
        <div class="button-group">
          <button type="submit" class="button" disabled={sending} data-testid="track-reply-submit">
            {t('complaint.track.replySubmit')}
          </button>
        </div>
      </form>
    </section>
  );
}

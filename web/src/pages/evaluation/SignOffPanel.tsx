// Signing off the self-assessment (the Berita Acara Penilaian Mandiri) and reopening it: the
// coordinator's steps. Sign-off asks first; when the server refuses, its list of what is still
// missing is shown as it said it. Reopening needs a reason (kept in the campaign's history);
// the typed reason survives a reload. Shown only to the coordinator; a refusal still explained.
import { useState } from 'preact/hooks';
import { reopen, signOff } from '../../api/evaluation';
import type { Campaign } from '../../api/evaluationTypes';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextArea } from '../../components/form/TextArea';
import { fieldErrors } from '../../forms/formErrors';
import { useDraft } from '../../hooks/useDraft';
import { useSendForm } from '../../hooks/useSendForm';
import { useI18n, type I18n } from '../../i18n/useI18n';

const IDS = { reason: 'ev-reopen-reason' };

interface Props {
  campaign: Campaign;
  onChanged: () => void;
}

export function SignOffPanel({ campaign, onChanged }: Props) {
  return campaign.status === 'signed_off' ? <ReopenForm campaign={campaign} onChanged={onChanged} /> : <SignOffForm campaign={campaign} onChanged={onChanged} />;
}

// The server's refusal as a list: its sentence split at the full stops, one missing thing a line.
const explainRefusal = (detailOf: string) => detailOf.split(/(?<=\.)\s+/).filter((s) => s.trim() !== '');

function SignOffForm({ campaign, onChanged }: Props) {
  const { t } = useI18n();
  const [asking, setAsking] = useState(false);
  const { errors, focusKey, sending, send, conflict } = useSendForm({});
  const submit = send({
    request: () => signOff(campaign),
    onSent: () => {
      setAsking(false);
      onChanged();
    },
    explain: (error, shown) =>
      error.status === 409 && error.problem?.detail ? { summary: explainRefusal(error.problem.detail).map((text) => ({ text })), fields: {} } : shown,
  });
  return (
    <div class="panel" data-testid="ev-sign-off">
      <h3 class="heading-m">{t('evaluation.signOffTitle')}</h3>
      <p class="body">{t('evaluation.signOffIntro')}</p>
      <ErrorSummary items={errors.summary} focusKey={focusKey} testId="ev-sign-off-errors" />
      {conflict && (
        <p class="body" role="alert" data-testid="ev-sign-off-conflict">
          {t('evaluation.changedMeanwhile')}{' '}
          <button type="button" class="link-button" onClick={onChanged}>
            {t('evaluation.loadLatest')}
          </button>
        </p>
      )}
      {asking ? (
        <form class="confirm" onSubmit={submit} data-testid="ev-sign-off-confirm">
          <p class="body" id="ev-sign-off-question">
            {t('evaluation.signOffQuestion', { year: campaign.year })}
          </p>
          <div class="button-group">
            <button type="submit" class="button" disabled={sending} data-testid="ev-sign-off-yes">
              {t('evaluation.signOffYes')}
            </button>
            <button type="button" class="link-button" onClick={() => setAsking(false)} data-testid="ev-sign-off-no">
              {t('common.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <p class="body">
          <button type="button" class="button" onClick={() => setAsking(true)} data-testid="ev-sign-off-button">
            {t('evaluation.signOff')}
          </button>
        </p>
      )}
    </div>
  );
}

function ReopenForm({ campaign, onChanged }: Props) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [draft, update, reset] = useDraft(`evaluation.reopen.${campaign.id}`, { reason: '' });
  const { errors, focusKey, sending, send, conflict } = useSendForm(IDS);
  const check = ({ t }: I18n) => fieldErrors([[IDS.reason, draft.reason.trim() ? null : t('evaluation.error.reasonMissing')]]);
  const submit = send({
    check,
    request: () => reopen(campaign, draft.reason.trim()),
    onSent: () => {
      reset();
      setOpen(false);
      onChanged();
    },
  });
  return (
    <div class="panel" data-testid="ev-reopen">
      <h3 class="heading-m">{t('evaluation.reopenTitle')}</h3>
      <p class="body">{t('evaluation.reopenIntro')}</p>
      {conflict && (
        <p class="body" role="alert" data-testid="ev-reopen-conflict">
          {t('evaluation.changedMeanwhile')}{' '}
          <button type="button" class="link-button" onClick={onChanged}>
            {t('evaluation.loadLatest')}
          </button>
        </p>
      )}
      {open || draft.reason ? (
        <form class="form" onSubmit={submit} noValidate data-testid="ev-reopen-form">
          <ErrorSummary items={errors.summary} focusKey={focusKey} testId="ev-reopen-errors" />
          <TextArea id={IDS.reason} label={t('evaluation.reopenReason')} hint={t('evaluation.reopenReasonHint')} value={draft.reason} onInput={(reason) => update({ reason })} error={errors.fields[IDS.reason]} />
          <div class="button-group">
            <button type="submit" class="button button--warning" disabled={sending} data-testid="ev-reopen-save">
              {t('evaluation.reopen')}
            </button>
            <button
              type="button"
              class="link-button"
              onClick={() => {
                reset();
                setOpen(false);
              }}
              data-testid="ev-reopen-cancel"
            >
              {t('common.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <p class="body">
          <button type="button" class="button button--secondary" onClick={() => setOpen(true)} data-testid="ev-reopen-button">
            {t('evaluation.reopen')}
          </button>
        </p>
      )}
    </div>
  );
}

// Putting a drafted agreement into force (it needs its document number, at least
// one dataset and an expiry not passed: the server refuses otherwise with 409,
// citing Madiun Pasal 10 ayat (4), shown in plain words) and ending one (or
// withdrawing a draft), with an optional reason. Only the provider (or the
// superadmin) sees the buttons; a 412 says someone changed it first.
import { useState } from 'preact/hooks';
import { activateAgreement, endAgreement } from '../../api/datasets';
import type { Agreement } from '../../api/datasetTypes';
import { useSendForm } from '../../hooks/useSendForm';
import type { MessageKey } from '../../i18n/messages';
import { useI18n, type I18n } from '../../i18n/useI18n';
import type { ApiError } from '../../api/client';
import type { FormErrors } from '../../forms/formErrors';
import { ConflictBox } from '../ConflictBox';
import { ErrorSummary } from '../ErrorSummary';
import { TextArea } from '../form/TextArea';

const REASON_ID = 'sh-end-reason';

interface Props {
  agreement: Agreement;
  etag: string;
  onDone: (agreement: Agreement, etag: string | undefined, message: MessageKey) => void;
  onStale: () => void;
}

export function AgreementActions({ agreement, etag, onDone, onStale }: Props) {
  const { t } = useI18n();
  const [ending, setEnding] = useState(false);
  const [reason, setReason] = useState('');
  const { errors, focusKey, sending, conflict, send } = useSendForm({ reason: REASON_ID });
  if (agreement.status === 'ended') return null;
  const draft = agreement.status === 'draft';
  const explain = (error: ApiError, shown: FormErrors, wording: I18n): FormErrors =>
    error.status === 403 ? { ...shown, summary: [{ text: wording.t('sharing.forbiddenStep') }, ...shown.summary] } : shown;

  const activate = send({
    request: () => activateAgreement(agreement.id, etag),
    onSent: (saved, savedEtag) => onDone(saved, savedEtag, 'sharing.activated'),
    explain,
  });
  const end = send({
    request: () => endAgreement(agreement.id, etag, reason),
    onSent: (saved, savedEtag) => {
      setEnding(false);
      setReason('');
      onDone(saved, savedEtag, draft ? 'sharing.withdrawn' : 'sharing.ended');
    },
    explain,
  });

  return (
    <section class="section panel" aria-labelledby="sh-actions-title" data-testid="sh-actions">
      <h2 class="heading-m" id="sh-actions-title">
        {t('sharing.actionsTitle')}
      </h2>
      {conflict && <ConflictBox onReload={onStale} testId="sh-actions-conflict" />}
      <ErrorSummary items={errors.summary} focusKey={focusKey} />
      {draft && (
        <>
          <p class="body">{t('sharing.activateText')}</p>
          <p class="body">
            <button type="button" class="button" data-testid="sh-activate" disabled={sending} onClick={() => void activate()}>
              {t('sharing.activate')}
            </button>
          </p>
        </>
      )}
      {!ending ? (
        <p class="body">
          <button type="button" class="button button--warning" data-testid="sh-end-open" onClick={() => setEnding(true)}>
            {draft ? t('sharing.withdraw') : t('sharing.end')}
          </button>
        </p>
      ) : (
        <form
          class="form"
          noValidate
          data-testid="sh-end-form"
          onSubmit={(event) => {
            event.preventDefault();
            void end();
          }}
        >
          <TextArea id={REASON_ID} label={t('sharing.endReasonOptional')} value={reason} onInput={setReason} error={errors.fields[REASON_ID]} />
          <div class="button-group">
            <button type="submit" class="button button--warning" data-testid="sh-end-submit" disabled={sending}>
              {draft ? t('sharing.withdrawConfirm') : t('sharing.endConfirm')}
            </button>
            <button type="button" class="link-button" data-testid="sh-end-cancel" onClick={() => setEnding(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}

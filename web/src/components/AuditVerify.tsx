// "Periksa integritas": asks the server to walk the audit hash chain and check
// the signed head, then says plainly whether the log is intact.
import { useState } from 'preact/hooks';
import { verifyAudit } from '../api/audit';
import type { AuditVerification } from '../api/auditTypes';
import type { ApiError } from '../api/client';
import { ErrorSummary } from './ErrorSummary';
import { formatDateTime } from '../format/dateTime';
import { useI18n } from '../i18n/useI18n';
import { currentRegion } from '../state/region';
import { useStore } from '../state/store';
import { useErrorItems } from '../hooks/useErrorItems';

export function AuditVerify() {
  const i18n = useI18n();
  const { t } = i18n;
  const [checking, setChecking] = useState(false);
  const [result, setResult] = useState<AuditVerification | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const errorItems = useErrorItems(error);

  const check = async () => {
    setChecking(true);
    setError(null);
    const answer = await verifyAudit();
    setChecking(false);
    if (answer.ok) setResult(answer.data);
    else {
      setResult(null);
      setError(answer.error);
    }
  };

  return (
    <section class="section" aria-labelledby="verify-title">
      <h2 class="heading-m" id="verify-title">
        {t('verify.title')}
      </h2>
      <p class="body">{t('verify.intro')}</p>
      <p class="body">
        <button type="button" class="button button--secondary" onClick={check} disabled={checking} data-testid="audit-verify">
          {checking ? t('verify.checking') : t('verify.button')}
        </button>
      </p>
      <ErrorSummary items={errorItems} testId="audit-verify-error" />
      {result && <VerifyResult result={result} />}
    </section>
  );
}

function VerifyResult({ result }: { result: AuditVerification }) {
  const { t, lang } = useI18n();
  const zone = useStore(currentRegion)?.time_zone;
  const intact = result.ok && result.first_broken === null;
  const { head } = result;
  return (
    <div
      class={`verify-result ${intact ? 'verify-result--ok' : 'verify-result--broken'}`}
      role="status"
      data-testid="audit-verify-result"
      data-intact={String(intact)}
    >
      <p class="verify-result__headline" data-testid="verify-chain">
        {intact
          ? t('verify.intact', { entries: result.entries })
          : result.first_broken
            ? t('verify.broken', { seq: result.first_broken.seq, reason: result.first_broken.reason })
            : t('verify.notOk')}
      </p>
      <p class="body" data-testid="verify-signature" data-valid={String(head.signature_valid)}>
        {head.signature_valid === true &&
          t('verify.signatureValid', {
            when: head.signed_at ? formatDateTime(head.signed_at, lang, zone, true) : '—',
            seq: head.signed_seq ?? head.seq,
          })}
        {head.signature_valid === false && t('verify.signatureInvalid')}
        {head.signature_valid === null && t('verify.signatureNone')}
      </p>
      {head.signed_seq != null && head.signed_seq < head.seq && head.signature_valid !== false && (
        <p class="hint">{t('verify.unsignedTail', { count: head.seq - head.signed_seq })}</p>
      )}
    </div>
  );
}

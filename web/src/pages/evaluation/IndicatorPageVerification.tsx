// The person in charge's verification of the answer: who verified it and when, or that it
// waits. The person in charge verifies (the answer needs a level and an explanation) or takes
// the verification back; changing the answer clears it on the server by itself.
import { useState } from 'preact/hooks';
import type { ApiError } from '../../api/client';
import { setVerified } from '../../api/evaluationIndicator';
import type { IndicatorDetail } from '../../api/evaluationIndicatorTypes';
import { describeError } from '../../errors/describe';
import { formatDateTime } from '../../format/dateTime';
import { useRegionDetail } from '../../hooks/useRegionDetail';
import { useI18n } from '../../i18n/useI18n';
import type { IndicatorRights } from './IndicatorPageWords';

interface Props {
  campaignId: number;
  view: IndicatorDetail;
  etag: string | undefined;
  rights: IndicatorRights;
  onChanged: (view: IndicatorDetail, etag?: string) => void;
}

export function IndicatorPageVerification({ campaignId, view, etag, rights, onChanged }: Props) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const zone = useRegionDetail()?.time_zone;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const answered = view.version > 0 && view.level !== null;

  const change = async (verified: boolean) => {
    if (busy || !etag) return;
    setBusy(true);
    const answer = await setVerified(campaignId, view.number, verified, etag);
    setBusy(false);
    if (!answer.ok) {
      setError(answer.error);
      return;
    }
    setError(null);
    onChanged(answer.data, answer.etag);
  };

  return (
    <section class="ei-verification" aria-labelledby="ei-verification-title" data-testid="ei-verification" data-verified={view.verified ? 'true' : 'false'}>
      <h2 class="heading-m" id="ei-verification-title">
        {t('evalInd.verificationTitle')}
      </h2>
      <p class="body" data-testid="ei-verification-state">
        {view.verified ? (
          <>
            <strong class="tag tag--green">{t('evalInd.verified')}</strong>{' '}
            {t('evalInd.verifiedBy', { who: view.verified.by, when: view.verified.at ? formatDateTime(view.verified.at, lang, zone) : '' })}
          </>
        ) : (
          <>
            <strong class="tag tag--yellow">{t('evalInd.notVerified')}</strong> {t('evalInd.notVerifiedBody')}
          </>
        )}
      </p>
      {error && (
        <p class="error-message" role="alert" data-testid="ei-verification-error">
          {describeError(error, i18n)}
        </p>
      )}
      {rights.mayVerify && answered && (
        <div class="button-group">
          {view.verified ? (
            <button type="button" class="button button--secondary" disabled={busy} onClick={() => void change(false)} data-testid="ei-unverify">
              {t('evalInd.unverify')}
            </button>
          ) : (
            <button type="button" class="button" disabled={busy} onClick={() => void change(true)} data-testid="ei-verify">
              {t('evalInd.verify')}
            </button>
          )}
        </div>
      )}
      {rights.mayVerify && !answered && <p class="body secondary">{t('evalInd.verifyNeedsAnswer')}</p>}
    </section>
  );
}

// "Pernyataan pemberlakuan per PD": every agency of the region with the revision
// of the policy it acknowledged (current, an older one, or none yet), when and by
// whom. An agency operator acknowledges the revision in force for their own
// agency with one button (Madiun Pasal 12 ayat (3): the policy applies to every
// agency); the ICT office may record it for any agency. A refusal (409 with the
// article, 403) is said in plain words.
import { useState } from 'preact/hooks';
import { acknowledgePolicy, getCoverage } from '../../api/security';
import type { Policy } from '../../api/securityTypes';
import { apiFormErrors, type FormErrors } from '../../forms/formErrors';
import { formatDateTime } from '../../format/dateTime';
import { useLoad } from '../../hooks/useLoad';
import { useRegionDetail } from '../../hooks/useRegionDetail';
import { useI18n } from '../../i18n/useI18n';
import { ErrorSummary } from '../ErrorSummary';
import { LoadView } from '../LoadView';
import { SavedNotice } from '../SavedNotice';
import { CoverageBar } from './CoverageBar';
import { coverageStateColour, coverageStateLabel } from './labels';
import type { SecurityAccess } from './useSecurityAccess';

interface Props {
  policy: Policy;
  access: SecurityAccess;
  onChanged: () => void; // the counts on the policy changed
}

export function AcknowledgementSection({ policy, access, onChanged }: Props) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const zone = useRegionDetail()?.time_zone;
  const [changes, setChanges] = useState(0);
  const coverage = useLoad((signal) => getCoverage(policy.id, { signal }), `${policy.id}.${policy.version}.${changes}`);
  const [sending, setSending] = useState<number | null>(null);
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const acknowledge = async (agencyId: number, agencyName: string) => {
    if (sending !== null) return;
    setSending(agencyId);
    setDone(null);
    const answer = await acknowledgePolicy(policy.id, agencyId);
    setSending(null);
    if (!answer.ok) {
      const error = answer.error;
      const shown = apiFormErrors(error, i18n);
      setErrors(error.status === 403 ? { ...shown, summary: [{ text: t('security.acknowledgeForbidden') }, ...shown.summary] } : shown);
      return;
    }
    setErrors(null);
    setDone(t('security.acknowledged', { agency: agencyName, n: answer.data.revision }));
    setChanges((n) => n + 1);
    onChanged();
  };

  return (
    <section class="section" aria-labelledby="sec-ack-title" data-testid="sec-ack">
      <h2 class="heading-l" id="sec-ack-title">
        {t('security.acknowledgementsTitle')}
      </h2>
      <p class="body">{t('security.acknowledgementsIntro')}</p>
      {done && <SavedNotice testId="sec-ack-done" text={done} />}
      {errors && <ErrorSummary items={errors.summary} focusKey={errors} testId="sec-ack-error" />}
      {policy.revision === 0 ? (
        <p class="body secondary" data-testid="sec-ack-unpublished">
          {t('security.acknowledgeNeedsPublished')}
        </p>
      ) : (
        <LoadView loaded={coverage}>
          {(c) => {
            const own = access.ownAgencyId !== null ? c.agencies.find((a) => a.agency_id === access.ownAgencyId) : undefined;
            return (
              <>
                <p class="body">
                  <CoverageBar acknowledged={c.acknowledged} total={c.total} testId="sec-ack-coverage" />
                </p>
                {own && (
                  <div class="panel" data-testid="sec-ack-own">
                    {own.state === 'current' ? (
                      <p class="body" data-testid="sec-ack-own-done">
                        {t('security.acknowledgedOwn', { agency: own.short_name, n: c.revision })}
                      </p>
                    ) : (
                      <>
                        <p class="body">{t('security.acknowledgeOwnIntro', { agency: own.name, n: c.revision })}</p>
                        <p class="body">
                          <button type="button" class="button" disabled={sending !== null} onClick={() => void acknowledge(own.agency_id, own.short_name)} data-testid="sec-ack-own-button">
                            {t('security.acknowledgeOwn', { n: c.revision })}
                          </button>
                        </p>
                      </>
                    )}
                  </div>
                )}
                <table class="table table--stacked table--compact" data-testid="sec-ack-table">
                  <caption class="visually-hidden">{t('security.acknowledgementsTitle')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('security.agency')}</th>
                      <th scope="col">{t('security.ackState')}</th>
                      <th scope="col">{t('security.ackWhen')}</th>
                      {access.manage && <th scope="col">{t('security.ackAction')}</th>}
                    </tr>
                  </thead>
                  <tbody>
                    {c.agencies.map((a) => (
                      <tr key={a.agency_id} data-testid="sec-ack-row" data-agency-id={a.agency_id} data-state={a.state}>
                        <th scope="row" data-label={t('security.agency')}>
                          <span class="sec-text">{a.name}</span> <span class="secondary">({a.short_name})</span>
                        </th>
                        <td data-label={t('security.ackState')}>
                          <strong class={`tag tag--${coverageStateColour(a.state)}`} data-testid="sec-ack-state">
                            {coverageStateLabel(a.state, i18n)}
                          </strong>
                          {a.acknowledged_revision !== null && <span class="cell-note">{t('security.ackRevision', { n: a.acknowledged_revision })}</span>}
                        </td>
                        <td data-label={t('security.ackWhen')}>
                          {a.acknowledged_at ? (
                            <>
                              {formatDateTime(a.acknowledged_at, lang, zone)}
                              {a.acknowledged_by && <span class="cell-note">{a.acknowledged_by.display_name}</span>}
                            </>
                          ) : (
                            <span class="secondary">—</span>
                          )}
                        </td>
                        {access.manage && (
                          <td data-label={t('security.ackAction')}>
                            {a.state !== 'current' && (
                              <button type="button" class="link-button" disabled={sending !== null} onClick={() => void acknowledge(a.agency_id, a.short_name)} data-testid="sec-ack-record">
                                {t('security.acknowledgeFor')}
                                <span class="visually-hidden"> {a.short_name}</span>
                              </button>
                            )}
                          </td>
                        )}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </>
            );
          }}
        </LoadView>
      )}
    </section>
  );
}

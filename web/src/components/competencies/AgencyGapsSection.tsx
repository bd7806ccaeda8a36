// What one agency still lacks: its employees and the share with basic ICT competence,
// Pranata Komputer and ICT operation staff, each requirement met or not with the
// article of the region's regulation (or the ICT office's policy), the employees still
// without basic ICT competence, and the certificates expired or expiring soonest first.
import { useState } from 'preact/hooks';
import type { AgencyGaps } from '../../api/competencyTypes';
import { formatDay } from '../../format/dateTime';
import { useI18n } from '../../i18n/useI18n';
import { SummaryList } from '../SummaryList';
import { EXPIRY_COLOUR, expiryText, inLanguage, shareText } from './competencyWords';
import { RequirementLine } from './RequirementList';

const SHOWN = 10; // a long list shows its first ten until asked

export function AgencyGapsSection({ gaps, onPerson }: { gaps: AgencyGaps; onPerson: (personId: number) => void }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const [allWithout, setAllWithout] = useState(false);
  const without = allWithout ? gaps.without_basic_ict : gaps.without_basic_ict.slice(0, SHOWN);
  const person = (p: { person_id: number; name: string; nip: string | null }, testId: string) => (
    <li key={p.person_id} data-testid={testId} data-person-id={p.person_id}>
      <button type="button" class="link-button" onClick={() => onPerson(p.person_id)}>
        {p.name}
      </button>
      {p.nip && <span class="secondary"> · {t('competency.nipValue', { nip: p.nip })}</span>}
    </li>
  );
  return (
    <section class="section" aria-labelledby="cp-agency-gaps-title" data-testid="cp-agency-gaps">
      <h2 class="heading-l" id="cp-agency-gaps-title">
        {t('competency.agencyGapsTitle')}
      </h2>
      <SummaryList
        testId="cp-agency-summary"
        rows={[
          { key: 'employees', label: t('competency.employees'), value: <span data-testid="cp-agency-employees">{gaps.employees}</span> },
          {
            key: 'basic',
            label: t('competency.basicIct'),
            value: (
              <span>
                <span class="cell-line" data-testid="cp-agency-share">
                  {t('competency.basicShare', { share: shareText(gaps.basic_ict_share, lang), count: gaps.with_basic_ict })}
                </span>
                <strong class={`tag tag--${gaps.without_basic_ict.length ? 'red' : 'green'}`} data-testid="cp-agency-without">
                  {t('competency.withoutBasicCount', { count: gaps.without_basic_ict.length })}
                </strong>
              </span>
            ),
          },
          {
            key: 'pranata',
            label: t('competency.pranataKomputer'),
            value: (
              <span data-testid="cp-agency-pranata">
                {gaps.pranata_komputer}
                {gaps.runs_own_services ? ` · ${t('competency.runsOwnServices')}` : ''}
              </span>
            ),
          },
          {
            key: 'operation',
            label: t('competency.operationStaff'),
            value: (
              <span data-testid="cp-agency-operation">
                {gaps.ict_operation_staff}
                {gaps.has_services ? ` · ${t('competency.hasServices')}` : ''}
              </span>
            ),
          },
        ]}
      />
      <p class="body secondary">{t('competency.asOf', { date: formatDay(gaps.as_of, lang) })}</p>

      <h3 class="heading-m">{t('competency.requirementsTitle')}</h3>
      {gaps.requirements.length === 0 ? (
        <p class="body secondary" data-testid="cp-agency-req-none">
          {t('competency.requirementsNoneAgency')}
        </p>
      ) : (
        <ul class="cp-list">
          {gaps.requirements.map((s) => (
            <li key={s.requirement.key} class={`cp-list__item${s.applies && !s.met ? ' cp-list__item--unmet' : ''}`} data-testid="cp-agency-req" data-met={String(s.met)}>
              <RequirementLine r={s.requirement} />
              <p class="body">
                <strong class={`tag tag--${!s.applies ? 'grey' : s.met ? 'green' : 'red'}`} data-testid="cp-agency-req-state">
                  {!s.applies ? t('competency.reqNotApplicable') : s.met ? t('competency.reqMet') : t('competency.reqUnmet', { have: s.have, need: s.need })}
                </strong>
              </p>
              {s.message && (
                <p class="body cp-text" data-testid="cp-agency-req-message">
                  {inLanguage(s.message, lang)}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}

      <h3 class="heading-m">{t('competency.withoutBasicTitle')}</h3>
      {gaps.without_basic_ict.length === 0 ? (
        <p class="body secondary" data-testid="cp-agency-without-none">
          {t('competency.withoutBasicNone')}
        </p>
      ) : (
        <>
          <ul class="list cp-people" data-testid="cp-agency-without-list">
            {without.map((p) => person(p, 'cp-agency-without-person'))}
          </ul>
          {without.length < gaps.without_basic_ict.length && (
            <p class="body">
              <button type="button" class="link-button" onClick={() => setAllWithout(true)} data-testid="cp-agency-without-all">
                {t('competency.showAll', { count: gaps.without_basic_ict.length })}
              </button>
            </p>
          )}
        </>
      )}

      <h3 class="heading-m">{t('competency.certificatesDueTitle')}</h3>
      {gaps.certificates.length === 0 ? (
        <p class="body secondary" data-testid="cp-agency-certs-none">
          {t('competency.certificatesDueNone', { days: gaps.expiry_window_days })}
        </p>
      ) : (
        <ul class="list cp-people" data-testid="cp-agency-certs">
          {gaps.certificates.map((c) => (
            <li key={c.certificate_id} data-testid="cp-agency-cert" data-certificate-id={c.certificate_id}>
              <strong class={`tag tag--${EXPIRY_COLOUR[c.expiry] ?? 'grey'}`} data-testid="cp-agency-cert-expiry">
                {expiryText(c.expiry, c.days_to_expiry, i18n)}
              </strong>{' '}
              <span data-testid="cp-agency-cert-name">{c.name}</span> ·{' '}
              <button type="button" class="link-button" onClick={() => onPerson(c.person_id)}>
                {c.person_name}
              </button>
              {c.expires_on && <span class="secondary"> · {t('competency.expiresOn', { date: formatDay(c.expires_on, lang) })}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

// /organisasi/pd/{id} (everyone but citizens): one agency: its details (the
// superadmin may change them), its positions and its people. Those who manage
// the agency's staff (the superadmin, the agency's own operator) add and change
// positions and people; an operator of another agency sees the positions only,
// without buttons to change them (the server enforces it anyway, 403).
import { useState } from 'preact/hooks';
import { getAgency, versionTag } from '../api/organisation';
import type { OrgAgency, Terms } from '../api/organisationTypes';
import { AgencyEditForm } from '../components/AgencyEditForm';
import { RoleBadges } from '../components/AgencyBadges';
import { LoadView } from '../components/LoadView';
import { OpenFormButton } from '../components/OpenFormButton';
import { PeopleSection } from '../components/PeopleSection';
import { PositionsSection } from '../components/PositionsSection';
import { SavedNotice } from '../components/SavedNotice';
import { SummaryList } from '../components/SummaryList';
import { formatDay } from '../format/dateTime';
import { agencyKindLabel, grantLabel, term } from '../format/organisation';
import { agencyLabel, useAgencies } from '../hooks/useAgencies';
import { useLoad } from '../hooks/useLoad';
import { usePageTitle } from '../hooks/usePageTitle';
import { useRegionDetail } from '../hooks/useRegionDetail';
import { useI18n } from '../i18n/useI18n';
import { session } from '../state/session';
import { useStore } from '../state/store';

const NO_TERMS: Terms = {};

export function AgencyPage({ params }: { params: string[] }) {
  const { t } = useI18n();
  const id = Number(params[0]);
  const loaded = useLoad((signal) => getAgency(id, { signal }), String(id));
  usePageTitle(loaded.state.phase === 'ready' ? loaded.state.data.name : t('agency.title'));
  return (
    <>
      <p class="back">
        <a class="link" href="/organisasi" data-testid="back-to-organisation">
          {t('agency.back')}
        </a>
      </p>
      <LoadView loaded={loaded}>
        {(agency, etag) => (
          <AgencyView agency={agency} etag={versionTag(agency, etag)} onChanged={(a, e) => loaded.replace(a, e)} reload={loaded.reload} />
        )}
      </LoadView>
    </>
  );
}

interface ViewProps {
  agency: OrgAgency;
  etag: string;
  onChanged: (agency: OrgAgency, etag: string) => void;
  reload: () => void;
}

function AgencyView({ agency, etag, onChanged, reload }: ViewProps) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const terms = useRegionDetail()?.terms ?? NO_TERMS;
  const { agencies } = useAgencies();
  const me = useStore(session);
  const user = me.phase === 'signedIn' ? me.user : null;
  const isSuperadmin = user?.role === 'superadmin';
  const isOwnOperator = user?.role === 'agency_operator' && user.agency_id === agency.id;
  const canManageStaff = isSuperadmin || isOwnOperator;
  const mayReadPeople = user?.role !== 'agency_operator' || isOwnOperator;
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const [staffVersion, setStaffVersion] = useState(0);
  const agencyWord = term(terms, 'agency', lang);
  const selfSufficient = term(terms, 'ict_self_sufficient', lang);

  const staffChanged = () => {
    setStaffVersion((n) => n + 1);
    reload(); // the head and the people count may have changed
  };

  return (
    <>
      <h1 class="heading-xl">
        <span class="caption">{agencyWord}</span>
        <span data-testid="agency-heading">{agency.name}</span>
      </h1>
      {saved && <SavedNotice testId="agency-saved" text={t('agency.saved')} />}
      <SummaryList
        testId="agency-summary"
        rows={[
          { key: 'short', label: t('agency.shortName'), value: <span data-testid="agency-short-name-value">{agency.short_name}</span> },
          { key: 'kind', label: t('agency.kind'), value: agencyKindLabel(agency.kind, i18n) },
          ...(agency.parent_agency_id !== null
            ? [
                {
                  key: 'parent',
                  label: t('agency.parent'),
                  value: (
                    <a class="link" href={`/organisasi/pd/${agency.parent_agency_id}`}>
                      {agencyLabel(agencies, agency.parent_agency_id)}
                    </a>
                  ),
                },
              ]
            : []),
          {
            key: 'roles',
            label: t('agency.roles'),
            value: agency.roles.length ? <RoleBadges roles={agency.roles} terms={terms} /> : t('agency.noRoles'),
          },
          {
            key: 'head',
            label: t('agency.head'),
            value: agency.head ? (
              <>
                {agency.head.person ? agency.head.person.name : <span class="secondary">{t('position.vacant')}</span>}
                <span class="cell-note">{agency.head.title}</span>
              </>
            ) : (
              t('agency.noHead')
            ),
          },
          { key: 'people', label: t('agency.peopleCount'), value: <span data-testid="agency-people">{agency.people_count}</span> },
          ...(agency.ict_self_sufficient
            ? [
                {
                  key: 'self',
                  label: selfSufficient,
                  value: (
                    <>
                      <strong class="tag tag--green" data-testid="agency-self-sufficient">
                        {selfSufficient}
                      </strong>
                      <span class="cell-note" data-testid="agency-self-sufficient-decree">
                        {t('agency.selfSufficientSince', {
                          decree: agency.ict_self_sufficient_decree ?? '—',
                          date: agency.ict_self_sufficient_since ? formatDay(agency.ict_self_sufficient_since, lang) : '—',
                        })}
                      </span>
                      {agency.may_do_itself.length > 0 && (
                        <>
                          <span class="cell-note">{t('agency.mayDoItself')}</span>
                          <ul class="list">
                            {agency.may_do_itself.map((g) => (
                              <li key={g}>{grantLabel(g, terms, i18n)}</li>
                            ))}
                          </ul>
                        </>
                      )}
                    </>
                  ),
                },
              ]
            : []),
        ]}
      />
      {isSuperadmin && !editing && (
        <OpenFormButton
          label={t('agency.edit', { agency: agencyWord })}
          testId="agency-edit"
          onClick={() => {
            setSaved(false);
            setEditing(true);
          }}
        />
      )}
      {isSuperadmin && editing && (
        <AgencyEditForm
          agency={agency}
          etag={etag}
          agencies={agencies}
          terms={terms}
          onSaved={(a, e) => {
            onChanged(a, e);
            setEditing(false);
            setSaved(true);
          }}
          onClose={() => setEditing(false)}
        />
      )}

      <PositionsSection agencyId={agency.id} canEdit={canManageStaff} version={staffVersion} onChanged={staffChanged} />

      {mayReadPeople ? (
        <PeopleSection agencyId={agency.id} canEdit={canManageStaff} terms={terms} onChanged={staffChanged} />
      ) : (
        <section class="section" aria-labelledby="people-title" data-testid="people-hidden">
          <h2 class="heading-l" id="people-title">
            {t('person.title')}
          </h2>
          <p class="body">{t('person.otherAgency', { agency: agencyWord })}</p>
        </section>
      )}
    </>
  );
}

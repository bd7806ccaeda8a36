// The region's agencies: name (a link to the agency), short name, kind, roles,
// head, how many people, and the PD Mandiri TIK status. On a phone each row
// becomes a small card.
import type { OrgAgency, Terms } from '../api/organisationTypes';
import { agencyKindLabel } from '../format/organisation';
import { useI18n } from '../i18n/useI18n';
import { RoleBadges, SelfSufficientBadge } from './AgencyBadges';

export function AgencyTable({ agencies, terms }: { agencies: OrgAgency[]; terms: Terms }) {
  const i18n = useI18n();
  const { t } = i18n;
  if (agencies.length === 0) {
    return (
      <p class="body" data-testid="agencies-empty">
        {t('organisation.agenciesNone')}
      </p>
    );
  }
  return (
    <table class="table table--stacked table--compact" data-testid="agencies-table">
      <caption class="visually-hidden">{t('organisation.agenciesCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('agency.name')}</th>
          <th scope="col">{t('agency.shortName')}</th>
          <th scope="col">{t('agency.kind')}</th>
          <th scope="col">{t('agency.roles')}</th>
          <th scope="col">{t('agency.head')}</th>
          <th scope="col">{t('agency.peopleCount')}</th>
        </tr>
      </thead>
      <tbody>
        {agencies.map((agency) => (
          <tr key={agency.id} data-testid="agency-row" data-agency-id={agency.id} data-short-name={agency.short_name}>
            <th scope="row" data-label={t('agency.name')}>
              <a class="link" href={`/organisasi/pd/${agency.id}`} data-testid="agency-link">
                {agency.name}
              </a>
              {agency.ict_self_sufficient && (
                <div class="tag-line">
                  <SelfSufficientBadge agency={agency} terms={terms} />
                </div>
              )}
            </th>
            <td data-label={t('agency.shortName')}>{agency.short_name}</td>
            <td data-label={t('agency.kind')}>{agencyKindLabel(agency.kind, i18n)}</td>
            <td data-label={t('agency.roles')}>
              {agency.roles.length ? <RoleBadges roles={agency.roles} terms={terms} /> : <span class="secondary">—</span>}
            </td>
            <td data-label={t('agency.head')} data-testid="agency-head">
              <HeadCell agency={agency} />
            </td>
            <td data-label={t('agency.peopleCount')} data-testid="agency-people-count">
              {agency.people_count}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function HeadCell({ agency }: { agency: OrgAgency }) {
  const { t } = useI18n();
  if (!agency.head) return <span class="secondary">{t('agency.noHead')}</span>;
  return (
    <>
      {agency.head.person ? agency.head.person.name : <span class="secondary">{t('position.vacant')}</span>}
      <span class="cell-note">{agency.head.title}</span>
    </>
  );
}

// The region's hosts, by agency then name: name (link to the host), agency, kind,
// facility, addresses and status.
import { hostPagePath } from '../../api/infrastructure';
import type { Host } from '../../api/infrastructureTypes';
import { hostKindLabel, hostStatusColour, hostStatusLabel } from '../../format/infrastructure';
import { useI18n } from '../../i18n/useI18n';

export function HostTable({ hosts }: { hosts: Host[] }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <table class="table table--stacked table--compact" data-testid="infra-host-table">
      <caption class="visually-hidden">{t('infra.hostsListTitle')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('infra.hostName')}</th>
          <th scope="col">{t('infra.agency')}</th>
          <th scope="col">{t('infra.hostKind')}</th>
          <th scope="col">{t('infra.hostFacility')}</th>
          <th scope="col">{t('infra.hostAddresses')}</th>
          <th scope="col">{t('infra.hostStatus')}</th>
        </tr>
      </thead>
      <tbody>
        {hosts.map((h) => (
          <tr key={h.id} data-testid="infra-host-row" data-host-id={h.id} data-kind={h.kind} data-agency-id={h.owner_agency_id}>
            <th scope="row" data-label={t('infra.hostName')}>
              <a class="link infra-name" href={hostPagePath(h.id)} data-testid="infra-host-link">
                {h.name}
              </a>
            </th>
            <td data-label={t('infra.agency')} data-testid="infra-host-row-agency">
              <abbr title={h.agency_name}>{h.agency_short_name}</abbr>
            </td>
            <td data-label={t('infra.hostKind')}>{hostKindLabel(h.kind, i18n)}</td>
            <td data-label={t('infra.hostFacility')}>{h.facility?.name ?? <span class="secondary">{t('infra.hostFacilityNone')}</span>}</td>
            <td data-label={t('infra.hostAddresses')} class="infra-name">
              {h.addresses.join(', ') || '—'}
            </td>
            <td data-label={t('infra.hostStatus')}>
              <strong class={`tag tag--${hostStatusColour(h.status)}`}>{hostStatusLabel(h.status, i18n)}</strong>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

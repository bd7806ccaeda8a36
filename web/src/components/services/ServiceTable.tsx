// The services of the region, by code: code and name (link to the service),
// owning agency, kind, channels, status and the integration across agencies.
import { servicePagePath } from '../../api/services';
import type { Service } from '../../api/serviceTypes';
import { useI18n } from '../../i18n/useI18n';
import { channelLabel, integrationColour, integrationLabel, serviceKindLabel, serviceStatusColour, serviceStatusLabel } from './labels';

export function ServiceTable({ services }: { services: Service[] }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <table class="table table--stacked table--compact" data-testid="svc-table">
      <caption class="visually-hidden">{t('svc.listTitle')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('svc.service')}</th>
          <th scope="col">{t('svc.agency')}</th>
          <th scope="col">{t('svc.kind')}</th>
          <th scope="col">{t('svc.channels')}</th>
          <th scope="col">{t('svc.status')}</th>
          <th scope="col">{t('svc.integration')}</th>
        </tr>
      </thead>
      <tbody>
        {services.map((s) => (
          <tr key={s.id} data-testid="svc-row" data-service-id={s.id}>
            <th scope="row" data-label={t('svc.service')}>
              <a class="link" href={servicePagePath(s.id)} data-testid="svc-row-open">
                <span class="cell-line" data-testid="svc-row-code">
                  {s.code}
                </span>
                <span class="cell-note" data-testid="svc-row-name">
                  {s.name}
                </span>
              </a>
            </th>
            <td data-label={t('svc.agency')} data-testid="svc-row-agency">
              <abbr title={s.agency_name}>{s.agency_short_name}</abbr>
            </td>
            <td data-label={t('svc.kind')}>{serviceKindLabel(s.kind, i18n)}</td>
            <td data-label={t('svc.channels')}>{s.channels.map((c) => channelLabel(c, i18n)).join(', ') || '—'}</td>
            <td data-label={t('svc.status')}>
              <strong class={`tag tag--${serviceStatusColour(s.status)}`} data-testid="svc-row-status">
                {serviceStatusLabel(s.status, i18n)}
              </strong>
            </td>
            <td data-label={t('svc.integration')}>
              <strong class={`tag tag--${integrationColour(s.integration_status)}`}>{integrationLabel(s.integration_status, i18n)}</strong>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

// The security incidents, newest detected first: number and title (link to the
// incident), agency, severity (and "gangguan serius"), stage, when it was
// detected, and its two notices in plain words; an incident with an overdue
// notice or open too long is marked, so it stands out in the list and on a phone.
import { incidentPagePath } from '../../api/security';
import type { IncidentSummary } from '../../api/securityTypes';
import { formatDateTime } from '../../format/dateTime';
import { useRegionDetail } from '../../hooks/useRegionDetail';
import { useI18n } from '../../i18n/useI18n';
import { NoticeLine } from './NoticeLine';
import { severityColour, severityLabel, stageColour, stageLabel } from './labels';

export function IncidentTable({ incidents }: { incidents: IncidentSummary[] }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const zone = useRegionDetail()?.time_zone;
  return (
    <table class="table table--stacked table--compact sec-incident-table" data-testid="sec-incident-table">
      <caption class="visually-hidden">{t('security.incidentsTitle')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('security.incident')}</th>
          <th scope="col">{t('security.agency')}</th>
          <th scope="col">{t('security.severity')}</th>
          <th scope="col">{t('security.stage')}</th>
          <th scope="col">{t('security.detectedAt')}</th>
          <th scope="col">{t('security.notices')}</th>
        </tr>
      </thead>
      <tbody>
        {incidents.map((i) => (
          <tr
            key={i.id}
            class={i.overdue || i.open_too_long ? 'sec-row--overdue' : undefined}
            data-testid="sec-incident-row"
            data-incident-id={i.id}
            data-number={i.number}
            data-stage={i.stage}
            data-overdue={String(i.overdue)}
          >
            <th scope="row" data-label={t('security.incident')}>
              <a class="link" href={incidentPagePath(i.id)} data-testid="sec-incident-open">
                <span class="cell-line" data-testid="sec-incident-number">
                  {i.number}
                </span>
                <span class="cell-note sec-text" data-testid="sec-incident-title">
                  {i.title}
                </span>
              </a>
            </th>
            <td data-label={t('security.agency')} data-testid="sec-incident-agency">
              <abbr title={i.agency.name}>{i.agency.short_name}</abbr>
            </td>
            <td data-label={t('security.severity')}>
              <strong class={`tag tag--${severityColour(i.severity)}`}>{severityLabel(i.severity, i18n)}</strong>
              {i.serious && <span class="cell-note">{t('security.serious')}</span>}
            </td>
            <td data-label={t('security.stage')}>
              <strong class={`tag tag--${stageColour(i.stage)}`} data-testid="sec-incident-stage">
                {stageLabel(i.stage, i18n)}
              </strong>
            </td>
            <td data-label={t('security.detectedAt')}>{formatDateTime(i.detected_at, lang, zone)}</td>
            <td data-label={t('security.notices')}>
              <NoticeLine kind="ict_office" notice={i.notices.ict_office} compact />
              {i.notices.data_owner.required && <NoticeLine kind="data_owner" notice={i.notices.data_owner} compact />}
              {i.open_too_long && (
                <span class="sec-notice sec-notice--overdue" data-testid="sec-open-too-long">
                  {t('security.openTooLong')}
                </span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

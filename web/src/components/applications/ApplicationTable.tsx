// The applications of the region, by code: code and name (link to the
// application), owner agency, category in the region's words, lifecycle stage and
// licence. A card per application on a phone.
import { applicationPagePath } from '../../api/applications';
import type { Application } from '../../api/applicationTypes';
import { useI18n } from '../../i18n/useI18n';
import { inLanguage, licenceLabel, stageColour, stageLabel } from './applicationWords';

export function ApplicationTable({ applications }: { applications: Application[] }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <table class="table table--stacked table--compact" data-testid="app-table">
      <caption class="visually-hidden">{t('applications.listTitle')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('applications.application')}</th>
          <th scope="col">{t('applications.owner')}</th>
          <th scope="col">{t('applications.category')}</th>
          <th scope="col">{t('applications.lifecycle')}</th>
          <th scope="col">{t('applications.licence')}</th>
        </tr>
      </thead>
      <tbody>
        {applications.map((a) => (
          <tr key={a.id} data-testid="app-row" data-application-id={a.id} data-lifecycle={a.lifecycle}>
            <th scope="row" data-label={t('applications.application')}>
              <a class="link" href={applicationPagePath(a.id)} data-testid="app-link-open">
                <span class="cell-line" data-testid="app-row-code">
                  {a.code}
                </span>
                <span class="cell-note" data-testid="app-row-name">
                  {a.name}
                </span>
              </a>
            </th>
            <td data-label={t('applications.owner')} data-testid="app-row-agency">
              <abbr title={a.agency_name}>{a.agency_short_name}</abbr>
            </td>
            <td data-label={t('applications.category')} data-testid="app-row-category">
              {inLanguage(a.category_label, i18n)}
            </td>
            <td data-label={t('applications.lifecycle')}>
              <strong class={`tag tag--${stageColour(a.lifecycle)}`} data-testid="app-row-lifecycle">
                {stageLabel(a.lifecycle, i18n)}
              </strong>
            </td>
            <td data-label={t('applications.licence')}>{a.licence_kind === 'other' && a.licence_name ? a.licence_name : licenceLabel(a.licence_kind, i18n)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

// Data-sharing agreements, newest first: title (link), provider → consumer, the
// state badge (draft, scheduled, in force, expiring soon, expired, ended), the
// period and the number of datasets covered.
import { agreementPagePath } from '../../api/datasets';
import type { Agreement } from '../../api/datasetTypes';
import { formatDay } from '../../format/dateTime';
import { useI18n } from '../../i18n/useI18n';
import { agreementStateColour, agreementStateLabel } from './labels';

export function AgreementTable({ agreements }: { agreements: Agreement[] }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  return (
    <table class="table table--stacked table--compact" data-testid="sh-table">
      <caption class="visually-hidden">{t('sharing.listTitle')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('sharing.agreement')}</th>
          <th scope="col">{t('sharing.parties')}</th>
          <th scope="col">{t('sharing.state')}</th>
          <th scope="col">{t('sharing.period')}</th>
          <th scope="col" class="numeric">
            {t('sharing.datasetCount')}
          </th>
        </tr>
      </thead>
      <tbody>
        {agreements.map((a) => (
          <tr key={a.id} data-testid="sh-row" data-agreement-id={a.id} data-state={a.state}>
            <th scope="row" data-label={t('sharing.agreement')}>
              <a class="link" href={agreementPagePath(a.id)} data-testid="sh-row-open">
                {a.title}
              </a>
              {a.document_number && <span class="cell-note secondary">{a.document_number}</span>}
            </th>
            <td data-label={t('sharing.parties')} data-testid="sh-row-parties">
              {t('sharing.fromTo', { provider: a.provider_agency_name, consumer: a.consumer_agency_name })}
            </td>
            <td data-label={t('sharing.state')}>
              <strong class={`tag tag--${agreementStateColour(a.state)}`} data-testid="sh-row-state">
                {agreementStateLabel(a.state, i18n)}
              </strong>
              {a.expiring_soon && (
                <strong class="tag tag--yellow cell-note" data-testid="sh-row-expiring">
                  {t('sharing.expiringSoon')}
                </strong>
              )}
            </td>
            <td data-label={t('sharing.period')}>{t('sharing.periodText', { from: formatDay(a.valid_from, lang), until: formatDay(a.expires_on, lang) })}</td>
            <td class="numeric" data-label={t('sharing.datasetCount')}>
              {a.dataset_ids.length}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

// How many processes there are (in the current filter) by status, and per
// agency, from the list answer's summary.
import { PROCESS_STATUSES, type ProcessList } from '../../api/businessProcessTypes';
import { processStatusColour, processStatusLabel } from '../../format/businessProcess';
import { useI18n } from '../../i18n/useI18n';

export function ProcessCounts({ summary }: { summary: ProcessList['summary'] }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <div data-testid="bp-counts">
      <ul class="tag-list bp-counts" aria-label={t('businessProcess.countsTitle')}>
        <li>
          <strong class="tag tag--grey" data-testid="bp-count-total">
            {t('businessProcess.countTotal', { n: summary.total })}
          </strong>
        </li>
        {PROCESS_STATUSES.map((s) => (
          <li key={s}>
            <strong class={`tag tag--${processStatusColour(s)}`} data-testid={`bp-count-${s}`}>
              {processStatusLabel(s, i18n)}: {summary.by_status[s]}
            </strong>
          </li>
        ))}
      </ul>
      {summary.by_agency.length > 0 && (
        <details class="details" data-testid="bp-counts-by-agency">
          <summary class="details__summary">{t('businessProcess.countsByAgency')}</summary>
          <div class="details__text">
            <table class="table table--stacked table--compact">
              <caption class="visually-hidden">{t('businessProcess.countsByAgency')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('businessProcess.agency')}</th>
                  <th scope="col" class="numeric">
                    {t('businessProcess.countAll')}
                  </th>
                  {PROCESS_STATUSES.map((s) => (
                    <th scope="col" class="numeric" key={s}>
                      {processStatusLabel(s, i18n)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {summary.by_agency.map((a) => (
                  <tr key={a.agency_id} data-testid="bp-agency-count" data-agency-id={a.agency_id}>
                    <th scope="row" data-label={t('businessProcess.agency')}>
                      {a.agency_name} ({a.agency_short_name})
                    </th>
                    <td class="numeric" data-label={t('businessProcess.countAll')}>
                      {a.count}
                    </td>
                    {PROCESS_STATUSES.map((s) => (
                      <td class="numeric" key={s} data-label={processStatusLabel(s, i18n)}>
                        {a.by_status[s]}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      )}
    </div>
  );
}

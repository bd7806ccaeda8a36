// Per agency, the state of its LAN diagram (Madiun Pasal 20 ayat (1)): current,
// to be renewed (the latest plus the period is past) or never submitted, with the
// latest date and when the next is due. `only` narrows it to some states (the
// agencies that never submitted one are listed apart, in NeverSubmitted).
import type { LanDiagramStatus } from '../../api/infrastructureTypes';
import { formatDay } from '../../format/dateTime';
import { lanState, lanStateColour, lanStateLabel, type LanState } from '../../format/infrastructure';
import { useI18n } from '../../i18n/useI18n';

export function LanStatusCounts({ status }: { status: LanDiagramStatus }) {
  const { t } = useI18n();
  return (
    <ul class="tag-list infra-counts" aria-label={t('infra.lanStatusTitle')} data-testid="infra-lan-counts">
      <li>
        <strong class="tag tag--green" data-testid="infra-lan-count-current">
          {t('infra.lanCount.current', { n: status.summary.current })}
        </strong>
      </li>
      <li>
        <strong class="tag tag--red" data-testid="infra-lan-count-stale">
          {t('infra.lanCount.stale', { n: status.summary.stale })}
        </strong>
      </li>
      <li>
        <strong class="tag tag--yellow" data-testid="infra-lan-count-never">
          {t('infra.lanCount.never', { n: status.summary.never_submitted })}
        </strong>
      </li>
    </ul>
  );
}

export function LanStatusTable({ status, only }: { status: LanDiagramStatus; only: LanState[] }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const rows = status.agencies.filter((a) => only.includes(lanState(a)));
  if (rows.length === 0)
    return (
      <p class="body" data-testid="infra-lan-status-empty">
        {only.includes('current') ? t('infra.lanNoneSubmitted') : t('infra.lanNoneStale')}
      </p>
    );
  return (
    <table class="table table--stacked table--compact" data-testid="infra-lan-status">
      <caption class="visually-hidden">{t('infra.lanStatusTitle')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('infra.agency')}</th>
          <th scope="col">{t('infra.lanStateCol')}</th>
          <th scope="col">{t('infra.lanLatest')}</th>
          <th scope="col">{t('infra.lanDue')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((a) => {
          const state = lanState(a);
          return (
            <tr key={a.agency_id} data-testid="infra-lan-status-row" data-agency-id={a.agency_id} data-state={state}>
              <th scope="row" data-label={t('infra.agency')}>
                <abbr title={a.agency_name}>{a.agency_short_name}</abbr>
              </th>
              <td data-label={t('infra.lanStateCol')}>
                <strong class={`tag tag--${lanStateColour(state)}`} data-testid="infra-lan-state">
                  {lanStateLabel(state, i18n)}
                </strong>
              </td>
              <td data-label={t('infra.lanLatest')} data-testid="infra-lan-latest">
                {a.latest_submitted_on ? formatDay(a.latest_submitted_on, lang) : '—'}
              </td>
              <td data-label={t('infra.lanDue')} data-testid="infra-lan-due">
                {a.due_on ? formatDay(a.due_on, lang) : '—'}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

// The agencies that never submitted a LAN diagram, by short name, folded away.
export function NeverSubmitted({ status }: { status: LanDiagramStatus }) {
  const { t } = useI18n();
  const never = status.agencies.filter((a) => lanState(a) === 'never');
  if (never.length === 0) return null;
  return (
    <details class="details" data-testid="infra-lan-never">
      <summary class="details__summary">{t('infra.lanNeverTitle', { n: never.length })}</summary>
      <div class="details__text">
        <p class="body" data-testid="infra-lan-never-list">
          {never.map((a, i) => (
            <span key={a.agency_id}>
              {i > 0 && ', '}
              <abbr title={a.agency_name}>{a.agency_short_name}</abbr>
            </span>
          ))}
        </p>
      </div>
    </details>
  );
}

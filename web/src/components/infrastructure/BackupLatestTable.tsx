// Per agency the latest backup reported, its result and the latest that
// succeeded: what the ICT office supervises (Madiun Pasal 16 ayat (2)).
import type { BackupLatest } from '../../api/infrastructureTypes';
import { formatDay } from '../../format/dateTime';
import { backupResultColour, backupResultLabel } from '../../format/infrastructure';
import { useI18n } from '../../i18n/useI18n';

export function BackupLatestTable({ latest, onlyReported = false }: { latest: BackupLatest; onlyReported?: boolean }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const rows = onlyReported ? latest.agencies.filter((a) => a.reports > 0) : latest.agencies;
  const never = latest.agencies.filter((a) => a.reports === 0).length;
  return (
    <>
      {latest.citation && (
        <p class="body secondary" data-testid="infra-backup-citation">
          {t('infra.backupCitation', { citation: latest.citation })}
        </p>
      )}
      {rows.length === 0 ? (
        <p class="body" data-testid="infra-backup-latest-empty">
          {t('infra.backupNone')}
        </p>
      ) : (
        <table class="table table--stacked table--compact" data-testid="infra-backup-latest">
          <caption class="visually-hidden">{t('infra.backupLatestTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('infra.agency')}</th>
              <th scope="col">{t('infra.backupLatestDone')}</th>
              <th scope="col">{t('infra.backupResult')}</th>
              <th scope="col">{t('infra.backupLatestOk')}</th>
              <th scope="col" class="numeric">
                {t('infra.backupReports')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((a) => (
              <tr key={a.agency_id} data-testid="infra-backup-latest-row" data-agency-id={a.agency_id}>
                <th scope="row" data-label={t('infra.agency')}>
                  <abbr title={a.agency_name}>{a.agency_short_name}</abbr>
                </th>
                <td data-label={t('infra.backupLatestDone')}>{a.latest_done_on ? formatDay(a.latest_done_on, lang) : '—'}</td>
                <td data-label={t('infra.backupResult')}>
                  {a.latest_result ? (
                    <strong class={`tag tag--${backupResultColour(a.latest_result)}`} data-testid="infra-backup-latest-result">
                      {backupResultLabel(a.latest_result, i18n)}
                    </strong>
                  ) : (
                    <span class="secondary">{t('infra.backupNoReport')}</span>
                  )}
                </td>
                <td data-label={t('infra.backupLatestOk')}>{a.latest_ok_on ? formatDay(a.latest_ok_on, lang) : '—'}</td>
                <td class="numeric" data-label={t('infra.backupReports')}>
                  {a.reports}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {onlyReported && never > 0 && (
        <p class="body secondary" data-testid="infra-backup-never">
          {t('infra.backupNeverCount', { n: never })}
        </p>
      )}
    </>
  );
}

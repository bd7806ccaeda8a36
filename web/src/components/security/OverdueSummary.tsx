// "Perlu perhatian": above the incident list, the reports and notices past their
// deadline (Kendari Pasal 14 ayat (8) and the region's hours) and the incidents
// open longer than the limit of their severity, each in one plain sentence with a
// link, and a button that narrows the list to them. Nothing shows when all is on time.
import { incidentPagePath, listOverdue } from '../../api/security';
import type { NoticeKind } from '../../api/securityTypes';
import { useLoad } from '../../hooks/useLoad';
import { useI18n } from '../../i18n/useI18n';
import { NoticeLine } from './NoticeLine';
import { severityLabel } from './labels';

const SHOWN = 5;

export function OverdueSummary({ onShowAll }: { onShowAll: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const loaded = useLoad((signal) => listOverdue(SHOWN, { signal }));
  if (loaded.state.phase !== 'ready') return null;
  const { notices, open_too_long: tooLong, notices_total: noticesTotal, open_too_long_total: tooLongTotal } = loaded.state.data;
  if (notices.length === 0 && tooLong.length === 0) return null;
  return (
    <div class="sec-alert" role="region" aria-labelledby="sec-attention-title" data-testid="sec-attention">
      <h3 class="heading-m" id="sec-attention-title">
        {t('security.attentionTitle')}
      </h3>
      {notices.length > 0 && (
        <>
          <p class="body" data-testid="sec-attention-count">
            {t('security.attentionNotices', { n: noticesTotal })}
          </p>
          <ul class="list">
            {notices.slice(0, SHOWN).map((n) => (
              <li key={`${n.incident.id}-${n.kind}`} data-testid="sec-attention-notice" data-incident-id={n.incident.id}>
                <a class="link" href={incidentPagePath(n.incident.id)}>
                  {n.incident.number}
                </a>{' '}
                ({n.incident.agency.short_name}):{' '}
                {(n.kind === 'ict_office' || n.kind === 'data_owner') && <NoticeLine kind={n.kind as NoticeKind} notice={n.incident.notices[n.kind]} compact />}
              </li>
            ))}
          </ul>
        </>
      )}
      {tooLong.length > 0 && (
        <>
          <p class="body" data-testid="sec-attention-open">
            {t('security.attentionOpen', { n: tooLongTotal })}
          </p>
          <ul class="list">
            {tooLong.slice(0, SHOWN).map((o) => (
              <li key={o.incident.id}>
                <a class="link" href={incidentPagePath(o.incident.id)}>
                  {o.incident.number}
                </a>{' '}
                ({o.incident.agency.short_name}, {severityLabel(o.incident.severity, i18n)}): {t('security.openDays', { days: o.open_days, limit: o.limit_days })}
              </li>
            ))}
          </ul>
        </>
      )}
      {notices.length > 0 && (
        <p class="body">
          <button type="button" class="button button--secondary" onClick={onShowAll} data-testid="sec-attention-show">
            {t('security.attentionShow')}
          </button>
        </p>
      )}
    </div>
  );
}

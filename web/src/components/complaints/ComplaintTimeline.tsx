// What happened to a complaint, oldest first: status changes and the replies of
// the staff and of the citizen. Staff names and internal notes never come here;
// every text shows as typed (never as markup).
import type { ComplaintUpdate } from '../../api/complaintTypes';
import { formatDateTime } from '../../format/dateTime';
import { useI18n } from '../../i18n/useI18n';
import { complaintStatusLabel } from './complaintLabels';

export function ComplaintTimeline({ updates, zone }: { updates: ComplaintUpdate[]; zone: string | undefined }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  if (updates.length === 0)
    return (
      <p class="body secondary" data-testid="track-updates-empty">
        {t('complaint.track.noUpdates')}
      </p>
    );
  const sorted = [...updates].sort((a, b) => a.at.localeCompare(b.at));
  return (
    <ol class="complaint-timeline" data-testid="track-updates">
      {sorted.map((u, i) => {
        const who = u.from === 'reporter' ? t('complaint.track.fromYou') : t('complaint.track.fromStaff');
        return (
          <li key={`${u.at}-${i}`} class={`complaint-timeline__item complaint-timeline__item--${u.from === 'reporter' ? 'reporter' : 'staff'}`} data-testid="track-update" data-kind={u.kind} data-from={u.from}>
            <p class="complaint-timeline__when secondary">{formatDateTime(u.at, lang, zone)}</p>
            {u.kind === 'status' ? (
              <>
                <p class="body" data-testid="track-update-status">
                  {i === 0 && u.status === 'new' ? t('complaint.track.received') : t('complaint.track.statusChanged', { status: complaintStatusLabel(u.status ?? '', i18n) })}
                </p>
                {/* A status change may carry words for the citizen, e.g. the resolution. */}
                {u.body && (
                  <p class="body complaint-text" data-testid="track-update-body">
                    {u.body}
                  </p>
                )}
              </>
            ) : (
              <>
                <p class="complaint-timeline__who" data-testid="track-update-from">
                  {who}
                </p>
                <p class="body complaint-text" data-testid="track-update-body">
                  {u.body ?? ''}
                </p>
              </>
            )}
          </li>
        );
      })}
    </ol>
  );
}

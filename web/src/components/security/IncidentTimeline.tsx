// "Riwayat penanganan": every event of the incident in order — its report, each
// stage step with the CSIRT's note, changes, notices and links — with when (in
// the region's time zone) and who.
import type { Incident } from '../../api/securityTypes';
import { formatDateTime } from '../../format/dateTime';
import { useRegionDetail } from '../../hooks/useRegionDetail';
import { useI18n } from '../../i18n/useI18n';
import { eventLabel, stageLabel } from './labels';

export function IncidentTimeline({ incident }: { incident: Incident }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const zone = useRegionDetail()?.time_zone;
  const events = [...incident.events].sort((a, b) => (a.at === b.at ? a.id - b.id : a.at < b.at ? -1 : 1));
  return (
    <section class="section" aria-labelledby="sec-timeline-title" data-testid="sec-timeline">
      <h2 class="heading-l" id="sec-timeline-title">
        {t('security.timelineTitle')}
        <span class="heading-count"> ({events.length})</span>
      </h2>
      {events.length === 0 ? (
        <p class="body secondary">{t('security.timelineNone')}</p>
      ) : (
        <ol class="sd-timeline">
          {events.map((e) => (
            <li key={e.id} class="sd-timeline__item" data-testid="sec-event" data-action={e.action}>
              <p class="body">
                <strong data-testid="sec-event-label">{eventLabel(e.action, i18n)}</strong>
                <span class="secondary">
                  {' · '}
                  {formatDateTime(e.at, lang, zone)}
                  {' · '}
                  {e.actor ? e.actor.display_name : t('security.actorSystem')}
                </span>
              </p>
              {e.from_stage && e.to_stage && e.from_stage !== e.to_stage && (
                <p class="body" data-testid="sec-event-stage">
                  {t('security.stageChange', { from: stageLabel(e.from_stage, i18n), to: stageLabel(e.to_stage, i18n) })}
                </p>
              )}
              {e.note && (
                <p class="body sd-text" data-testid="sec-event-note">
                  {e.note}
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

// The campaign's history: every sign-off (with the index as signed) and every reopening (with
// its reason), oldest first, as the Berita Acara trail.
import type { CampaignEvent } from '../../api/evaluationTypes';
import { formatDateTime } from '../../format/dateTime';
import { useRegionDetail } from '../../hooks/useRegionDetail';
import { useI18n } from '../../i18n/useI18n';
import { eventLabel, indexText } from './evaluationWords';

export function CampaignEvents({ events }: { events: CampaignEvent[] }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const zone = useRegionDetail()?.time_zone;
  if (events.length === 0) {
    return (
      <p class="body secondary" data-testid="ev-events-empty">
        {t('evaluation.eventsNone')}
      </p>
    );
  }
  return (
    <ol class="history-list" data-testid="ev-events">
      {events.map((e, i) => (
        <li key={e.id ?? i} class="history-list__item" data-testid="ev-event" data-kind={e.kind}>
          <strong>{eventLabel(e.kind, i18n)}</strong> · {formatDateTime(e.at, lang, zone)} · {e.by}
          {e.kind === 'signed_off' && e.index && <span class="cell-note">{t('evaluation.eventIndex', { value: indexText(e.index, lang) })}</span>}
          {e.reason && <span class="cell-note ev-text">{t('evaluation.eventReason', { reason: e.reason })}</span>}
        </li>
      ))}
    </ol>
  );
}

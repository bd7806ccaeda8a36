// "Riwayat tahap": every step the asset took, oldest first — what was done, from which
// stage to which, on what date, by whom, and the note; a disposal with its reason and
// decree.
import type { AssetEvent } from '../../api/assetTypes';
import { formatDay } from '../../format/dateTime';
import { useI18n } from '../../i18n/useI18n';
import { eventLabel, stageLabel } from './labels';

export function StepHistory({ events }: { events: AssetEvent[] }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  return (
    <section class="section" aria-labelledby="asset-events-title" data-testid="asset-events">
      <h2 class="heading-l" id="asset-events-title">
        {t('asset.eventsTitle')}
        <span class="heading-count"> ({events.length})</span>
      </h2>
      {events.length === 0 ? (
        <p class="body secondary">{t('asset.eventsNone')}</p>
      ) : (
        <ol class="asset-events">
          {events.map((e) => (
            <li key={e.id} class="asset-events__item" data-testid="asset-event" data-action={e.action} data-to={e.to_stage}>
              <p class="body">
                <strong data-testid="asset-event-label">{eventLabel(e.action, i18n)}</strong>{' '}
                <span class="secondary">
                  {e.from_stage ? t('asset.eventMove', { from: stageLabel(e.from_stage, i18n), to: stageLabel(e.to_stage, i18n) }) : t('asset.eventStart', { to: stageLabel(e.to_stage, i18n) })}
                </span>
              </p>
              <p class="body secondary">{t('asset.eventByOn', { date: formatDay(e.on, lang), user: e.actor || '—' })}</p>
              {e.reason && (
                <p class="body asset-text" data-testid="asset-event-reason">
                  {t('asset.eventReason', { reason: e.reason })}
                </p>
              )}
              {e.decree_reference && <p class="body asset-text">{t('asset.eventDecree', { decree: e.decree_reference })}</p>}
              {e.note && <p class="body asset-text">{e.note}</p>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

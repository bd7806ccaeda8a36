// "Catatan perubahan": every change made to the roadmap after it was enacted,
// newest first, with the reason and the article that allows it, the note and
// the decree of the change (Kendari Pasal 8 ayat (5)-(6)).
import type { Roadmap } from '../../api/roadmapTypes';
import { formatDateTime, formatDay } from '../../format/dateTime';
import { reasonText } from '../../format/roadmap';
import { useI18n } from '../../i18n/useI18n';

export function ChangeLog({ roadmap, zone }: { roadmap: Roadmap; zone?: string }) {
  const { t, lang } = useI18n();
  const name = (id: number | null) => (id === null ? null : roadmap.activities.find((a) => a.id === id)?.name ?? `#${id}`);
  return (
    <section class="section" aria-labelledby="rm-changes-title" data-testid="roadmap-changes">
      <h2 class="heading-l" id="rm-changes-title">
        {t('roadmap.changesTitle')}
      </h2>
      {roadmap.changes.length === 0 ? (
        <p class="body secondary" data-testid="roadmap-changes-none">
          {t('roadmap.changesNone')}
        </p>
      ) : (
        <ol class="history-list">
          {roadmap.changes.map((c) => (
            <li key={c.id} class="history-list__item" data-testid="roadmap-change">
              <p class="body">
                <strong>{formatDateTime(c.changed_at, lang, zone)}</strong> · {c.changed_by}
                {c.activity_id !== null && <> · {t('roadmap.changeOfActivity', { name: name(c.activity_id) ?? '' })}</>}
              </p>
              <p class="body" data-testid="roadmap-change-reason">
                {t('roadmap.changeReasonValue', { reason: c.reason ? reasonText(roadmap.change_reasons, c.reason, lang) : '—' })}
                {c.article && !roadmap.change_reasons.some((r) => r.code === c.reason) ? ` (${c.article})` : ''}
              </p>
              <p class="body secondary">{t('roadmap.changeFields', { fields: c.fields.join(', ') })}</p>
              {c.note && <p class="body">{c.note}</p>}
              {c.decree_number && (
                <p class="body secondary">{t('roadmap.changeDecreeValue', { number: c.decree_number, date: c.decree_date ? formatDay(c.decree_date, lang) : '—' })}</p>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

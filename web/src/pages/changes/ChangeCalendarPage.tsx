// /perubahan/kalender (everyone but citizens): the change calendar of a year —
// twelve months, each listing its changes — or of one month, as the days that
// have changes; narrowed to an agency or a kind of target. What is shown lives in
// the address (?tahun=&bulan=&pd=&sasaran=), so a month can be linked and the
// browser's back button works. Changes whose approved windows clash on the same
// target are marked.
import { useState } from 'preact/hooks';
import { CALENDAR_PAGE_PATH, getCalendar } from '../../api/changes';
import { TARGET_KINDS } from '../../api/changeTypes';
import { FilterForm } from '../../components/FilterForm';
import { LoadView } from '../../components/LoadView';
import { SelectField } from '../../components/form/SelectField';
import { MonthView, YearView, monthName } from '../../components/changes/CalendarViews';
import { ChangePageHeading } from '../../components/changes/ChangeNav';
import { targetKindLabel } from '../../components/changes/labels';
import { todayInZone } from '../../format/dateTime';
import { useAgencies } from '../../hooks/useAgencies';
import { useLoad } from '../../hooks/useLoad';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useRegionDetail } from '../../hooks/useRegionDetail';
import { useI18n } from '../../i18n/useI18n';
import type { PageProps } from '../../routes';
import { navigate, route } from '../../state/route';
import { useStore } from '../../state/store';

interface Shown {
  year: string;
  month: string; // '' the whole year
  agency_id: string;
  target_kind: string;
}

const addressOf = (s: Shown) => {
  const query = new URLSearchParams({ tahun: s.year });
  if (s.month) query.set('bulan', s.month);
  if (s.agency_id) query.set('pd', s.agency_id);
  if (s.target_kind) query.set('sasaran', s.target_kind);
  return `${CALENDAR_PAGE_PATH}?${query.toString()}`;
};

export function ChangeCalendarPage(_props: PageProps) {
  const { search } = useStore(route);
  const zone = useRegionDetail()?.time_zone;
  const thisYear = Number(todayInZone(zone).slice(0, 4));
  const year = Number(search.get('tahun'));
  const month = Number(search.get('bulan'));
  const shown: Shown = {
    year: String(year >= 2000 && year <= 2100 ? year : thisYear),
    month: month >= 1 && month <= 12 ? String(month) : '',
    agency_id: /^\d+$/.test(search.get('pd') ?? '') ? search.get('pd')! : '',
    target_kind: (TARGET_KINDS as readonly string[]).includes(search.get('sasaran') ?? '') ? search.get('sasaran')! : '',
  };
  return <CalendarView key={addressOf(shown)} shown={shown} thisYear={thisYear} zone={zone} />;
}

function CalendarView({ shown, thisYear, zone }: { shown: Shown; thisYear: number; zone: string | undefined }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  usePageTitle(t('change.calendarTitle'));
  const { agencies } = useAgencies();
  const [draft, setDraft] = useState<Shown>(shown);
  const edit = (changes: Partial<Shown>) => setDraft((d) => ({ ...d, ...changes }));
  const year = Number(shown.year);
  const month = shown.month ? Number(shown.month) : null;
  const loaded = useLoad((signal) => getCalendar({ year, month, agency_id: shown.agency_id, target_kind: shown.target_kind }, { signal }), addressOf(shown));
  const years = [thisYear + 1, thisYear, thisYear - 1, thisYear - 2].map((y) => ({ value: String(y), label: String(y) }));
  if (!years.some((y) => y.value === shown.year)) years.push({ value: shown.year, label: shown.year });
  const agencyName = agencies.find((a) => String(a.id) === shown.agency_id)?.short_name;
  const moveMonth = (by: number) => {
    const at = (month ?? 1) - 1 + by;
    const y = year + Math.floor(at / 12);
    const m = ((at % 12) + 12) % 12 + 1;
    return addressOf({ ...shown, year: String(y), month: String(m) });
  };

  return (
    <>
      <ChangePageHeading current="calendar" title={t('change.calendarTitle')} intro={t('change.calendarIntro')} testId="change-cal-heading" />
      <FilterForm
        label={t('change.calFilter')}
        testId="change-cal-filter"
        filtered={Boolean(shown.agency_id || shown.target_kind)}
        onApply={() => navigate(addressOf(draft))}
        onClear={() => navigate(addressOf({ year: shown.year, month: shown.month, agency_id: '', target_kind: '' }))}
      >
        <SelectField id="change-cal-year" label={t('change.calYear')} value={draft.year} onChange={(y) => edit({ year: y })} options={years} />
        <SelectField
          id="change-cal-month"
          label={t('change.calMonth')}
          value={draft.month}
          onChange={(m) => edit({ month: m })}
          options={[{ value: '', label: t('change.calWholeYear') }, ...Array.from({ length: 12 }, (_, k) => ({ value: String(k + 1), label: monthName(Number(draft.year) || thisYear, k + 1, lang) }))]}
        />
        <SelectField
          id="change-cal-agency"
          label={t('change.agency')}
          value={draft.agency_id}
          onChange={(agency_id) => edit({ agency_id })}
          options={[{ value: '', label: t('change.allAgencies') }, ...agencies.map((a) => ({ value: String(a.id), label: a.short_name }))]}
        />
        <SelectField
          id="change-cal-target"
          label={t('change.targetKindLabel')}
          value={draft.target_kind}
          onChange={(target_kind) => edit({ target_kind })}
          options={[{ value: '', label: t('change.allTargets') }, ...TARGET_KINDS.map((k) => ({ value: k, label: targetKindLabel(k, i18n) }))]}
        />
      </FilterForm>

      <section class="section" aria-labelledby="change-cal-title">
        <h2 class="heading-l" id="change-cal-title" data-testid="change-cal-title">
          {month ? `${monthName(year, month, lang)} ${year}` : t('change.calYearTitle', { year })}
          {agencyName && <span> · {agencyName}</span>}
          {shown.target_kind && <span> · {targetKindLabel(shown.target_kind, i18n)}</span>}
        </h2>
        {month && (
          <p class="body change-cal-moves">
            <a class="link" href={moveMonth(-1)} data-testid="change-cal-previous">
              {t('change.calPrevious')}
            </a>
            <a class="link" href={addressOf({ ...shown, month: '' })} data-testid="change-cal-to-year">
              {t('change.calToYear', { year })}
            </a>
            <a class="link" href={moveMonth(1)} data-testid="change-cal-next">
              {t('change.calNext')}
            </a>
          </p>
        )}
        <LoadView loaded={loaded}>
          {(calendar) => (
            <div data-testid="change-cal" data-year={calendar.year} data-month={calendar.month ?? ''}>
              <p class="body" data-testid="change-cal-summary">
                {t('change.calSummary', { n: calendar.items.length })}
                {calendar.conflicts > 0 && (
                  <strong class="change-cal__clash" data-testid="change-cal-conflicts">
                    {' '}
                    {t('change.calConflicts', { n: calendar.conflicts })}
                  </strong>
                )}
              </p>
              {month ? (
                <MonthView calendar={calendar} zone={calendar.time_zone || zone} month={month} />
              ) : (
                <YearView calendar={calendar} zone={calendar.time_zone || zone} monthHref={(m) => addressOf({ ...shown, month: String(m) })} />
              )}
            </div>
          )}
        </LoadView>
      </section>
    </>
  );
}

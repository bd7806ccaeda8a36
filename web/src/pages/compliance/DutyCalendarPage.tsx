// /kepatuhan/kalender (everyone but citizens): the duties falling due in a range of
// days (by default the coming year), month by month — annual LAN diagrams, audits,
// reviews, reports — each linked to its duty and its subject; narrowed to an agency.
// What is shown lives in the address (?from=&to=&pd=), so a range can be linked.
import { useState } from 'preact/hooks';
import { CALENDAR_PAGE, getDutyCalendar, obligationPage, type CalendarRange, type Finding } from '../../api/compliance';
import { FilterForm } from '../../components/FilterForm';
import { LoadView } from '../../components/LoadView';
import { monthName } from '../../components/changes/CalendarViews';
import { SelectField } from '../../components/form/SelectField';
import { TextField } from '../../components/form/TextField';
import { formatDay } from '../../format/dateTime';
import { useAgencies } from '../../hooks/useAgencies';
import { useLoad } from '../../hooks/useLoad';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useI18n } from '../../i18n/useI18n';
import type { PageProps } from '../../routes';
import { navigate, route } from '../../state/route';
import { useStore } from '../../state/store';
import { ComplianceHeading } from './ComplianceHeading';
import { StatusTag } from './StatusTag';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

const addressOf = (r: CalendarRange) => {
  const query = new URLSearchParams();
  if (r.from) query.set('from', r.from);
  if (r.to) query.set('to', r.to);
  if (r.agency_id) query.set('pd', r.agency_id);
  const q = query.toString();
  return q ? `${CALENDAR_PAGE}?${q}` : CALENDAR_PAGE;
};

export function DutyCalendarPage(_props: PageProps) {
  const { search } = useStore(route);
  const valid = (v: string | null, pattern: RegExp) => (v && pattern.test(v) ? v : '');
  const shown: CalendarRange = { from: valid(search.get('from'), DAY), to: valid(search.get('to'), DAY), agency_id: valid(search.get('pd'), /^\d+$/) };
  return <CalendarView key={addressOf(shown)} shown={shown} />;
}

function CalendarView({ shown }: { shown: CalendarRange }) {
  const { t, lang } = useI18n();
  usePageTitle(t('compliance.calendarTitle'));
  const { agencies } = useAgencies();
  const [draft, setDraft] = useState<CalendarRange>(shown);
  const [rangeError, setRangeError] = useState<string | null>(null);
  const edit = (changes: Partial<CalendarRange>) => setDraft((d) => ({ ...d, ...changes }));
  const loaded = useLoad((signal) => getDutyCalendar(shown, { signal }), addressOf(shown));
  // The server's word on a range it refuses (400 with field errors), beside the field.
  const refused = loaded.state.phase === 'error' ? (loaded.state.error.problem?.errors ?? []) : [];
  const fieldError = (field: string) => (field === 'to' && rangeError) || refused.find((e) => e.field === field)?.message || undefined;
  const apply = () => {
    if (draft.from && draft.to && draft.to < draft.from) {
      setRangeError(t('compliance.error.rangeOrder'));
      return;
    }
    setRangeError(null);
    navigate(addressOf(draft));
  };

  return (
    <>
      <ComplianceHeading current="calendar" title={t('compliance.calendarTitle')} intro={t('compliance.calendarIntro')} testId="cm-calendar-heading" />
      <FilterForm label={t('compliance.calendarFilter')} testId="cm-calendar-filter" filtered={Boolean(shown.from || shown.to || shown.agency_id)} onApply={apply} onClear={() => navigate(CALENDAR_PAGE)}>
        <TextField id="cm-calendar-from" type="date" label={t('compliance.from')} value={draft.from} onInput={(from) => edit({ from })} error={fieldError('from')} width="short" />
        <TextField id="cm-calendar-to" type="date" label={t('compliance.to')} value={draft.to} onInput={(to) => edit({ to })} error={fieldError('to')} width="short" />
        <SelectField
          id="cm-calendar-agency"
          label={t('compliance.agency')}
          value={draft.agency_id}
          onChange={(agency_id) => edit({ agency_id })}
          options={[{ value: '', label: t('compliance.allAgencies') }, ...agencies.map((a) => ({ value: String(a.id), label: a.short_name }))]}
        />
      </FilterForm>
      <LoadView loaded={loaded}>
        {(calendar) => {
          const months = byMonth(calendar.duties);
          return (
            <section class="section" aria-labelledby="cm-calendar-range" data-testid="cm-calendar" data-from={calendar.from} data-to={calendar.to}>
              <h2 class="heading-l" id="cm-calendar-range">
                {t('compliance.calendarRange', { from: formatDay(calendar.from, lang), to: formatDay(calendar.to, lang) })}
              </h2>
              {months.length === 0 && (
                <p class="body" data-testid="cm-calendar-empty">
                  {t('compliance.calendarNone')}
                </p>
              )}
              {months.map(([month, duties]) => (
                <div key={month} data-testid="cm-calendar-month" data-month={month}>
                  <h3 class="heading-m">
                    {monthName(Number(month.slice(0, 4)), Number(month.slice(5, 7)), lang)} {month.slice(0, 4)}
                  </h3>
                  <ul class="list" style={{ listStyle: 'none', paddingLeft: 0 }}>
                    {duties.map((f) => (
                      <li key={`${f.obligation.id}|${f.subject.kind}|${f.subject.id}`} class="cell-line" style={{ marginBottom: '10px', overflowWrap: 'anywhere' }} data-testid="cm-calendar-duty" data-obligation={f.obligation.id}>
                        <strong>{formatDay(f.due_on!, lang)}</strong> <StatusTag status={f.status} />{' '}
                        <a class="link" href={obligationPage(f.obligation.id)}>
                          {f.obligation.citation}
                        </a>
                        {' · '}
                        {f.subject.href ? (
                          <a class="link" href={f.subject.href}>
                            {f.subject.name}
                          </a>
                        ) : (
                          f.subject.name
                        )}
                      </li>
                    ))}
                  </ul>
                </div>
              ))}
            </section>
          );
        }}
      </LoadView>
    </>
  );
}

// The dated duties grouped by the month they fall due in (YYYY-MM), earliest first.
function byMonth(duties: Finding[]): Array<[string, Finding[]]> {
  const months = new Map<string, Finding[]>();
  const dated = duties.filter((f) => f.due_on).sort((a, b) => a.due_on!.localeCompare(b.due_on!));
  for (const f of dated) {
    const month = f.due_on!.slice(0, 7);
    months.set(month, [...(months.get(month) ?? []), f]);
  }
  return [...months.entries()];
}

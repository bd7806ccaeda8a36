// /dasbor (superadmin, leadership, auditors): the leadership dashboard for the mayor or
// regent, the Sekda and the SPBE committee, in one read of GET /api/v1/dashboard:
// compliance with the region's regulation, risks by level, ICT audits and security
// incidents past their time, the service desk's SLA attainment and the SPBE budget by
// area. Every number is a link to the page listing the records it counts.
import type { ComponentChildren } from 'preact';
import { formatCount, formatMonth, formatPct } from '../../components/serviceDeskReports/reportFormat';
import { LineChart } from '../../components/serviceDeskReports/LineChart';
import { LoadView } from '../../components/LoadView';
import { percentText, rupiah } from '../../format/budget';
import { formatDay } from '../../format/dateTime';
import { useLoad } from '../../hooks/useLoad';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useI18n, type I18n } from '../../i18n/useI18n';
import type { PageProps } from '../../routes';
import { TrendChart } from '../compliance/TrendChart';
import { BarList } from './DashboardCharts';
import { getDashboard, type ComplianceCard, type Counted, type Dashboard } from './dashboardApi';
import './dashboard.css';

export function DashboardPage(_props: PageProps) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  usePageTitle(t('dashboard.title'));
  const loaded = useLoad((signal) => getDashboard({ signal }));
  return (
    <>
      <h1 class="heading-xl" data-testid="dash-heading">
        {t('dashboard.title')}
      </h1>
      <p class="lead">{t('dashboard.intro')}</p>
      <LoadView loaded={loaded}>
        {(d) => (
          <>
            <p class="body secondary" data-testid="dash-as-of">
              {t('dashboard.asOf', { date: formatDay(d.as_of, lang) })}
            </p>
            <div class="dash-grid">
              <ComplianceSection card={d.compliance} i18n={i18n} />
              <RiskSection d={d} i18n={i18n} />
              <AuditSection d={d} i18n={i18n} />
              <IncidentSection d={d} i18n={i18n} />
              <ServiceDeskSection d={d} i18n={i18n} />
              <BudgetSection d={d} i18n={i18n} />
            </div>
          </>
        )}
      </LoadView>
    </>
  );
}

function Card({ id, title, href, more, wide, children }: { id: string; title: string; href: string; more: string; wide?: boolean; children: ComponentChildren }) {
  return (
    <section class={`card dash-card${wide ? ' dash-card--wide' : ''}`} aria-labelledby={`${id}-title`} data-testid={id}>
      <h2 class="heading-m" id={`${id}-title`}>
        {title}
      </h2>
      {children}
      <p class="body">
        <a class="link" href={href} data-testid={`${id}-more`}>
          {more}
        </a>
      </p>
    </section>
  );
}

// A big number that is a link to its records; `alert` when more than none needs attention.
function BigNumber({ n, label, testId, lang, alert = false, text, money = false }: { n: Counted; label: string; testId: string; lang: I18n['lang']; alert?: boolean; text?: string; money?: boolean }) {
  return (
    <li>
      <a class={`dash-number${alert && n.count > 0 ? ' dash-number--alert' : ''}${money ? ' dash-number--money' : ''}`} href={n.href} data-testid={testId} data-count={n.count}>
        <span class="dash-number__value">{text ?? formatCount(n.count, lang)}</span>
        <span class="dash-number__label">{label}</span>
      </a>
    </li>
  );
}

const share = (value: number | null, lang: I18n['lang']) => (value === null ? '—' : formatPct(value * 100, lang));

function ComplianceSection({ card, i18n }: { card: ComplianceCard; i18n: I18n }) {
  const { t, lang } = i18n;
  if (!card.available)
    return (
      <Card id="dash-compliance" title={t('dashboard.compliance.title')} href={card.href} more={t('dashboard.compliance.more')} wide>
        <p class="body" data-testid="dash-compliance-unavailable">
          {card.reason[lang]}
        </p>
      </Card>
    );
  return (
    <Card id="dash-compliance" title={t('dashboard.compliance.title')} href={card.href} more={t('dashboard.compliance.more')} wide>
      <p class="body secondary">{t('dashboard.compliance.basis', { citation: card.profile.citation })}</p>
      <ul class="dash-numbers">
        <li>
          <a class="dash-number dash-number--big" href={card.href} data-testid="dash-compliance-share">
            <span class="dash-number__value">{share(card.tally.share_met, lang)}</span>
            <span class="dash-number__label">{t('dashboard.compliance.share', { met: formatCount(card.tally.met + card.tally.due_soon, lang), applicable: formatCount(card.tally.applicable, lang) })}</span>
          </a>
        </li>
        <BigNumber n={card.open} label={t('dashboard.compliance.open')} testId="dash-compliance-open" lang={lang} />
        <BigNumber n={card.overdue} label={t('dashboard.compliance.overdue')} testId="dash-compliance-overdue" lang={lang} alert />
        <BigNumber n={card.due_soon} label={t('dashboard.compliance.dueSoon')} testId="dash-compliance-due-soon" lang={lang} />
      </ul>
      <p class="body dash-bars__title">{t('dashboard.compliance.trend')}</p>
      <TrendChart trend={card.trend} testId="dash-compliance-trend" />
      {card.lowest_agencies.length > 0 && (
        <>
          <h3 class="heading-s">{t('dashboard.compliance.lowest')}</h3>
          <ol class="dash-list" data-testid="dash-compliance-lowest">
            {card.lowest_agencies.map((a) => (
              <li key={a.agency_id} class="dash-list__item">
                <a class="link" href={a.href} data-testid="dash-compliance-agency" data-agency-id={a.agency_id}>
                  {a.name}
                </a>{' '}
                <span class="secondary">
                  {t('dashboard.compliance.agencyShare', { share: share(a.tally.share_met, lang), overdue: formatCount(a.tally.overdue, lang) })}
                </span>
              </li>
            ))}
          </ol>
        </>
      )}
      <p class="body">
        <a class="link" href={card.calendar_href} data-testid="dash-compliance-calendar">
          {t('dashboard.compliance.calendar')}
        </a>
      </p>
    </Card>
  );
}

function RiskSection({ d, i18n }: { d: Dashboard; i18n: I18n }) {
  const { t, lang } = i18n;
  const r = d.risks;
  return (
    <Card id="dash-risks" title={t('dashboard.risks.title', { year: String(r.year) })} href={r.href} more={t('dashboard.risks.more')}>
      <ul class="dash-numbers">
        <BigNumber n={r.total} label={t('dashboard.risks.total')} testId="dash-risks-total" lang={lang} />
      </ul>
      <BarList
        title={t('dashboard.risks.byLevel')}
        testId="dash-risk-levels"
        bars={[...r.levels].reverse().map((l) => ({ key: String(l.level), label: l.name, value: l.count, valueText: formatCount(l.count, lang), href: l.href, colour: l.colour }))}
      />
    </Card>
  );
}

interface Figure {
  n: Counted;
  label: string;
  testId: string;
  alert?: boolean;
}

// A card of big numbers only: ICT audits, security incidents.
function CountsCard({ id, title, href, more, figures, lang }: { id: string; title: string; href: string; more: string; figures: Figure[]; lang: I18n['lang'] }) {
  return (
    <Card id={id} title={title} href={href} more={more}>
      <ul class="dash-numbers">
        {figures.map((f) => (
          <BigNumber key={f.testId} {...f} lang={lang} />
        ))}
      </ul>
    </Card>
  );
}

function AuditSection({ d, i18n: { t, lang } }: { d: Dashboard; i18n: I18n }) {
  const a = d.ict_audits;
  const figures: Figure[] = [
    { n: a.overdue, label: t('dashboard.audits.overdue'), testId: 'dash-audits-overdue', alert: true },
    { n: a.due_soon, label: t('dashboard.audits.dueSoon', { days: String(a.due_soon_days) }), testId: 'dash-audits-due-soon' },
    { n: a.findings_overdue, label: t('dashboard.audits.findings'), testId: 'dash-audits-findings', alert: true },
  ];
  return <CountsCard id="dash-audits" title={t('dashboard.audits.title')} href={a.href} more={t('dashboard.audits.more')} figures={figures} lang={lang} />;
}

function IncidentSection({ d, i18n: { t, lang } }: { d: Dashboard; i18n: I18n }) {
  const s = d.incidents;
  const figures: Figure[] = [
    { n: s.open, label: t('dashboard.incidents.open'), testId: 'dash-incidents-open' },
    { n: s.overdue_notices, label: t('dashboard.incidents.notices'), testId: 'dash-incidents-notices', alert: true },
    { n: s.open_too_long, label: t('dashboard.incidents.tooLong'), testId: 'dash-incidents-too-long', alert: true },
  ];
  return <CountsCard id="dash-incidents" title={t('dashboard.incidents.title')} href={s.href} more={t('dashboard.incidents.more')} figures={figures} lang={lang} />;
}

function ServiceDeskSection({ d, i18n }: { d: Dashboard; i18n: I18n }) {
  const { t, lang } = i18n;
  const sd = d.service_desk;
  const months = sd.months.map((m) => m.key);
  const pct = (value: number | null) => ({ count: value ?? 0, href: sd.current.href });
  return (
    <Card id="dash-sla" title={t('dashboard.sla.title')} href={sd.href} more={t('dashboard.sla.more')} wide>
      <p class="body secondary">{t('dashboard.sla.month', { month: formatMonth(sd.current.key, lang), count: formatCount(sd.current.opened, lang) })}</p>
      <ul class="dash-numbers">
        <BigNumber n={pct(sd.current.response_met_pct)} text={formatPct(sd.current.response_met_pct, lang)} label={t('dashboard.sla.response')} testId="dash-sla-response" lang={lang} />
        <BigNumber n={pct(sd.current.resolution_met_pct)} text={formatPct(sd.current.resolution_met_pct, lang)} label={t('dashboard.sla.resolution')} testId="dash-sla-resolution" lang={lang} />
      </ul>
      <p class="body" data-testid="dash-sla-year">
        {t('dashboard.sla.year', { response: formatPct(sd.last_12_months.response_met_pct, lang), resolution: formatPct(sd.last_12_months.resolution_met_pct, lang) })}
      </p>
      <LineChart
        id="dash-sla-chart"
        title={t('dashboard.sla.chart')}
        description={t('dashboard.sla.chartDesc', { from: formatMonth(months[0] ?? '', lang), to: formatMonth(months[months.length - 1] ?? '', lang) })}
        months={months}
        series={[
          { key: 'response', name: t('dashboard.sla.seriesResponse'), values: sd.months.map((m) => m.response_met_pct) },
          { key: 'resolution', name: t('dashboard.sla.seriesResolution'), values: sd.months.map((m) => m.resolution_met_pct) },
        ]}
        testId="dash-sla-chart"
      />
    </Card>
  );
}

function BudgetSection({ d, i18n }: { d: Dashboard; i18n: I18n }) {
  const { t, lang } = i18n;
  const b = d.budget;
  return (
    <Card id="dash-budget" title={t('dashboard.budget.title', { year: String(b.year) })} href={b.href} more={t('dashboard.budget.more')} wide>
      <ul class="dash-numbers">
        <BigNumber n={{ count: b.total.amount, href: b.total.href }} text={rupiah(b.total.amount, lang)} money label={t('dashboard.budget.total')} testId="dash-budget-total" lang={lang} />
        <BigNumber n={b.agencies_without_plan} label={t('dashboard.budget.withoutPlan')} testId="dash-budget-without-plan" lang={lang} alert />
      </ul>
      <BarList
        title={t('dashboard.budget.byArea')}
        testId="dash-budget-areas"
        bars={b.by_area.map((a) => ({ key: a.area, label: a.label[lang], value: a.amount, valueText: `${rupiah(a.amount, lang)} (${percentText(a.share_percent, lang)})`, href: a.href }))}
      />
    </Card>
  );
}

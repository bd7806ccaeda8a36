// /risiko/peta (everyone but citizens; where leadership starts): the heat map of a year
// for the whole region or one agency, a cell opening the register narrowed to it; below,
// the committee's region-wide view — per agency the risks by level, to treat and overdue
// treatments, the ten highest risks — and the list of overdue treatments.
import { useState } from 'preact/hooks';
import { getHeatMap, getRegionView, listOverdueTreatments, riskPagePath } from '../../api/risks';
import { LoadView } from '../../components/LoadView';
import { SelectField } from '../../components/form/SelectField';
import { HeatMapGrid } from '../../components/risk/HeatMapGrid';
import { LevelBadge } from '../../components/risk/LevelBadge';
import { RiskPageHeading } from '../../components/risk/RiskNav';
import { RiskTable } from '../../components/risk/RiskTable';
import { currentYear, formatDay, optionLabel } from '../../components/risk/labels';
import { useRiskCriteria } from '../../components/risk/useRiskCriteria';
import { useAgencies } from '../../hooks/useAgencies';
import { useLoad } from '../../hooks/useLoad';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useRegionDetail } from '../../hooks/useRegionDetail';
import { useI18n } from '../../i18n/useI18n';
import type { PageProps } from '../../routes';
import { yearOptions } from './RisksPage';

export function RiskHeatMapPage(_props: PageProps) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  usePageTitle(t('risk.heatTitle'));
  const zone = useRegionDetail()?.time_zone;
  const now = currentYear(zone);
  const [year, setYear] = useState(String(now));
  const [agency, setAgency] = useState('');
  const { agencies } = useAgencies();
  const criteria = useRiskCriteria();
  const map = useLoad((signal) => getHeatMap({ year, agency_id: agency }, { signal }), `${year}|${agency}`);
  const view = useLoad((signal) => getRegionView(year, { signal }), year);
  const overdue = useLoad((signal) => listOverdueTreatments({ year, agency_id: agency }, { signal }), `${year}|${agency}`);
  const cellHref = (l: number, i: number, level: number) => `/risiko?tahun=${year}${agency ? `&pd=${agency}` : ''}&level=${level}&kemungkinan=${l}&dampak=${i}`;

  return (
    <>
      <RiskPageHeading current="heatMap" title={t('risk.heatTitle')} intro={t('risk.heatIntro')} testId="risk-heat-heading" />
      <div class="filter">
        <div class="filter__fields">
          <SelectField id="risk-heat-year" label={t('risk.year')} value={year} onChange={setYear} options={yearOptions(now)} />
          <SelectField
            id="risk-heat-agency"
            label={t('risk.agency')}
            value={agency}
            onChange={setAgency}
            options={[{ value: '', label: t('risk.wholeRegion') }, ...agencies.map((a) => ({ value: String(a.id), label: a.short_name }))]}
          />
        </div>
      </div>

      <section class="section" aria-labelledby="risk-heat-map-title">
        <h2 class="heading-l" id="risk-heat-map-title">
          {t('risk.heatMapOf', { year, unit: agency ? (agencies.find((a) => String(a.id) === agency)?.short_name ?? agency) : t('risk.wholeRegion') })}
        </h2>
        <LoadView loaded={criteria}>
          {(c) => (
            <LoadView loaded={map}>
              {(m) => (
                <>
                  <p class="body" data-testid="risk-heat-total">
                    {t('risk.heatTotals', { total: m.total, toTreat: m.to_treat })}
                  </p>
                  <HeatMapGrid map={m} criteria={c.criteria} cellHref={cellHref} />
                </>
              )}
            </LoadView>
          )}
        </LoadView>
      </section>

      <section class="section" aria-labelledby="risk-overdue-title" data-testid="risk-overdue">
        <h2 class="heading-l" id="risk-overdue-title">
          {t('risk.overdueTitle')}
        </h2>
        <LoadView loaded={overdue}>
          {(o) =>
            o.items.length === 0 ? (
              <p class="body" data-testid="risk-overdue-none">
                {t('risk.overdueNone')}
              </p>
            ) : (
              <ul class="risk-list" data-testid="risk-overdue-list">
                {o.items.map((x) => (
                  <li key={x.id} class="risk-list__item" data-testid="risk-overdue-item">
                    <p class="body">
                      <a class="link" href={riskPagePath(x.risk.id)}>
                        {x.risk.agency_short_name} · {t('risk.riskNumber', { n: x.risk.number })}: <span class="risk-text">{x.risk.event}</span>
                      </a>{' '}
                      <LevelBadge level={x.risk.level} name={x.risk.level_name} colour={x.risk.colour} magnitude={x.risk.magnitude} />
                    </p>
                    <p class="body">
                      {optionLabel(x.treatment_option, i18n)}: <span class="risk-text">{x.actions}</span>
                    </p>
                    <p class="body risk-overdue">{t('risk.overdueSince', { date: formatDay(x.due_on, lang), days: x.days_overdue })}</p>
                  </li>
                ))}
              </ul>
            )
          }
        </LoadView>
      </section>

      <section class="section" aria-labelledby="risk-region-title" data-testid="risk-region-view">
        <h2 class="heading-l" id="risk-region-title">
          {t('risk.regionViewTitle', { year })}
        </h2>
        <p class="body secondary">{t('risk.regionViewIntro')}</p>
        <LoadView loaded={criteria}>
          {(c) => (
            <LoadView loaded={view}>
              {(v) => (
                <>
                  {v.agencies.length === 0 ? (
                    <p class="body" data-testid="risk-region-none">
                      {t('risk.regionNone')}
                    </p>
                  ) : (
                    <table class="table table--stacked table--compact risk-region-table" data-testid="risk-region-table">
                      <caption class="visually-hidden">{t('risk.regionViewTitle', { year })}</caption>
                      <thead>
                        <tr>
                          <th scope="col">{t('risk.agency')}</th>
                          <th scope="col" class="numeric">{t('risk.countTotal')}</th>
                          {c.criteria.levels.map((b) => (
                            <th scope="col" class="numeric" key={b.level}>
                              {b.name}
                            </th>
                          ))}
                          <th scope="col" class="numeric">{t('risk.countToTreat')}</th>
                          <th scope="col" class="numeric">{t('risk.countOverdue')}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {v.agencies.map((a) => (
                          <tr key={a.agency_id} data-testid="risk-region-row" data-agency-id={a.agency_id}>
                            <th scope="row" data-label={t('risk.agency')}>
                              <a class="link" href={`/risiko?tahun=${year}&pd=${a.agency_id}`}>
                                <abbr title={a.agency_name}>{a.agency_short_name}</abbr>
                              </a>
                            </th>
                            <td class="numeric" data-label={t('risk.countTotal')} data-testid="risk-region-total">
                              {a.total}
                            </td>
                            {c.criteria.levels.map((b) => (
                              <td class="numeric" key={b.level} data-label={b.name}>
                                {a.by_level.find((x) => x.level === b.level)?.count ?? 0}
                              </td>
                            ))}
                            <td class="numeric" data-label={t('risk.countToTreat')}>
                              {a.to_treat}
                            </td>
                            <td class="numeric" data-label={t('risk.countOverdue')}>
                              {a.overdue_treatments}
                            </td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  )}
                  <h3 class="heading-m">{t('risk.topRisks')}</h3>
                  {v.top_risks.length === 0 ? <p class="body">{t('risk.none')}</p> : <RiskTable risks={v.top_risks} captionKey="risk.topRisks" />}
                </>
              )}
            </LoadView>
          )}
        </LoadView>
      </section>
    </>
  );
}

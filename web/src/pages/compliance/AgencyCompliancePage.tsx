// /kepatuhan/pd/{id} (everyone but citizens): what one agency still owes under the
// region's regulation, soonest first (overdue, not met, due soon), then what is met
// and what does not apply, folded; narrowed by status (?status=, so a filtered list
// can be linked). Each duty shows its citation with the original sentence, its
// subject and evidence; an operator of this agency records statements here for the
// duties judged on statements. The agency's report is downloaded as PDF or XLSX.
import { useEffect, useState } from 'preact/hooks';
import { COMPLIANCE_PAGE, agencyCompliancePage, getAgencyCompliance, isStatus, OPEN_STATUSES, STATUSES, type Finding } from '../../api/compliance';
import { FilterForm } from '../../components/FilterForm';
import { LoadView } from '../../components/LoadView';
import { SelectField } from '../../components/form/SelectField';
import { formatDay } from '../../format/dateTime';
import { useLoad } from '../../hooks/useLoad';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useI18n } from '../../i18n/useI18n';
import type { PageProps } from '../../routes';
import { navigate, route } from '../../state/route';
import { useStore } from '../../state/store';
import { ReportLinks } from './ComplianceHeading';
import { FindingList } from './FindingList';
import { TallyCounts } from './TallyCounts';
import { TrendChart } from './TrendChart';
import { statusLabel } from './complianceWords';

const shownStatus = (value: string | null) => (value === 'open' || isStatus(value) ? value : '');
const matches = (status: string) => (f: Finding) => !status || (status === 'open' ? OPEN_STATUSES.includes(f.status) : f.status === status);

export function AgencyCompliancePage({ params }: PageProps) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const agencyId = Number(params[0]);
  const { search } = useStore(route);
  const status = shownStatus(search.get('status'));
  const [draft, setDraft] = useState(status);
  useEffect(() => setDraft(status), [status]); // a count's link changes the filter too
  const loaded = useLoad((signal) => getAgencyCompliance(agencyId, { signal }), String(agencyId));
  const name = loaded.state.phase === 'ready' ? loaded.state.data.agency.name : '';
  usePageTitle(name ? t('compliance.agencyTitle', { agency: name }) : t('compliance.title'));
  const addressOf = (s: string) => `${agencyCompliancePage(agencyId)}${s ? `?status=${s}` : ''}`;

  return (
    <>
      <p class="back">
        <a class="link" href={COMPLIANCE_PAGE} data-testid="cm-back">
          {t('compliance.back')}
        </a>
      </p>
      <LoadView loaded={loaded}>
        {(agency) => {
          const shown = agency.findings.filter(matches(status));
          return (
            <>
              <h1 class="heading-xl">
                <span class="caption">{t('compliance.caption')}</span>
                <span data-testid="cm-agency-heading">{agency.agency.name}</span>
              </h1>
              <p class="lead">{t('compliance.agencyIntro')}</p>
              <p class="body secondary" data-testid="cm-as-of">
                {t('compliance.asOfDay', { date: formatDay(agency.as_of, lang) })}
              </p>
              <TallyCounts tally={agency.tally} hrefOf={addressOf} testId="cm-agency-tally" />
              {agency.trend && agency.trend.length > 1 && <TrendChart trend={agency.trend} testId="cm-agency-trend" />}
              <ReportLinks agencyId={agencyId} />
              <section class="section" aria-labelledby="cm-duties-title">
                <h2 class="heading-l" id="cm-duties-title">
                  {t('compliance.dutiesTitle')}
                </h2>
                <FilterForm label={t('compliance.filter')} testId="cm-filter" filtered={Boolean(status)} onApply={() => navigate(addressOf(draft))} onClear={() => navigate(addressOf(''))}>
                  <SelectField
                    id="cm-filter-status"
                    label={t('compliance.statusLabel')}
                    value={draft}
                    onChange={setDraft}
                    options={[
                      { value: '', label: t('compliance.allStatuses') },
                      { value: 'open', label: t('compliance.openStatuses') },
                      ...STATUSES.map((s) => ({ value: s, label: statusLabel(s, i18n) })),
                    ]}
                  />
                </FilterForm>
                <FindingList key={status} findings={shown} flat={Boolean(status)} testId="cm-duties" />
              </section>
            </>
          );
        }}
      </LoadView>
    </>
  );
}

// /kepatuhan (everyone but citizens): how the region complies with its own regulation
// (Madiun Pasal 46, Batam Pasal 47, OKI Pasal 45, Kendari Pasal 24 and 38, Probolinggo
// Pasal 42): the share of duties met, the counts per status (each opens the duties with
// that status), the trend from the daily snapshots, every agency worst first, and the
// duties of the region itself (its head, committee and offices). The report to sign off
// is downloaded as PDF or XLSX.
import { agencyCompliancePage, getRegionCompliance, OBLIGATIONS_PAGE } from '../../api/compliance';
import { LoadView } from '../../components/LoadView';
import { formatDay } from '../../format/dateTime';
import { useLoad } from '../../hooks/useLoad';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useI18n } from '../../i18n/useI18n';
import type { PageProps } from '../../routes';
import { AgencyTable } from './AgencyTable';
import { ComplianceHeading, ReportLinks } from './ComplianceHeading';
import { FindingList } from './FindingList';
import { TallyCounts } from './TallyCounts';
import { TrendChart } from './TrendChart';
import { useComplianceAccess } from './useComplianceAccess';

export function RegionCompliancePage(_props: PageProps) {
  const { t, lang } = useI18n();
  usePageTitle(t('compliance.title'));
  const { ownAgencyId } = useComplianceAccess();
  const loaded = useLoad((signal) => getRegionCompliance({ signal }));

  return (
    <>
      <ComplianceHeading current="region" title={t('compliance.title')} intro={t('compliance.intro')} testId="cm-heading" />
      {ownAgencyId !== null && (
        <p class="body">
          <a class="link" href={agencyCompliancePage(ownAgencyId)} data-testid="cm-own-agency">
            {t('compliance.openOwnAgency')}
          </a>
        </p>
      )}
      <LoadView loaded={loaded}>
        {(region) => (
          <>
            <p class="body secondary" data-testid="cm-as-of">
              {t('compliance.asOf', { date: formatDay(region.as_of, lang), profile: region.profile.citation || region.profile.name })}
            </p>
            <section class="section" aria-labelledby="cm-summary-title">
              <h2 class="heading-l" id="cm-summary-title">
                {t('compliance.shareMet')}
              </h2>
              <TallyCounts tally={region.tally} hrefOf={(s) => `${OBLIGATIONS_PAGE}?status=${s}`} testId="cm-tally" />
              <h3 class="heading-m">{t('compliance.trendTitle')}</h3>
              <TrendChart trend={region.trend ?? []} testId="cm-trend" />
              <ReportLinks />
            </section>
            <section class="section" aria-labelledby="cm-agencies-title">
              <h2 class="heading-l" id="cm-agencies-title">
                {t('compliance.agenciesTitle')}
              </h2>
              {region.agencies.length === 0 ? <p class="body">{t('compliance.noAgencies')}</p> : <AgencyTable agencies={region.agencies} />}
            </section>
            <section class="section" aria-labelledby="cm-region-duties-title">
              <h2 class="heading-l" id="cm-region-duties-title">
                {t('compliance.regionDutiesTitle')}
              </h2>
              <p class="body">{t('compliance.regionDutiesIntro')}</p>
              <FindingList findings={region.region_duties} testId="cm-region-duties" />
            </section>
          </>
        )}
      </LoadView>
    </>
  );
}

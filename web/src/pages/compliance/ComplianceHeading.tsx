// The heading the compliance pages share: the area's name, the page's title and
// introduction, and the links between the pages (Ringkasan, Kewajiban, Kalender).
import { CALENDAR_PAGE, COMPLIANCE_PAGE, OBLIGATIONS_PAGE, reportPath } from '../../api/compliance';
import { SubNavHeading, type SubNavLink } from '../../components/SubNav';
import { useI18n } from '../../i18n/useI18n';

export type CompliancePageKey = 'region' | 'obligations' | 'calendar' | 'other';

const LINKS: ReadonlyArray<SubNavLink<CompliancePageKey>> = [
  { key: 'region', href: COMPLIANCE_PAGE, label: 'compliance.nav.region', testId: 'cm-nav-region' },
  { key: 'obligations', href: OBLIGATIONS_PAGE, label: 'compliance.nav.obligations', testId: 'cm-nav-obligations' },
  { key: 'calendar', href: CALENDAR_PAGE, label: 'compliance.nav.calendar', testId: 'cm-nav-calendar' },
];

interface Props {
  current: CompliancePageKey;
  title: string;
  intro: string;
  testId: string;
}

export function ComplianceHeading({ current, title, intro, testId }: Props) {
  const { t } = useI18n();
  return (
    <SubNavHeading
      caption={t('compliance.caption')}
      title={title}
      intro={intro}
      testId={testId}
      nav={{ label: t('compliance.nav.label'), testId: 'cm-nav', links: LINKS, current }}
    />
  );
}

// The compliance report to sign off, as PDF and XLSX: the region's, or one agency's.
export function ReportLinks({ agencyId }: { agencyId?: number }) {
  const { t } = useI18n();
  return (
    <p class="body export-links" data-testid="cm-report">
      {t('compliance.report')}{' '}
      <a href={reportPath('pdf', agencyId)} download data-testid="cm-report-pdf">
        {t('compliance.reportPdf')}
      </a>
      {' · '}
      <a href={reportPath('xlsx', agencyId)} download data-testid="cm-report-xlsx">
        {t('export.xlsx')}
      </a>
    </p>
  );
}

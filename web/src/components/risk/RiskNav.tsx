// The links between the risk management pages: the register, the heat map, the
// unit's context, the monitoring reports and (the ICT office) the criteria; and the
// heading of a risk management page, its introduction and those links.
import { useI18n } from '../../i18n/useI18n';
import { SubNavHeading, type SubNavLink } from '../SubNav';
import { useRiskAccess } from './useRiskAccess';

type Current = 'register' | 'heatMap' | 'context' | 'reports' | 'criteria';

const LINKS: Array<SubNavLink<Current>> = [
  { key: 'register', href: '/risiko', label: 'risk.nav.register', testId: 'risk-nav-register' },
  { key: 'heatMap', href: '/risiko/peta', label: 'risk.nav.heatMap', testId: 'risk-nav-heat-map' },
  { key: 'context', href: '/risiko/konteks', label: 'risk.nav.context', testId: 'risk-nav-context' },
  { key: 'reports', href: '/risiko/laporan', label: 'risk.nav.reports', testId: 'risk-nav-reports' },
  { key: 'criteria', href: '/risiko/kriteria', label: 'risk.nav.criteria', testId: 'risk-nav-criteria' },
];

export function RiskPageHeading({ current, title, intro, testId }: { current: Current; title: string; intro: string; testId: string }) {
  const { t } = useI18n();
  const access = useRiskAccess();
  const links = LINKS.filter((l) => l.key !== 'criteria' || access.mayManageCriteria);
  return <SubNavHeading caption={t('risk.title')} title={title} intro={intro} testId={testId} nav={{ label: t('risk.nav.label'), testId: 'risk-nav', links, current }} />;
}

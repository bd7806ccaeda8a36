// The links between the ICT asset pages: the register, the spreadsheet import (for
// those who may record assets) and the inventory reports with the warning window; and
// the heading every asset list page shares.
import { useI18n } from '../../i18n/useI18n';
import { SubNavHeading, type SubNavLink } from '../SubNav';
import { useAssetAccess } from './useAssetAccess';

type Current = 'register' | 'import' | 'reports';

const LINKS: Array<SubNavLink<Current>> = [
  { key: 'register', href: '/aset', label: 'asset.nav.register', testId: 'asset-nav-register' },
  { key: 'import', href: '/aset/impor', label: 'asset.nav.import', testId: 'asset-nav-import' },
  { key: 'reports', href: '/aset/laporan', label: 'asset.nav.reports', testId: 'asset-nav-reports' },
];

export function AssetPageHeading({ current, title, intro, testId }: { current: Current; title: string; intro: string; testId: string }) {
  const { t } = useI18n();
  const access = useAssetAccess();
  const links = LINKS.filter((l) => l.key !== 'import' || access.mayCreate);
  return <SubNavHeading caption={t('asset.title')} title={title} intro={intro} testId={testId} nav={{ label: t('asset.nav.label'), testId: 'asset-nav', links, current }} />;
}

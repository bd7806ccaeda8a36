// /aset/laporan (everyone but citizens): the yearly inventory reports of ICT assets for the
// regional asset office (made and marked as sent by the ICT office; everyone reads them and
// downloads the workbook) and the warning window for warranties and licences (changed by
// the ICT office).
import { AssetPageHeading } from '../../components/assets/AssetNav';
import { InventoryReports } from '../../components/assets/InventoryReports';
import { WarningWindow } from '../../components/assets/WarningWindow';
import { useAssetAccess } from '../../components/assets/useAssetAccess';
import { currentYear } from '../../components/risk/labels';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useRegionDetail } from '../../hooks/useRegionDetail';
import { useI18n } from '../../i18n/useI18n';
import type { PageProps } from '../../routes';

export function AssetReportsPage(_props: PageProps) {
  const { t } = useI18n();
  usePageTitle(t('asset.reportsTitle'));
  const access = useAssetAccess();
  const zone = useRegionDetail()?.time_zone;
  return (
    <>
      <AssetPageHeading current="reports" title={t('asset.reportsTitle')} intro={t('asset.reportsIntro')} testId="asset-reports-heading" />
      <InventoryReports mayManage={access.mayManage} zone={zone} year={currentYear(zone)} />
      <WarningWindow mayManage={access.mayManage} />
    </>
  );
}

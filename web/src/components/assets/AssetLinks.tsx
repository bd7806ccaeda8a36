// "Terkait dengan": the hosts the asset runs or serves, the applications it carries or
// licences, and the tickets about it, each a link to its own page. Whoever may change
// the asset finds a record by its name (search) and links it, or removes a link after
// confirming. A disposed asset keeps its links but they no longer change.
import { addAssetLink, removeAssetLink, searchLinkCandidates } from '../../api/assets';
import { LINK_KINDS, type Asset, type AssetLink } from '../../api/assetTypes';
import { linkedRecordPath } from '../../api/recordPages';
import { useI18n } from '../../i18n/useI18n';
import { RecordLinks } from '../RecordLinks';
import { linkKindLabel } from './labels';

interface Props {
  asset: Asset;
  mayWrite: boolean;
  onChanged: () => void; // load the asset again
}

export function AssetLinks({ asset, mayWrite, onChanged }: Props) {
  const { t } = useI18n();
  return (
    <RecordLinks
      prefix="asset"
      area="asset"
      intro={t('asset.linksIntro')}
      formTitle={t('asset.linkAddTitle', { code: asset.code })}
      links={asset.links ?? []}
      nameOf={(l: AssetLink) => l.target_name}
      kinds={LINK_KINDS}
      kindLabel={linkKindLabel}
      targetPath={linkedRecordPath}
      mayWrite={mayWrite}
      search={searchLinkCandidates}
      add={(kind, targetId) => addAssetLink(asset.id, kind, targetId)}
      remove={(l) => removeAssetLink(asset.id, l.id)}
      onRemoved={onChanged}
      onAdded={() => onChanged()}
    />
  );
}

// /aset (everyone but citizens): the register of ICT assets (Aset TIK, Madiun Pasal 35) —
// at the top the warranties and licences that have ended or end soon for the user's
// scope; then every agency's assets (an operator starts at their own), filtered by
// agency, kind, category, stage, words and "ending soon", paged, each with its stage and
// its warranty or licence end marked; the spreadsheet of the list as filtered. Links to
// a new asset and the import for those who may record assets.
import { useRef } from 'preact/hooks';
import { assetsWorkbookPath, listAssets, type AssetFilter } from '../../api/assets';
import { ALL_CATEGORIES, ASSET_CATEGORIES, ASSET_KINDS, ASSET_STAGES, type Asset, type AssetKind } from '../../api/assetTypes';
import { FilterForm } from '../../components/FilterForm';
import { PagedListView } from '../../components/PagedListView';
import { AssetPageHeading } from '../../components/assets/AssetNav';
import { AssetTable } from '../../components/assets/AssetTable';
import { ExpiringPanel } from '../../components/assets/ExpiringPanel';
import { categoryLabel, kindLabel, stageLabel } from '../../components/assets/labels';
import { useAssetAccess } from '../../components/assets/useAssetAccess';
import { useWarningDays } from '../../components/assets/useAssetSettings';
import { CheckboxGroup } from '../../components/form/CheckboxGroup';
import { SelectField } from '../../components/form/SelectField';
import { TextField } from '../../components/form/TextField';
import { useAgencies } from '../../hooks/useAgencies';
import { usePagedList } from '../../hooks/usePagedList';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useListFilter } from '../../hooks/useListFilter';
import { useI18n } from '../../i18n/useI18n';
import type { PageProps } from '../../routes';
import { navigate, route } from '../../state/route';
import { useStore } from '../../state/store';

export const EXPIRING_PARAM = 'segera';

export function AssetsPage(_props: PageProps) {
  const { search } = useStore(route);
  const access = useAssetAccess();
  // A new address (e.g. "show them in the list" from the warnings) starts the list afresh.
  return <RegisterView key={`${search.toString()}|${access.ownAgencyId ?? ''}`} search={search} ownAgencyId={access.ownAgencyId} />;
}

function RegisterView({ search, ownAgencyId }: { search: URLSearchParams; ownAgencyId: number | null }) {
  const i18n = useI18n();
  const { t } = i18n;
  usePageTitle(t('asset.registerTitle'));
  const access = useAssetAccess();
  const { agencies } = useAgencies();
  const warningDays = useWarningDays();
  const expiringOnly = search.get(EXPIRING_PARAM) === '1';
  const empty: AssetFilter = {
    agency_id: search.get('pd') ?? (ownAgencyId === null ? '' : String(ownAgencyId)),
    kind: '',
    category: '',
    stage: '',
    q: '',
    expiring: expiringOnly,
  };
  const { draft, edit, filter, filtered, apply, clear } = useListFilter<AssetFilter>(empty);
  const total = useRef<number | null>(null);
  const list = usePagedList<Asset>(async (cursor, signal) => {
    const answer = await listAssets(filter, warningDays, cursor, { signal });
    if (answer.ok) total.current = answer.data.total;
    return answer;
  }, `${JSON.stringify(filter)}|${filter.expiring ? (warningDays ?? '') : ''}`);
  const categories = draft.kind ? ASSET_CATEGORIES[draft.kind as AssetKind] ?? ALL_CATEGORIES : ALL_CATEGORIES;

  return (
    <>
      <AssetPageHeading current="register" title={t('asset.registerTitle')} intro={t('asset.registerIntro')} testId="asset-heading" />

      {access.mayCreate ? (
        <p class="body button-group">
          <a class="button" href="/aset/baru" data-testid="asset-create">
            {t('asset.create')}
          </a>
          <a class="button button--secondary" href="/aset/impor" data-testid="asset-import-open">
            {t('asset.importOpen')}
          </a>
        </p>
      ) : (
        <p class="body secondary" data-testid="asset-read-only">
          {t('asset.readOnly')}
        </p>
      )}

      <ExpiringPanel
        agencyId={ownAgencyId}
        onShowInList={() => navigate(`/aset?${EXPIRING_PARAM}=1${ownAgencyId === null ? '' : `&pd=${ownAgencyId}`}`)}
      />

      <section class="section" aria-labelledby="asset-list-title">
        <h2 class="heading-l" id="asset-list-title">
          {t('asset.listTitle')}
        </h2>
        <FilterForm label={t('asset.filter')} testId="asset-filter" filtered={filtered} onApply={apply} onClear={clear}>
          <SelectField
            id="asset-filter-agency"
            label={t('asset.agency')}
            value={draft.agency_id}
            onChange={(agency_id) => edit({ agency_id })}
            options={[{ value: '', label: t('asset.allAgencies') }, ...agencies.map((a) => ({ value: String(a.id), label: a.short_name }))]}
          />
          <SelectField
            id="asset-filter-kind"
            label={t('asset.kindLabel')}
            value={draft.kind}
            onChange={(kind) => edit({ kind, category: '' })}
            options={[{ value: '', label: t('asset.allKinds') }, ...ASSET_KINDS.map((k) => ({ value: k, label: kindLabel(k, i18n) }))]}
          />
          <SelectField
            id="asset-filter-category"
            label={t('asset.category')}
            value={draft.category}
            onChange={(category) => edit({ category })}
            options={[{ value: '', label: t('asset.allCategories') }, ...categories.map((c) => ({ value: c, label: categoryLabel(c, i18n) }))]}
          />
          <SelectField
            id="asset-filter-stage"
            label={t('asset.stage')}
            value={draft.stage}
            onChange={(stage) => edit({ stage })}
            options={[{ value: '', label: t('asset.allStages') }, ...ASSET_STAGES.map((s) => ({ value: s, label: stageLabel(s, i18n) }))]}
          />
          <TextField id="asset-filter-q" label={t('asset.filterText')} hint={t('asset.filterTextHint')} value={draft.q} onInput={(q) => edit({ q })} inputProps={{ maxLength: 200 }} />
          <CheckboxGroup
            id="asset-filter-expiring"
            legend={t('asset.filterExpiringLegend')}
            values={draft.expiring ? ['yes'] : []}
            onChange={(values) => edit({ expiring: values.includes('yes') })}
            options={[{ value: 'yes', label: t('asset.filterExpiring', { days: warningDays ?? 90 }) }]}
          />
        </FilterForm>
        <PagedListView list={list}>
          {(items) => (
            <>
              {total.current !== null && (
                <p class="body" data-testid="asset-total">
                  {t('asset.total', { n: total.current })}
                </p>
              )}
              {items.length === 0 ? (
                <p class="body" data-testid="asset-empty">
                  {filtered || filter.expiring || filter.agency_id ? t('asset.noneFiltered') : t('asset.none')}
                </p>
              ) : (
                <AssetTable assets={items} warningDays={warningDays} />
              )}
            </>
          )}
        </PagedListView>
        <p class="body">
          <a class="button button--secondary" href={assetsWorkbookPath(filter, warningDays)} download data-testid="asset-export">
            {t('asset.exportXlsx')}
          </a>
          <span class="cell-note secondary">{t('asset.exportHint')}</span>
        </p>
      </section>
    </>
  );
}

// /perubahan (everyone but citizens): the requests for change of the region
// (Manajemen Perubahan SPBE, Madiun Pasal 38), newest first, filtered by stage,
// agency, what they change, risk level and words; paged. An operator or the ICT
// office raises a new request; the spreadsheet of what is listed is downloaded.
import { CHANGE_CREATE_PATH, listChanges, listExportPath, type ChangeFilter } from '../../api/changes';
import { ALL_CHANGE_STAGES, RISK_LEVELS, TARGET_KINDS, type ChangeSummary } from '../../api/changeTypes';
import { FilterForm } from '../../components/FilterForm';
import { PagedListView } from '../../components/PagedListView';
import { SelectField } from '../../components/form/SelectField';
import { TextField } from '../../components/form/TextField';
import { ChangePageHeading } from '../../components/changes/ChangeNav';
import { ChangeTable } from '../../components/changes/ChangeTable';
import { riskLevelLabel, stageLabel, targetKindLabel } from '../../components/changes/labels';
import { useChangeAccess } from '../../components/changes/useChangeAccess';
import { useAgencies } from '../../hooks/useAgencies';
import { useListFilter } from '../../hooks/useListFilter';
import { usePagedList } from '../../hooks/usePagedList';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useI18n } from '../../i18n/useI18n';
import type { PageProps } from '../../routes';

const EMPTY: ChangeFilter = { stage: '', agency_id: '', target_kind: '', risk_level: '', q: '' };

export function ChangesPage(_props: PageProps) {
  const i18n = useI18n();
  const { t } = i18n;
  usePageTitle(t('change.listTitle'));
  const access = useChangeAccess();
  const { agencies } = useAgencies();
  const { draft, edit, filter, filtered, apply, clear } = useListFilter<ChangeFilter>(EMPTY);
  const list = usePagedList<ChangeSummary>((cursor, signal) => listChanges(filter, cursor, { signal }), JSON.stringify(filter));

  return (
    <>
      <ChangePageHeading current="list" title={t('change.listTitle')} intro={t('change.listIntro')} testId="change-heading" />
      {access.mayCreate ? (
        <p class="body">
          <a class="button" href={CHANGE_CREATE_PATH} data-testid="change-create">
            {t('change.create')}
          </a>
        </p>
      ) : (
        <p class="body secondary" data-testid="change-read-only">
          {t('change.readOnly')}
        </p>
      )}
      <section class="section" aria-labelledby="change-list-title">
        <h2 class="heading-l" id="change-list-title">
          {t('change.listTitle')}
        </h2>
        <FilterForm label={t('change.filter')} testId="change-filter" filtered={filtered} onApply={apply} onClear={clear}>
          <SelectField
            id="change-filter-stage"
            label={t('change.stageLabel')}
            value={draft.stage}
            onChange={(stage) => edit({ stage })}
            options={[{ value: '', label: t('change.allStages') }, ...ALL_CHANGE_STAGES.map((s) => ({ value: s, label: stageLabel(s, i18n) }))]}
          />
          <SelectField
            id="change-filter-agency"
            label={t('change.agency')}
            value={draft.agency_id}
            onChange={(agency_id) => edit({ agency_id })}
            options={[{ value: '', label: t('change.allAgencies') }, ...agencies.map((a) => ({ value: String(a.id), label: a.short_name }))]}
          />
          <SelectField
            id="change-filter-target"
            label={t('change.targetKindLabel')}
            value={draft.target_kind}
            onChange={(target_kind) => edit({ target_kind })}
            options={[{ value: '', label: t('change.allTargets') }, ...TARGET_KINDS.map((k) => ({ value: k, label: targetKindLabel(k, i18n) }))]}
          />
          <SelectField
            id="change-filter-risk"
            label={t('change.riskLevel')}
            value={draft.risk_level}
            onChange={(risk_level) => edit({ risk_level })}
            options={[{ value: '', label: t('change.allRisks') }, ...RISK_LEVELS.map((r) => ({ value: r, label: riskLevelLabel(r, i18n) }))]}
          />
          <TextField id="change-filter-q" label={t('change.filterText')} hint={t('change.filterTextHint')} value={draft.q} onInput={(q) => edit({ q })} inputProps={{ maxLength: 200 }} />
        </FilterForm>
        <PagedListView list={list}>
          {(items) => (
            <>
              {items.length === 0 ? (
                <p class="body" data-testid="change-empty">
                  {filtered ? t('change.noneFiltered') : t('change.none')}
                </p>
              ) : (
                <ChangeTable changes={items} />
              )}
            </>
          )}
        </PagedListView>
        <p class="body">
          <a class="button button--secondary" href={listExportPath(filter)} download data-testid="change-export">
            {t('change.export')}
          </a>
        </p>
      </section>
    </>
  );
}

// /kompetensi (everyone but citizens): the ICT competencies of the region's staff
// (Manajemen SDM SPBE, Madiun Pasal 36, Probolinggo Pasal 33): the region at a glance,
// a row per agency with its gaps (basic ICT competence, Pranata Komputer and ICT
// operation staff where required, certificates expired or expiring), with filters and
// the workbook; the requirements with the article each comes from; the catalogue of
// competencies. The ICT office keeps the catalogue and its own requirements; everyone
// else reads (the server decides in the end, 403).
import { useState } from 'preact/hooks';
import { GAPS_EXPORT_PATH, getCatalogue, getRegionGaps, getRequirements } from '../../api/competencies';
import type { AgencyGapRow } from '../../api/competencyTypes';
import { FilterForm } from '../../components/FilterForm';
import { LoadView } from '../../components/LoadView';
import { CatalogueSection } from '../../components/competencies/CatalogueSection';
import { GapsTable } from '../../components/competencies/GapsTable';
import { RegionTotals } from '../../components/competencies/RegionTotals';
import { RequirementList } from '../../components/competencies/RequirementList';
import { useCompetencyAccess } from '../../components/competencies/useCompetencyAccess';
import { SelectField } from '../../components/form/SelectField';
import { TextField } from '../../components/form/TextField';
import { useListFilter } from '../../hooks/useListFilter';
import { useLoad } from '../../hooks/useLoad';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useI18n } from '../../i18n/useI18n';
import type { PageProps } from '../../routes';

interface GapFilter {
  q: string;
  show: string; // '' | gaps | certificates | services
}

const NO_FILTER: GapFilter = { q: '', show: '' };

function matches(row: AgencyGapRow, filter: GapFilter): boolean {
  if (filter.q && !row.agency_name.toLowerCase().includes(filter.q.toLowerCase())) return false;
  if (filter.show === 'gaps') return row.without_basic_ict > 0 || row.unmet_requirements > 0;
  if (filter.show === 'unmet') return row.unmet_requirements > 0;
  if (filter.show === 'certificates') return row.certificates_expired + row.certificates_expiring > 0;
  return true;
}

export function CompetenciesPage(_props: PageProps) {
  const { t } = useI18n();
  usePageTitle(t('competency.title'));
  const access = useCompetencyAccess();
  const [changes, setChanges] = useState(0);
  const gaps = useLoad((signal) => getRegionGaps({ signal }), String(changes));
  const requirements = useLoad((signal) => getRequirements({ signal }), String(changes));
  const catalogue = useLoad((signal) => getCatalogue({ signal }), String(changes));
  const { draft, edit, filter, filtered, apply, clear } = useListFilter<GapFilter>(NO_FILTER);
  const changed = () => setChanges((n) => n + 1);
  const ownAgency = access.ownAgencyId;

  return (
    <>
      <h1 class="heading-xl">
        <span class="caption">{t('competency.caption')}</span>
        <span data-testid="cp-heading">{t('competency.title')}</span>
      </h1>
      <p class="lead">{t('competency.intro')}</p>
      {ownAgency !== null && (
        <p class="body">
          <a class="link" href={`/kompetensi/pd/${ownAgency}`} data-testid="cp-own-agency">
            {t('competency.openOwnAgency')}
          </a>
        </p>
      )}
      {!access.manage && (
        <p class="body secondary" data-testid="cp-read-only">
          {access.role === 'agency_operator' ? t('competency.readOnlyOperator') : t('competency.readOnly')}
        </p>
      )}

      <section class="section" aria-labelledby="cp-gaps-title">
        <h2 class="heading-l" id="cp-gaps-title">
          {t('competency.gapsTitle')}
        </h2>
        <LoadView loaded={gaps}>
          {(data) => {
            const rows = data.agencies.filter((a) => matches(a, filter));
            return (
              <>
                <RegionTotals gaps={data} />
                <FilterForm label={t('competency.filter')} testId="cp-filter" filtered={filtered} onApply={apply} onClear={clear}>
                  <TextField id="cp-filter-q" label={t('competency.filterAgency')} value={draft.q} onInput={(q) => edit({ q })} inputProps={{ maxLength: 200 }} />
                  <SelectField
                    id="cp-filter-show"
                    label={t('competency.filterShow')}
                    value={draft.show}
                    onChange={(show) => edit({ show })}
                    options={[
                      { value: '', label: t('competency.filterAll') },
                      { value: 'gaps', label: t('competency.filterGaps') },
                      { value: 'unmet', label: t('competency.filterUnmet') },
                      { value: 'certificates', label: t('competency.filterCertificates') },
                    ]}
                  />
                </FilterForm>
                {rows.length === 0 ? (
                  <p class="body" data-testid="cp-gaps-empty">
                    {filtered ? t('competency.gapsNoneFiltered') : t('competency.gapsNone')}
                  </p>
                ) : (
                  <GapsTable rows={rows} />
                )}
              </>
            );
          }}
        </LoadView>
        <p class="body export-links" data-testid="cp-export">
          {t('export.label')}{' '}
          <a href={GAPS_EXPORT_PATH} download data-testid="cp-export-xlsx">
            {t('export.xlsx')}
          </a>
        </p>
      </section>

      <LoadView loaded={requirements}>
        {(data) => (
          <RequirementList requirements={data.items} catalogue={catalogue.state.phase === 'ready' ? catalogue.state.data.items : []} manage={access.manage} onChanged={changed} />
        )}
      </LoadView>
      <LoadView loaded={catalogue}>{(data) => <CatalogueSection catalogue={data.items} manage={access.manage} onChanged={changed} />}</LoadView>
    </>
  );
}

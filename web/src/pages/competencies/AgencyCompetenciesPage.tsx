// /kompetensi/pd/{agency_id} (everyone but citizens): one agency's ICT competencies:
// what it still lacks (employees without basic ICT competence, Pranata Komputer and
// ICT operation staff where required, each with the article of the region's
// regulation; certificates expired or expiring), its employees with their
// competencies, certificates and trainings, and its training plan of the year. An
// operator of this agency (or the ICT office) records here; everyone else reads (the
// server decides in the end, 403).
import { useState } from 'preact/hooks';
import { getAgencyGaps, getCatalogue } from '../../api/competencies';
import { LoadView } from '../../components/LoadView';
import { AgencyGapsSection } from '../../components/competencies/AgencyGapsSection';
import { StaffList } from '../../components/competencies/StaffList';
import { StaffRecordPanel } from '../../components/competencies/StaffRecordPanel';
import { TrainingPlanSection } from '../../components/competencies/TrainingPlanSection';
import { useCompetencyAccess } from '../../components/competencies/useCompetencyAccess';
import { useLoad } from '../../hooks/useLoad';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useI18n } from '../../i18n/useI18n';
import type { PageProps } from '../../routes';

export function AgencyCompetenciesPage({ params }: PageProps) {
  const { t } = useI18n();
  const agencyId = Number(params[0]);
  const access = useCompetencyAccess();
  const [changes, setChanges] = useState(0);
  const [person, setPerson] = useState<number | null>(null);
  const gaps = useLoad((signal) => getAgencyGaps(agencyId, { signal }), `${agencyId}|${changes}`);
  const catalogue = useLoad((signal) => getCatalogue({ signal }), '');
  const agencyName = gaps.state.phase === 'ready' ? gaps.state.data.agency_name : null;
  usePageTitle(agencyName ? `${t('competency.title')}: ${agencyName}` : t('competency.title'));
  const mayEdit = access.mayEdit(agencyId);
  const items = catalogue.state.phase === 'ready' ? catalogue.state.data.items : [];
  const changed = () => setChanges((n) => n + 1);

  return (
    <>
      <p class="back">
        <a class="link" href="/kompetensi" data-testid="cp-back">
          {t('competency.back')}
        </a>
      </p>
      <h1 class="heading-xl">
        <span class="caption">{t('competency.title')}</span>
        <span data-testid="cp-agency-name">{agencyName ?? '…'}</span>
      </h1>
      <LoadView loaded={gaps}>
        {(data) => (
          <>
            {mayEdit ? (
              <p class="body" data-testid="cp-may-edit">
                {t('competency.mayEdit')}
              </p>
            ) : (
              <p class="body secondary" data-testid="cp-agency-read-only">
                {access.role === 'agency_operator' || access.role === 'superadmin'
                  ? t('competency.readOnlyAgency', { agency: data.agency_name })
                  : t('competency.readOnly')}
              </p>
            )}
            <AgencyGapsSection gaps={data} onPerson={setPerson} />
            <StaffList agencyId={agencyId} changes={changes} selected={person} onSelect={setPerson} />
            {person !== null && (
              <StaffRecordPanel personId={person} catalogue={items} mayEdit={mayEdit} changes={changes} onChanged={changed} onClose={() => setPerson(null)} />
            )}
            <TrainingPlanSection agencyId={agencyId} mayEdit={mayEdit} catalogue={items} changes={changes} onChanged={changed} />
          </>
        )}
      </LoadView>
    </>
  );
}

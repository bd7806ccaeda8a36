// /elemen/infrastruktur/diagram-lan (everyone but citizens): per agency the state
// of its LAN diagram (current, to be renewed, never submitted; Madiun Pasal 20 ayat
// (1)), the form to submit a new one (the superadmin for any agency, an operator
// for their own) and the submissions, newest first, each with its file.
import { useState } from 'preact/hooks';
import { getLanDiagramStatus, listLanDiagrams } from '../../api/infrastructure';
import type { LanDiagram } from '../../api/infrastructureTypes';
import { LoadView } from '../../components/LoadView';
import { OpenFormButton } from '../../components/OpenFormButton';
import { PagedListView } from '../../components/PagedListView';
import { SavedNotice } from '../../components/SavedNotice';
import { SelectField } from '../../components/form/SelectField';
import { InfraHeading, ReadOnlyNote } from '../../components/infrastructure/InfraSections';
import { LanDiagramForm } from '../../components/infrastructure/LanDiagramForm';
import { LanStatusCounts, LanStatusTable, NeverSubmitted } from '../../components/infrastructure/LanStatusTable';
import { useInfraAccess } from '../../components/infrastructure/useInfraAccess';
import { formatDay } from '../../format/dateTime';
import { useAgencies } from '../../hooks/useAgencies';
import { useLoad } from '../../hooks/useLoad';
import { usePagedList } from '../../hooks/usePagedList';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useI18n } from '../../i18n/useI18n';
import type { PageProps } from '../../routes';

export function InfrastructureLanDiagramsPage(_props: PageProps) {
  const { t, lang } = useI18n();
  usePageTitle(t('infra.lanDiagrams'));
  const access = useInfraAccess();
  const { agencies } = useAgencies();
  const [creating, setCreating] = useState(false);
  const [saved, setSaved] = useState<LanDiagram | null>(null);
  const [agencyId, setAgencyId] = useState('');
  const [changes, setChanges] = useState(0);
  const status = useLoad((signal) => getLanDiagramStatus({ signal }), String(changes));
  const list = usePagedList((cursor, signal) => listLanDiagrams(agencyId, cursor, { signal }), `${agencyId}.${changes}`);
  const mayCreate = access.superadmin || access.operator;

  return (
    <>
      <InfraHeading title="infra.lanDiagrams" intro="infra.lanIntro" testId="infra-lan-heading" />
      {saved && <SavedNotice testId="infra-lan-saved" text={t('infra.lanSaved', { agency: saved.agency_short_name, date: formatDay(saved.submitted_on, lang) })} />}
      {mayCreate ? (
        creating ? (
          <LanDiagramForm
            agencies={agencies}
            ownAgencyId={access.superadmin ? null : access.ownAgencyId}
            onSaved={(diagram) => {
              setCreating(false);
              setSaved(diagram);
              setChanges((n) => n + 1);
            }}
            onClose={() => setCreating(false)}
          />
        ) : (
          <OpenFormButton
            label={t('infra.lanCreate')}
            testId="infra-lan-create"
            onClick={() => {
              setSaved(null);
              setCreating(true);
            }}
          />
        )
      ) : (
        <ReadOnlyNote text={t('infra.readOnly')} />
      )}

      <section class="section" aria-labelledby="infra-lan-status-title">
        <h2 class="heading-l" id="infra-lan-status-title">
          {t('infra.lanStatusTitle')}
        </h2>
        <LoadView loaded={status}>
          {(s) => (
            <>
              <p class="body">{s.citation ? t('infra.lanStatusIntroCited', { citation: s.citation }) : t('infra.lanStatusIntro')}</p>
              <LanStatusCounts status={s} />
              <LanStatusTable status={s} only={['stale', 'current']} />
              <NeverSubmitted status={s} />
            </>
          )}
        </LoadView>
      </section>

      <section class="section" aria-labelledby="infra-lan-list-title">
        <h2 class="heading-l" id="infra-lan-list-title">
          {t('infra.lanListTitle')}
        </h2>
        <div class="filter">
          <SelectField
            id="infra-lan-filter-agency"
            label={t('infra.agency')}
            value={agencyId}
            onChange={setAgencyId}
            options={[{ value: '', label: t('infra.allAgencies') }, ...agencies.map((a) => ({ value: String(a.id), label: a.short_name }))]}
          />
        </div>
        <PagedListView list={list}>
          {(diagrams) =>
            diagrams.length === 0 ? (
              <p class="body" data-testid="infra-lan-empty">
                {t('infra.lanNone')}
              </p>
            ) : (
              <table class="table table--stacked table--compact" data-testid="infra-lan-table">
                <caption class="visually-hidden">{t('infra.lanListTitle')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('infra.lanDate')}</th>
                    <th scope="col">{t('infra.agency')}</th>
                    <th scope="col">{t('infra.lanFile')}</th>
                    <th scope="col">{t('infra.lanNote')}</th>
                    <th scope="col">{t('infra.submittedBy')}</th>
                  </tr>
                </thead>
                <tbody>
                  {diagrams.map((d) => (
                    <tr key={d.id} data-testid="infra-lan-row" data-diagram-id={d.id}>
                      <th scope="row" data-label={t('infra.lanDate')} data-testid="infra-lan-row-date">
                        {formatDay(d.submitted_on, lang)}
                      </th>
                      <td data-label={t('infra.agency')} data-testid="infra-lan-row-agency">
                        <abbr title={d.agency_name}>{d.agency_short_name}</abbr>
                      </td>
                      <td data-label={t('infra.lanFile')}>
                        <a class="link" href={`/api/v1/files/${d.file_sha256}`} download data-testid="infra-lan-row-file">
                          {t('infra.download')}
                        </a>
                      </td>
                      <td data-label={t('infra.lanNote')} class="infra-text">
                        {d.note || '—'}
                      </td>
                      <td data-label={t('infra.submittedBy')}>{d.submitted_by}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )
          }
        </PagedListView>
      </section>
    </>
  );
}

// /tata-kelola/proses-bisnis/{id} (everyone but citizens): one business process
// (Proses Bisnis) of an agency: its facts (code, agency, kind, status, the
// architecture version it is based on), description, purpose and outputs, its
// steps with who carries each out, the related services and applications, the
// workflow (submitted by the agency; coordinated or returned with a reason by
// the organisation bureau, Kendari Pasal 9 ayat (3)), its links to other
// processes and its history. The agency (or the superadmin) changes and links
// it; the server decides in the end (403, 409, 412).
import { useState } from 'preact/hooks';
import { businessProcessPath, getBusinessProcess } from '../../api/businessProcesses';
import type { BusinessProcess } from '../../api/businessProcessTypes';
import { RecordPage, type RecordViewProps } from '../../components/RecordPage';
import { Notice } from '../../components/Notice';
import { OpenFormButton } from '../../components/OpenFormButton';
import { RecordHistory } from '../../components/RecordHistory';
import { SavedNotice } from '../../components/SavedNotice';
import { SummaryList, type SummaryRow } from '../../components/SummaryList';
import { LinksSection } from '../../components/businessProcess/LinksSection';
import { ProcessEditForm } from '../../components/businessProcess/ProcessEditForm';
import { useProcessAccess } from '../../components/businessProcess/useProcessAccess';
import { WorkflowPanel } from '../../components/businessProcess/WorkflowPanel';
import { architectureStatusLabel } from '../../format/architecture';
import { processKindHint, processKindLabel, processStatusColour, processStatusLabel } from '../../format/businessProcess';
import { formatDateTime } from '../../format/dateTime';
import { useRegionDetail } from '../../hooks/useRegionDetail';
import type { MessageKey } from '../../i18n/messages';
import { useI18n } from '../../i18n/useI18n';
import type { PageProps } from '../../routes';

export function BusinessProcessPage({ params }: PageProps) {
  const { t } = useI18n();
  return (
    <RecordPage
      id={Number(params[0])}
      load={getBusinessProcess}
      titleOf={(p) => `${p.code} ${p.name}`}
      loadingTitle={t('governance.businessProcess')}
      back={{ href: '/tata-kelola/proses-bisnis', label: t('businessProcess.back'), testId: 'back-to-processes' }}
      view={ProcessView}
    />
  );
}

function ProcessView({ record: process, etag, onChanged, reload }: RecordViewProps<BusinessProcess>) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const zone = useRegionDetail()?.time_zone;
  const access = useProcessAccess();
  const [editing, setEditing] = useState(false);
  const [done, setDone] = useState<MessageKey | null>(null);
  const [linkChanges, setLinkChanges] = useState(0);
  const owner = access.mayEdit(process.agency_id);
  const mayEditNow = owner && process.status !== 'submitted';

  const changed = (message: MessageKey) => (next: BusinessProcess, nextEtag?: string) => {
    onChanged(next, nextEtag ?? `"${next.version}"`);
    setEditing(false);
    setDone(message);
  };
  const openEdit = () => {
    setDone(null);
    setEditing(true);
  };
  const when = (iso: string | null) => (iso ? formatDateTime(iso, lang, zone) : '—');
  const text = (value: string, testId: string) =>
    value ? (
      <span class="bp-text" data-testid={testId}>
        {value}
      </span>
    ) : (
      <span class="secondary" data-testid={testId}>
        {t('businessProcess.notFilled')}
      </span>
    );
  const names = (items: string[], testId: string) =>
    items.length ? (
      <ul class="list" data-testid={testId}>
        {items.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
    ) : (
      <span class="secondary" data-testid={testId}>
        {t('businessProcess.notFilled')}
      </span>
    );

  const rows: SummaryRow[] = [
    { key: 'code', label: t('businessProcess.code'), value: <span data-testid="bp-code">{process.code}</span> },
    {
      key: 'agency',
      label: t('businessProcess.agency'),
      value: (
        <span data-testid="bp-agency">
          {process.agency_name} ({process.agency_short_name})
        </span>
      ),
    },
    {
      key: 'kind',
      label: t('businessProcess.kind'),
      value: (
        <span data-testid="bp-kind">
          {processKindLabel(process.kind, i18n)}
          <span class="cell-note secondary">{processKindHint(process.kind, i18n)}</span>
        </span>
      ),
    },
    {
      key: 'architecture',
      label: t('businessProcess.architecture'),
      value: process.architecture ? (
        <span data-testid="bp-architecture">
          <a class="link" href={`/tata-kelola/arsitektur/${process.architecture.id}`}>
            {process.architecture.title}
          </a>{' '}
          ({process.architecture.start_year}–{process.architecture.end_year}, {architectureStatusLabel(process.architecture.status, i18n)})
        </span>
      ) : (
        <span class="secondary" data-testid="bp-architecture">
          {t('businessProcess.architectureNone')}
        </span>
      ),
    },
    { key: 'description', label: t('businessProcess.description'), value: text(process.description, 'bp-description') },
    { key: 'purpose', label: t('businessProcess.purpose'), value: text(process.purpose, 'bp-purpose') },
    { key: 'outputs', label: t('businessProcess.outputs'), value: text(process.outputs, 'bp-outputs') },
    { key: 'services', label: t('businessProcess.relatedServices'), value: names(process.related_services, 'bp-services') },
    { key: 'applications', label: t('businessProcess.relatedApplications'), value: names(process.related_applications, 'bp-applications') },
    ...(process.submitted_at
      ? [{ key: 'submitted', label: t('businessProcess.submittedAt'), value: t('businessProcess.byAt', { user: process.submitted_by ?? '—', at: when(process.submitted_at) }) }]
      : []),
    ...(process.coordinated_at
      ? [
          {
            key: 'coordinated',
            label: t('businessProcess.coordinatedAt'),
            value: (
              <span data-testid="bp-coordinated">
                {t('businessProcess.byAt', { user: process.coordinated_by ?? '—', at: when(process.coordinated_at) })}
                {process.coordination_note && <span class="cell-note">{process.coordination_note}</span>}
              </span>
            ),
          },
        ]
      : []),
    { key: 'updated', label: t('businessProcess.updatedAt'), value: t('businessProcess.versionAt', { version: process.version, at: when(process.updated_at) }) },
  ];

  return (
    <>
      <h1 class="heading-xl">
        <span class="caption">
          {t('governance.businessProcess')} · {process.code}
        </span>
        <span data-testid="bp-name">{process.name}</span>
      </h1>
      <p class="body">
        <strong class={`tag tag--${processStatusColour(process.status)}`} data-testid="bp-status">
          {processStatusLabel(process.status, i18n)}
        </strong>
      </p>
      {done && <SavedNotice testId="bp-done" text={t(done)} />}
      {process.status === 'draft' && process.return_reason && (
        <Notice kind="info" title={t('businessProcess.returnedTitle')} testId="bp-returned">
          <p class="body" data-testid="bp-return-reason">
            {process.return_reason}
          </p>
          <p class="body secondary">{t('businessProcess.byAt', { user: process.returned_by ?? '—', at: when(process.returned_at) })}</p>
        </Notice>
      )}

      <SummaryList testId="bp-summary" rows={rows} />

      {access.known && !owner && (
        <p class="body secondary" data-testid="bp-read-only">
          {t('businessProcess.readOnlyProcess', { agency: process.agency_short_name })}
        </p>
      )}
      {mayEditNow && !editing && <OpenFormButton label={t('businessProcess.edit')} testId="bp-edit-open" onClick={openEdit} />}
      {mayEditNow && editing && <ProcessEditForm process={process} etag={etag} onSaved={changed('businessProcess.saved')} onClose={() => setEditing(false)} />}
      {!editing && (
        <WorkflowPanel
          key={etag}
          process={process}
          etag={etag}
          access={access}
          onDone={(next, nextEtag, message) => changed(message)(next, nextEtag)}
          onStale={reload}
          onComplete={mayEditNow ? openEdit : null}
        />
      )}

      <section class="section" aria-labelledby="bp-steps-title" data-testid="bp-steps">
        <h2 class="heading-l" id="bp-steps-title">
          {t('businessProcess.steps')}
          <span class="heading-count"> ({process.steps.length})</span>
        </h2>
        {process.steps.length === 0 ? (
          <p class="body secondary" data-testid="bp-steps-empty">
            {t('businessProcess.stepsNone')}
          </p>
        ) : (
          <table class="table table--stacked table--compact" data-testid="bp-steps-table">
            <caption class="visually-hidden">{t('businessProcess.steps')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('businessProcess.stepNo')}</th>
                <th scope="col">{t('businessProcess.stepName')}</th>
                <th scope="col">{t('businessProcess.stepResponsible')}</th>
              </tr>
            </thead>
            <tbody>
              {process.steps.map((s) => (
                <tr key={s.number} data-testid="bp-step">
                  <td data-label={t('businessProcess.stepNo')}>{s.number}</td>
                  <th scope="row" data-label={t('businessProcess.stepName')} data-testid="bp-step-name">
                    {s.name}
                  </th>
                  <td data-label={t('businessProcess.stepResponsible')} data-testid="bp-step-responsible">
                    {s.responsible}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <LinksSection
        process={process}
        access={access}
        zone={zone}
        onChanged={() => {
          setLinkChanges((n) => n + 1);
          reload();
        }}
      />

      <p class="body secondary">
        {t('businessProcess.exportOnList')}{' '}
        <a class="link" href="/tata-kelola/proses-bisnis#bp-export">
          {t('businessProcess.exportOnListLink')}
        </a>
      </p>
      {/* A link changes no version, but shows in the history: load it again after one. */}
      <RecordHistory recordPath={businessProcessPath(process.id)} version={process.version * 1000 + linkChanges} zone={zone} />
    </>
  );
}

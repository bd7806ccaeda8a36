// /elemen/aplikasi/{id} (everyone but citizens): one application of the region:
// its facts (code, name, category in the region's words, owner, users, licence,
// repository, address, copyright owner: always the regional government), its
// lifecycle as steps, the documents the regulation requires before production, its
// tests, the "ready for production?" checklist with each gap's article, the moves
// the current stage allows, the GCIO's approval where the regulation has it, what
// it uses and what uses it (links kept by its owner), its history and exports. The owner agency (or the superadmin) changes it; the server
// decides in the end (403, 409, 412).
import { useState } from 'preact/hooks';
import { applicationPath, getApplication } from '../../api/applications';
import type { Application } from '../../api/applicationTypes';
import { ExportLinks } from '../../components/ExportLinks';
import { OpenFormButton } from '../../components/OpenFormButton';
import { RecordHistory } from '../../components/RecordHistory';
import { RecordPage, type RecordViewProps } from '../../components/RecordPage';
import { SavedNotice } from '../../components/SavedNotice';
import { SummaryList, type SummaryRow } from '../../components/SummaryList';
import { ElementLinksSection } from '../../components/services/ElementLinksSection';
import { ApplicationEditForm } from '../../components/applications/ApplicationEditForm';
import { DocumentsSection } from '../../components/applications/DocumentsSection';
import { GcioPanel } from '../../components/applications/GcioPanel';
import { LifecyclePanel } from '../../components/applications/LifecyclePanel';
import { LifecycleSteps } from '../../components/applications/LifecycleSteps';
import { ReadinessPanel } from '../../components/applications/ReadinessPanel';
import { TestsSection } from '../../components/applications/TestsSection';
import { inLanguage, licenceLabel, stageColour, stageLabel } from '../../components/applications/applicationWords';
import { useApplicationAccess } from '../../components/applications/useApplicationAccess';
import { useDevelopmentRule } from '../../components/applications/useDevelopmentRule';
import { formatDateTime } from '../../format/dateTime';
import { useAgencies } from '../../hooks/useAgencies';
import { useRegionDetail } from '../../hooks/useRegionDetail';
import type { MessageKey } from '../../i18n/messages';
import { useI18n } from '../../i18n/useI18n';
import type { PageProps } from '../../routes';

export function ApplicationPage({ params }: PageProps) {
  const { t } = useI18n();
  return (
    <RecordPage
      id={Number(params[0])}
      load={getApplication}
      titleOf={(a) => `${a.code} ${a.name}`}
      loadingTitle={t('elements.applications')}
      back={{ href: '/elemen/aplikasi', label: t('applications.back'), testId: 'back-to-applications' }}
      view={ApplicationView}
    />
  );
}

function ApplicationView({ record: app, etag, onChanged, reload }: RecordViewProps<Application>) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const zone = useRegionDetail()?.time_zone;
  const access = useApplicationAccess();
  const { agencies } = useAgencies();
  const [editing, setEditing] = useState(false);
  const [done, setDone] = useState<MessageKey | null>(null);
  const owner = access.mayEdit(app.owner_agency_id);
  const developmentRule = useDevelopmentRule(owner ? access.ownAgencyId : null);
  const retired = app.lifecycle === 'retired';
  const active = app.lifecycle !== 'in_production' && !retired;

  const changed = (message: MessageKey) => (next: Application, nextEtag?: string) => {
    onChanged(next, nextEtag ?? `"${next.version}"`);
    setEditing(false);
    setDone(message);
  };
  const text = (value: string | null | undefined, testId: string) =>
    value ? (
      <span class="app-text" data-testid={testId}>
        {value}
      </span>
    ) : (
      <span class="secondary" data-testid={testId}>
        {t('applications.notFilled')}
      </span>
    );
  const userAgencies = app.user_agency_ids.map((id) => {
    const a = agencies.find((x) => x.id === id);
    return a ? `${a.name} (${a.short_name})` : `#${id}`;
  });

  const rows: SummaryRow[] = [
    { key: 'code', label: t('applications.code'), value: <span data-testid="app-code">{app.code}</span> },
    { key: 'category', label: t('applications.category'), value: <span data-testid="app-category">{inLanguage(app.category_label, i18n)}</span> },
    {
      key: 'owner',
      label: t('applications.owner'),
      value: (
        <span data-testid="app-owner">
          {app.agency_name} ({app.agency_short_name})
        </span>
      ),
    },
    { key: 'description', label: t('applications.description'), value: text(app.description, 'app-description') },
    {
      key: 'users',
      label: t('applications.userAgencies'),
      value: userAgencies.length ? (
        <ul class="list" data-testid="app-user-agencies">
          {userAgencies.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      ) : (
        text('', 'app-user-agencies')
      ),
    },
    { key: 'groups', label: t('applications.userGroups'), value: text(app.user_groups, 'app-user-groups') },
    {
      key: 'licence',
      label: t('applications.licence'),
      value: (
        <span data-testid="app-licence">
          {licenceLabel(app.licence_kind, i18n)}
          {app.licence_name ? ` — ${app.licence_name}` : ''}
        </span>
      ),
    },
    { key: 'repository', label: t('applications.repository'), value: text(app.repository_location, 'app-repository') },
    { key: 'runsAt', label: t('applications.runsAt'), value: text(app.runs_at, 'app-runs-at') },
    {
      key: 'copyright',
      label: t('applications.copyrightOwner'),
      value: (
        <span data-testid="app-copyright">
          {app.copyright_owner}
          <span class="cell-note secondary">{t('applications.copyrightNote')}</span>
        </span>
      ),
    },
    ...(app.lifecycle_changed_at
      ? [
          {
            key: 'moved',
            label: t('applications.lifecycleChanged'),
            value: (
              <span data-testid="app-lifecycle-changed">
                {t('applications.byAt', { user: app.lifecycle_changed_by ?? '—', at: formatDateTime(app.lifecycle_changed_at, lang, zone) })}
                {app.lifecycle_reason && <span class="cell-note">{app.lifecycle_reason}</span>}
              </span>
            ),
          },
        ]
      : []),
    {
      key: 'updated',
      label: t('applications.updatedAt'),
      value: t('applications.versionAt', { version: app.version, at: formatDateTime(app.updated_at, lang, zone) }),
    },
  ];

  return (
    <>
      <h1 class="heading-xl">
        <span class="caption">
          {t('elements.applications')} · {app.code}
        </span>
        <span data-testid="app-name">{app.name}</span>
      </h1>
      <p class="body">
        <strong class={`tag tag--${stageColour(app.lifecycle)}`} data-testid="app-lifecycle-stage">
          {stageLabel(app.lifecycle, i18n)}
        </strong>
        {app.development_round > 1 && (
          <span class="secondary" data-testid="app-round">
            {' '}
            {t('applications.round', { n: app.development_round })}
          </span>
        )}
      </p>
      <LifecycleSteps application={app} />
      {done && <SavedNotice testId="app-done" text={t(done)} />}

      <SummaryList testId="app-summary" rows={rows} />
      <p class="body">
        <a class="link" href={`/elemen/dampak?kind=application&id=${app.id}`} data-testid="app-impact">
          {t('applications.impactLink')}
        </a>
      </p>

      {!owner && (
        <p class="body secondary" data-testid="app-read-only">
          {t('applications.readOnlyApplication', { agency: app.agency_short_name })}
        </p>
      )}
      {owner && !retired && !editing && (
        <OpenFormButton
          label={t('applications.edit')}
          testId="app-edit-open"
          onClick={() => {
            setDone(null);
            setEditing(true);
          }}
        />
      )}
      {owner && !retired && editing && (
        <ApplicationEditForm application={app} etag={etag} agencies={agencies} onSaved={changed('applications.saved')} onClose={() => setEditing(false)} />
      )}

      {active && <ReadinessPanel application={app} />}
      {owner && !editing && <LifecyclePanel key={etag} application={app} etag={etag} developmentRule={developmentRule} onMoved={changed('applications.moved')} onStale={reload} />}
      <GcioPanel application={app} mayDecide={access.mayDecideGcio} zone={zone} onDecided={reload} />

      <ElementLinksSection kind="application" id={app.id} title={app.code} ownerAgencyId={app.owner_agency_id} mayLink={owner} zone={zone} testIdPrefix="app-el" />

      <DocumentsSection application={app} mayChange={owner} zone={zone} onAttached={reload} />
      <TestsSection application={app} mayChange={owner} zone={zone} onRecorded={reload} />

      <section class="section" aria-labelledby="app-export-title">
        <h2 class="heading-m" id="app-export-title">
          {t('applications.exportTitle')}
        </h2>
        <ExportLinks basePath={applicationPath(app.id)} testId="app-export" />
      </section>
      <RecordHistory recordPath={applicationPath(app.id)} version={app.version} zone={zone} />
    </>
  );
}

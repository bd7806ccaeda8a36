// /elemen/layanan/{id} (everyone but citizens): one SPBE service: its facts
// (code, owning agency, kind, sector, channels, status, the other agencies
// involved), the integration coordination with the ICT office, what it uses and
// what uses it (links added and removed by its owner), the way to its impact
// diagram, its exports and history. The owner (the agency's operator or the
// superadmin) changes it with If-Match; the server decides in the end.
import { useState } from 'preact/hooks';
import { getService, impactPagePath, servicePath } from '../../api/services';
import type { Service } from '../../api/serviceTypes';
import { ExportLinks } from '../../components/ExportLinks';
import { OpenFormButton } from '../../components/OpenFormButton';
import { RecordHistory } from '../../components/RecordHistory';
import { RecordPage, type RecordViewProps } from '../../components/RecordPage';
import { SavedNotice } from '../../components/SavedNotice';
import { SummaryList, type SummaryRow } from '../../components/SummaryList';
import { ElementLinksSection } from '../../components/services/ElementLinksSection';
import { IntegrationPanel } from '../../components/services/IntegrationPanel';
import { ServiceEditForm } from '../../components/services/ServiceEditForm';
import { channelLabel, integrationColour, integrationLabel, serviceKindHint, serviceKindLabel, serviceStatusColour, serviceStatusLabel } from '../../components/services/labels';
import { useServiceAccess } from '../../components/services/useServiceAccess';
import { formatDateTime } from '../../format/dateTime';
import { useAgencies } from '../../hooks/useAgencies';
import { useRegionDetail } from '../../hooks/useRegionDetail';
import type { MessageKey } from '../../i18n/messages';
import { useI18n } from '../../i18n/useI18n';
import type { PageProps } from '../../routes';

export function ServicePage({ params }: PageProps) {
  const { t } = useI18n();
  return (
    <RecordPage
      id={Number(params[0])}
      load={getService}
      titleOf={(s) => `${s.code} ${s.name}`}
      loadingTitle={t('elements.services')}
      back={{ href: '/elemen/layanan', label: t('svc.back'), testId: 'back-to-services' }}
      view={ServiceView}
    />
  );
}

function ServiceView({ record: service, etag, onChanged, reload }: RecordViewProps<Service>) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const zone = useRegionDetail()?.time_zone;
  const access = useServiceAccess();
  const { agencies } = useAgencies();
  const [editing, setEditing] = useState(false);
  const [done, setDone] = useState<MessageKey | null>(null);
  const [linkChanges, setLinkChanges] = useState(0);
  const owner = access.mayEdit(service.owner_agency_id);

  const changed = (message: MessageKey) => (next: Service, nextEtag?: string) => {
    onChanged(next, nextEtag ?? `"${next.version}"`);
    setEditing(false);
    setDone(message);
  };
  const text = (value: string | null, testId: string) =>
    value ? (
      <span class="bp-text" data-testid={testId}>
        {value}
      </span>
    ) : (
      <span class="secondary" data-testid={testId}>
        {t('svc.notFilled')}
      </span>
    );
  const participating = service.participating_agencies ?? [];

  const rows: SummaryRow[] = [
    { key: 'code', label: t('svc.code'), value: <span data-testid="svc-code">{service.code}</span> },
    {
      key: 'agency',
      label: t('svc.agency'),
      value: (
        <span data-testid="svc-agency">
          {service.agency_name} ({service.agency_short_name})
        </span>
      ),
    },
    {
      key: 'kind',
      label: t('svc.kind'),
      value: (
        <span data-testid="svc-kind">
          {serviceKindLabel(service.kind, i18n)}
          <span class="cell-note secondary">{serviceKindHint(service.kind, i18n)}</span>
        </span>
      ),
    },
    { key: 'sector', label: t('svc.sector'), value: text(service.sector, 'svc-sector') },
    {
      key: 'channels',
      label: t('svc.channels'),
      value: text(service.channels.map((c) => channelLabel(c, i18n)).join(', '), 'svc-channels'),
    },
    { key: 'description', label: t('svc.description'), value: text(service.description, 'svc-description') },
    {
      key: 'participating',
      label: t('svc.participating'),
      value: participating.length ? (
        <ul class="list" data-testid="svc-participating">
          {participating.map((a) => (
            <li key={a.id}>
              {a.name} ({a.short_name})
            </li>
          ))}
        </ul>
      ) : (
        <span class="secondary" data-testid="svc-participating">
          {t('svc.participatingNone')}
        </span>
      ),
    },
    {
      key: 'integration',
      label: t('svc.integration'),
      value: (
        <strong class={`tag tag--${integrationColour(service.integration_status)}`} data-testid="svc-integration-tag">
          {integrationLabel(service.integration_status, i18n)}
        </strong>
      ),
    },
    { key: 'updated', label: t('svc.updatedAt'), value: t('svc.versionAt', { version: service.version, at: formatDateTime(service.updated_at, lang, zone) }) },
  ];

  return (
    <>
      <h1 class="heading-xl">
        <span class="caption">
          {t('elements.services')} · {service.code}
        </span>
        <span data-testid="svc-name">{service.name}</span>
      </h1>
      <p class="body">
        <strong class={`tag tag--${serviceStatusColour(service.status)}`} data-testid="svc-status">
          {serviceStatusLabel(service.status, i18n)}
        </strong>
      </p>
      {done && <SavedNotice testId="svc-done" text={t(done)} />}
      <SummaryList testId="svc-summary" rows={rows} />
      {service.application_citation && (
        <p class="body" data-testid="svc-application-citation">
          {t('svc.applicationCitation', { citation: service.application_citation })}
        </p>
      )}

      {!owner && (
        <p class="body secondary" data-testid="svc-read-only">
          {t('svc.readOnlyService', { agency: service.agency_short_name })}
        </p>
      )}
      {owner && !editing && (
        <OpenFormButton
          label={t('svc.edit')}
          testId="svc-edit-open"
          onClick={() => {
            setDone(null);
            setEditing(true);
          }}
        />
      )}
      {owner && editing && <ServiceEditForm service={service} etag={etag} agencies={agencies} onSaved={changed('svc.saved')} onClose={() => setEditing(false)} />}

      {!editing && <IntegrationPanel key={etag} service={service} etag={etag} access={access} zone={zone} onDone={changed('svc.coordinated')} onStale={reload} />}

      <ElementLinksSection
        kind="service"
        id={service.id}
        title={service.code}
        ownerAgencyId={service.owner_agency_id}
        mayLink={owner}
        zone={zone}
        testIdPrefix="svc"
        showImpactLink
        onChanged={() => setLinkChanges((n) => n + 1)}
      />
      <p class="body">
        <a class="link" href={impactPagePath('service', service.id) + '&view=dependencies'} data-testid="svc-open-dependencies">
          {t('svc.showDependencies')}
        </a>
      </p>

      <ExportLinks basePath={servicePath(service.id)} testId="svc-record-export" />
      {/* A link changes no version, but shows in the history: load it again after one. */}
      <RecordHistory recordPath={servicePath(service.id)} version={service.version * 1000 + linkChanges} zone={zone} />
    </>
  );
}

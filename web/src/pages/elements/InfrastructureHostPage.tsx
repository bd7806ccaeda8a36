// /elemen/infrastruktur/server/{id} (everyone but citizens): one host: its agency,
// kind, facility (the data center for a VPS, Madiun Pasal 14 ayat (5)), uptime
// commitment, operating system, purpose, addresses and status; the change form
// (If-Match) for those who may; what it uses and what runs on it (links kept by
// its owner agency); the history; and "what breaks if it goes down".
import { useState } from 'preact/hooks';
import { getHost, hostPath, INFRA_PAGE } from '../../api/infrastructure';
import type { Host } from '../../api/infrastructureTypes';
import { OpenFormButton } from '../../components/OpenFormButton';
import { RecordHistory } from '../../components/RecordHistory';
import { RecordPage, type RecordViewProps } from '../../components/RecordPage';
import { SavedNotice } from '../../components/SavedNotice';
import { SummaryList, type SummaryRow } from '../../components/SummaryList';
import { ElementLinksSection, useMayLink } from '../../components/services/ElementLinksSection';
import { HostEditForm } from '../../components/infrastructure/HostEditForm';
import { ReadOnlyNote } from '../../components/infrastructure/InfraSections';
import { useInfraAccess } from '../../components/infrastructure/useInfraAccess';
import { formatDateTime } from '../../format/dateTime';
import { facilityKindLabel, hostKindLabel, hostStatusColour, hostStatusLabel } from '../../format/infrastructure';
import { useRegionDetail } from '../../hooks/useRegionDetail';
import { useI18n } from '../../i18n/useI18n';
import type { PageProps } from '../../routes';

export function InfrastructureHostPage({ params }: PageProps) {
  const { t } = useI18n();
  return (
    <RecordPage
      id={Number(params[0])}
      load={getHost}
      titleOf={(h) => h.name}
      loadingTitle={t('infra.hosts')}
      back={{ href: `${INFRA_PAGE}/server`, label: t('infra.hostsBack'), testId: 'back-to-hosts' }}
      view={HostView}
    />
  );
}

function HostView({ record: host, etag, onChanged }: RecordViewProps<Host>) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const zone = useRegionDetail()?.time_zone;
  const access = useInfraAccess();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const mayEdit = access.mayManageHosts(host.owner_agency_id);
  // Links follow the owner agency alone, not the PD Mandiri TIK rule.
  const mayLink = useMayLink(host.owner_agency_id);
  const none = (testId: string) => (
    <span class="secondary" data-testid={testId}>
      {t('infra.notFilled')}
    </span>
  );

  const rows: SummaryRow[] = [
    {
      key: 'agency',
      label: t('infra.agency'),
      value: (
        <span data-testid="infra-host-agency">
          {host.agency_name} ({host.agency_short_name})
        </span>
      ),
    },
    { key: 'kind', label: t('infra.hostKind'), value: <span data-testid="infra-host-kind">{hostKindLabel(host.kind, i18n)}</span> },
    {
      key: 'facility',
      label: t('infra.hostFacility'),
      value: host.facility ? (
        <span data-testid="infra-host-facility">
          {host.facility.name} ({facilityKindLabel(host.facility.kind, i18n)})
        </span>
      ) : (
        none('infra-host-facility')
      ),
    },
    {
      key: 'uptime',
      label: t('infra.hostUptime'),
      value: host.uptime_commitment === null ? none('infra-host-uptime') : <span data-testid="infra-host-uptime">{t('infra.uptimeValue', { n: host.uptime_commitment.toLocaleString(lang) })}</span>,
    },
    { key: 'os', label: t('infra.hostOs'), value: host.operating_system ? <span data-testid="infra-host-os">{host.operating_system}</span> : none('infra-host-os') },
    { key: 'purpose', label: t('infra.hostPurpose'), value: host.purpose ? <span class="infra-text" data-testid="infra-host-purpose">{host.purpose}</span> : none('infra-host-purpose') },
    {
      key: 'addresses',
      label: t('infra.hostAddresses'),
      value: host.addresses.length ? (
        <ul class="list infra-name" data-testid="infra-host-addresses">
          {host.addresses.map((a) => (
            <li key={a}>{a}</li>
          ))}
        </ul>
      ) : (
        none('infra-host-addresses')
      ),
    },
    { key: 'updated', label: t('infra.updatedAt'), value: t('infra.versionAt', { version: host.version, at: formatDateTime(host.updated_at, lang, zone) }) },
  ];

  return (
    <>
      <h1 class="heading-xl">
        <span class="caption">{t('infra.hosts')}</span>
        <span class="infra-name" data-testid="infra-host-name">
          {host.name}
        </span>
      </h1>
      <p class="body">
        <strong class={`tag tag--${hostStatusColour(host.status)}`} data-testid="infra-host-status">
          {hostStatusLabel(host.status, i18n)}
        </strong>
      </p>
      {saved && <SavedNotice testId="infra-host-saved" text={t('infra.saved')} />}
      <SummaryList testId="infra-host-summary" rows={rows} />
      <p class="body">
        <a class="link" href={`/elemen/dampak?kind=host&id=${host.id}`} data-testid="infra-host-impact">
          {t('infra.hostImpact')}
        </a>
      </p>
      {access.known && !mayEdit && <ReadOnlyNote text={t('infra.hostReadOnly', { agency: host.agency_short_name })} />}
      {mayEdit && !editing && (
        <OpenFormButton
          label={t('infra.hostEdit')}
          testId="infra-host-edit-open"
          onClick={() => {
            setSaved(false);
            setEditing(true);
          }}
        />
      )}
      {mayEdit && editing && (
        <HostEditForm
          host={host}
          etag={etag}
          onSaved={(next, nextEtag) => {
            onChanged(next, nextEtag ?? `"${next.version}"`);
            setEditing(false);
            setSaved(true);
          }}
          onClose={() => setEditing(false)}
        />
      )}
      <ElementLinksSection kind="host" id={host.id} title={host.name} ownerAgencyId={host.owner_agency_id} mayLink={mayLink} zone={zone} testIdPrefix="host-el" />
      <p class="body secondary">
        {t('infra.exportOnList')}{' '}
        <a class="link" href={`${INFRA_PAGE}/server#infra-host-export`}>
          {t('infra.exportOnListLink')}
        </a>
      </p>
      <RecordHistory recordPath={hostPath(host.id)} version={host.version} zone={zone} />
    </>
  );
}

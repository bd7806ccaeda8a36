// The infrastructure registry in plain words: kinds of facilities, hosts,
// networks, domains and backups, host statuses and backup results, and the LAN
// diagram state of an agency, each with its tag colour where it is shown as one.
import type { MessageKey } from '../i18n/messages';
import type { I18n } from '../i18n/useI18n';
import type { TagColour } from './masterPlan';
import { humanize } from './organisation';

const LABELS: Record<string, MessageKey> = {
  'facility.data_center': 'infra.facilityKind.data_center',
  'facility.recovery_center': 'infra.facilityKind.recovery_center',
  'host.physical_server': 'infra.hostKind.physical_server',
  'host.virtual_machine': 'infra.hostKind.virtual_machine',
  'host.vps': 'infra.hostKind.vps',
  'status.active': 'infra.hostStatus.active',
  'status.retired': 'infra.hostStatus.retired',
  'network.wan': 'infra.networkKind.wan',
  'network.lan': 'infra.networkKind.lan',
  'domain.region_domain': 'infra.domainKind.region_domain',
  'domain.agency_subdomain': 'infra.domainKind.agency_subdomain',
  'domain.website': 'infra.domainKind.website',
  'domain.email': 'infra.domainKind.email',
  'backup.full': 'infra.backupKind.full',
  'backup.incremental': 'infra.backupKind.incremental',
  'result.ok': 'infra.backupResult.ok',
  'result.failed': 'infra.backupResult.failed',
};

function label(group: string, value: string, { t }: I18n): string {
  const key = LABELS[`${group}.${value}`];
  return key ? t(key) : humanize(value);
}

export const facilityKindLabel = (kind: string, i18n: I18n) => label('facility', kind, i18n);
export const hostKindLabel = (kind: string, i18n: I18n) => label('host', kind, i18n);
export const hostStatusLabel = (status: string, i18n: I18n) => label('status', status, i18n);
export const networkKindLabel = (kind: string, i18n: I18n) => label('network', kind, i18n);
export const domainKindLabel = (kind: string, i18n: I18n) => label('domain', kind, i18n);
export const backupKindLabel = (kind: string, i18n: I18n) => label('backup', kind, i18n);
export const backupResultLabel = (result: string, i18n: I18n) => label('result', result, i18n);

export const hostStatusColour = (status: string): TagColour => (status === 'active' ? 'green' : 'grey');
export const backupResultColour = (result: string | null): TagColour => (result === 'ok' ? 'green' : result === 'failed' ? 'red' : 'grey');

export type LanState = 'current' | 'stale' | 'never';

export function lanState(entry: { stale: boolean; never_submitted?: boolean; submissions: number }): LanState {
  if (entry.never_submitted || entry.submissions === 0) return 'never';
  return entry.stale ? 'stale' : 'current';
}

const LAN_STATE: Record<LanState, [MessageKey, TagColour]> = {
  current: ['infra.lanState.current', 'green'],
  stale: ['infra.lanState.stale', 'red'],
  never: ['infra.lanState.never', 'yellow'],
};

export const lanStateLabel = (state: LanState, { t }: I18n) => t(LAN_STATE[state][0]);
export const lanStateColour = (state: LanState): TagColour => LAN_STATE[state][1];

// The organisation's codes in plain words. Where the region's regulation has a
// word of its own (region.terms: tier1, ict_office, committee …) that word is
// used, in the user's language; the other codes (agency kinds, member roles,
// architecture domains …) come from the UI's dictionaries. Codes the UI does not
// know yet are shown readably (underscores become spaces) rather than hidden.
import type { Terms } from '../api/organisationTypes';
import type { MessageKey } from '../i18n/messages';
import type { Lang } from '../i18n/translate';
import type { I18n } from '../i18n/useI18n';

// "lan_diagram" → "lan diagram".
export function humanize(code: string): string {
  return code.replace(/_/g, ' ');
}

// The regulation's word for a term key, in this language; null when the region has none.
export function termOrNull(terms: Terms | undefined, key: string, lang: Lang): string | null {
  const word = terms?.[key];
  if (!word) return null;
  return word[lang] || word.id || null;
}

export function term(terms: Terms | undefined, key: string, lang: Lang): string {
  return termOrNull(terms, key, lang) ?? humanize(key);
}

function lookup(keys: Map<string, MessageKey>, code: string, { t }: I18n): string {
  const key = keys.get(code);
  return key ? t(key) : humanize(code);
}

const AGENCY_KIND_KEYS = new Map<string, MessageKey>([
  ['sekretariat', 'agencyKind.sekretariat'],
  ['dinas', 'agencyKind.dinas'],
  ['badan', 'agencyKind.badan'],
  ['bagian', 'agencyKind.bagian'],
  ['inspektorat', 'agencyKind.inspektorat'],
  ['kecamatan', 'agencyKind.kecamatan'],
  ['kelurahan', 'agencyKind.kelurahan'],
  ['satuan', 'agencyKind.satuan'],
  ['rumah_sakit', 'agencyKind.rumah_sakit'],
  ['kantor', 'agencyKind.kantor'],
  ['lainnya', 'agencyKind.lainnya'],
]);

export const agencyKindLabel = (kind: string, i18n: I18n): string => lookup(AGENCY_KIND_KEYS, kind, i18n);

const MEMBER_ROLE_KEYS = new Map<string, MessageKey>([
  ['chair', 'memberRole.chair'],
  ['vice_chair', 'memberRole.vice_chair'],
  ['secretary', 'memberRole.secretary'],
  ['coordinator', 'memberRole.coordinator'],
  ['deputy_coordinator', 'memberRole.deputy_coordinator'],
  ['member', 'memberRole.member'],
  ['advisor', 'memberRole.advisor'],
]);

export const memberRoleLabel = (role: string, i18n: I18n): string => lookup(MEMBER_ROLE_KEYS, role, i18n);

// A member chosen by rule rather than by position, e.g. "every other agency head".
export function selectorLabel(selector: string, terms: Terms, i18n: I18n): string {
  const agency = term(terms, 'agency', i18n.lang);
  switch (selector) {
    case 'other_agency_heads':
      return i18n.t('selector.other_agency_heads', { agency });
    case 'every_agency_head':
      return i18n.t('selector.every_agency_head', { agency });
    case 'appointed_staff':
      return i18n.t('selector.appointed_staff');
    default:
      return humanize(selector);
  }
}

const BODY_KIND_KEYS = new Map<string, MessageKey>([
  ['steering_committee', 'bodyKind.steering_committee'],
  ['coordinating_team', 'bodyKind.coordinating_team'],
  ['working_group', 'bodyKind.working_group'],
  ['evaluator_team', 'bodyKind.evaluator_team'],
  ['csirt', 'bodyKind.csirt'],
  ['other', 'bodyKind.other'],
]);

// A body's kind: the regulation's own word for its committee.
export function bodyKindLabel(kind: string, terms: Terms, i18n: I18n): string {
  if (kind === 'committee') return term(terms, 'committee', i18n.lang);
  return lookup(BODY_KIND_KEYS, kind, i18n);
}

const DOMAIN_KEYS = new Map<string, MessageKey>([
  ['reference', 'domain.reference'],
  ['business_process', 'domain.business_process'],
  ['data_information', 'domain.data_information'],
  ['infrastructure', 'domain.infrastructure'],
  ['application', 'domain.application'],
  ['security', 'domain.security'],
  ['service', 'domain.service'],
]);

export const domainLabel = (domain: string, i18n: I18n): string => lookup(DOMAIN_KEYS, domain, i18n);

const SPBE_ROLE_KEYS = new Map<string, MessageKey>([
  ['ict_staff', 'spbeRole.ict_staff'],
  ['pranata_komputer', 'spbeRole.pranata_komputer'],
  ['csirt', 'spbeRole.csirt'],
]);

// A person's SPBE duty: the regulation's word (tier1, tier2, data_steward) when it has one.
export function spbeRoleLabel(role: string, terms: Terms, i18n: I18n): string {
  return termOrNull(terms, role, i18n.lang) ?? lookup(SPBE_ROLE_KEYS, role, i18n);
}

const GRANT_KEYS = new Map<string, MessageKey>([
  ['develop_applications', 'grant.develop_applications'],
  ['manage_lan', 'grant.manage_lan'],
  ['manage_servers', 'grant.manage_servers'],
]);

// What a PD Mandiri TIK may do itself (the profile's `grants`).
export function grantLabel(grant: string, terms: Terms, i18n: I18n): string {
  if (grant === 'run_service_desk') return i18n.t('grant.run_service_desk', { desk: term(terms, 'service_desk', i18n.lang) });
  return lookup(GRANT_KEYS, grant, i18n);
}

const STATUS_KEYS = new Map<string, MessageKey>([
  ['assessed', 'assessmentStatus.assessed'],
  ['proposed', 'assessmentStatus.proposed'],
  ['granted', 'assessmentStatus.granted'],
  ['refused', 'assessmentStatus.refused'],
  ['withdrawn', 'assessmentStatus.withdrawn'],
]);

// `selfSufficient` is the regulation's word for the status (e.g. "PD Mandiri TIK").
export function assessmentStatusLabel(status: string, selfSufficient: string, { t }: I18n): string {
  const key = STATUS_KEYS.get(status);
  return key ? t(key, { term: selfSufficient }) : humanize(status);
}

export function assessmentStatusColour(status: string): 'green' | 'red' | 'yellow' | 'grey' | 'blue' {
  if (status === 'granted') return 'green';
  if (status === 'refused') return 'red';
  if (status === 'proposed') return 'yellow';
  if (status === 'assessed') return 'blue';
  return 'grey';
}

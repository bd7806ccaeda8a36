// An obligation's rule in plain words (docs/profiles.md, "Rule kinds"), e.g.
// {kind: periodic_submission, evidence: lan_diagram, period: P1Y} → "Menyerahkan
// lan diagram setiap 1 tahun". Identifiers that are terms of the regulation
// (tier1, gcio, region_head …) read as the regulation's words.
import type { ObligationRule, Terms } from '../api/organisationTypes';
import type { MessageKey } from '../i18n/messages';
import type { I18n } from '../i18n/useI18n';
import { humanize, term, termOrNull } from './organisation';

export const RULE_KINDS = [
  'periodic_submission',
  'periodic_event',
  'required_record',
  'required_role',
  'required_documents',
  'approval_gate',
  'placement',
  'naming',
  'deadline',
  'required_link',
  'prohibition',
] as const;

const RULE_KIND_KEYS = new Map<string, MessageKey>([
  ['periodic_submission', 'ruleKind.periodic_submission'],
  ['periodic_event', 'ruleKind.periodic_event'],
  ['required_record', 'ruleKind.required_record'],
  ['required_role', 'ruleKind.required_role'],
  ['required_documents', 'ruleKind.required_documents'],
  ['approval_gate', 'ruleKind.approval_gate'],
  ['placement', 'ruleKind.placement'],
  ['naming', 'ruleKind.naming'],
  ['deadline', 'ruleKind.deadline'],
  ['required_link', 'ruleKind.required_link'],
  ['prohibition', 'ruleKind.prohibition'],
]);

export function ruleKindLabel(kind: string, { t }: I18n): string {
  const key = RULE_KIND_KEYS.get(kind);
  return key ? t(key) : humanize(kind);
}

// Who an obligation binds; the regulation's word where it has one.
const BINDS_TERMS = new Set(['region_head', 'ict_office', 'planning_office', 'organization_bureau', 'committee', 'gcio']);

const BINDS_KEYS = new Map<string, MessageKey>([
  ['region', 'binds.region'],
  ['every_agency', 'binds.every_agency'],
  ['each_application', 'binds.each_application'],
  ['each_dataset', 'binds.each_dataset'],
  ['each_host', 'binds.each_host'],
  ['each_network', 'binds.each_network'],
  ['each_service', 'binds.each_service'],
  ['each_website', 'binds.each_website'],
  ['each_employee', 'binds.each_employee'],
]);

export function bindsLabel(binds: string, terms: Terms, i18n: I18n): string {
  if (BINDS_TERMS.has(binds)) return term(terms, binds, i18n.lang);
  const key = BINDS_KEYS.get(binds);
  if (!key) return humanize(binds);
  return i18n.t(key, { agency: term(terms, 'agency', i18n.lang) });
}

const WHEN_KEYS = new Map<string, MessageKey>([
  ['application_common', 'when.application_common'],
  ['application_shared_special', 'when.application_shared_special'],
  ['application_agency_special', 'when.application_agency_special'],
  ['public_service', 'when.public_service'],
  ['runs_own_services', 'when.runs_own_services'],
]);

export function whenLabel(when: string, terms: Terms, i18n: I18n): string {
  const selfSufficient = term(terms, 'ict_self_sufficient', i18n.lang);
  if (when === 'ict_self_sufficient') return i18n.t('when.ict_self_sufficient', { term: selfSufficient });
  if (when === 'not_ict_self_sufficient') return i18n.t('when.not_ict_self_sufficient', { term: selfSufficient });
  const key = WHEN_KEYS.get(when);
  return key ? i18n.t(key) : humanize(when);
}

// An ISO 8601 period (P1Y, P6M, P1Y6M, P2W, P30D) in words: "1 tahun 6 bulan".
export function formatPeriod(period: string, { t, tPlural }: I18n): string {
  const match = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/.exec(period);
  if (!match || period === 'P') return period;
  const parts: string[] = [];
  const [, years, months, weeks, days] = match;
  if (years) parts.push(tPlural('period.years', Number(years)));
  if (months) parts.push(tPlural('period.months', Number(months)));
  if (weeks) parts.push(tPlural('period.weeks', Number(weeks)));
  if (days) parts.push(tPlural('period.days', Number(days)));
  return parts.join(t('period.joiner'));
}

const asText = (v: unknown): string | null => (typeof v === 'string' && v ? v : null);
const asList = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

// The rule as one plain sentence (starting with a capital letter); unknown
// kinds list their fields as they are.
export function describeRule(rule: ObligationRule, terms: Terms, i18n: I18n): string {
  const text = sentence(rule, terms, i18n);
  return text.charAt(0).toLocaleUpperCase(i18n.lang) + text.slice(1);
}

function sentence(rule: ObligationRule, terms: Terms, i18n: I18n): string {
  const { t } = i18n;
  const word = (v: unknown): string => {
    const text = asText(v);
    if (!text) return '—';
    return termOrNull(terms, text, i18n.lang) ?? humanize(text);
  };
  const words = (v: unknown): string => asList(v).map(word).join(', ');
  const period = (v: unknown): string => {
    const text = asText(v);
    return text ? formatPeriod(text, i18n) : '—';
  };
  switch (rule.kind) {
    case 'periodic_submission':
      return t('rule.periodic_submission', { evidence: word(rule.evidence), period: period(rule.period) });
    case 'periodic_event': {
      let text = t('rule.periodic_event', { event: word(rule.event), period: period(rule.period) });
      if (asText(rule.scope)) text += t('rule.scope', { scope: word(rule.scope) });
      if (asText(rule.lead)) text += t('rule.lead', { lead: period(rule.lead) });
      return `${text}.`;
    }
    case 'required_record': {
      const fields = asList(rule.fields);
      return fields.length
        ? t('rule.required_record.fields', { record: word(rule.record), fields: words(rule.fields) })
        : t('rule.required_record', { record: word(rule.record) });
    }
    case 'required_role':
      return t('rule.required_role', { min: typeof rule.min === 'number' ? rule.min : 1, role: word(rule.role) });
    case 'required_documents':
      return t('rule.required_documents', { before: word(rule.before), documents: words(rule.documents) });
    case 'approval_gate':
      return t('rule.approval_gate', { action: word(rule.action), approver: word(rule.approver) });
    case 'placement':
      return t('rule.placement', { what: word(rule.what), where: word(rule.where) });
    case 'naming': {
      const pattern = (asText(rule.pattern) ?? '—').replace('{agency}', t('rule.agencyPlaceholder'));
      return t('rule.naming', { what: word(rule.what), pattern });
    }
    case 'deadline':
      return t('rule.deadline', { trigger: word(rule.trigger), action: word(rule.action), within: period(rule.within) });
    case 'required_link':
      return t('rule.required_link', { from: word(rule.from), to: word(rule.to) });
    case 'prohibition':
      return t('rule.prohibition', { what: word(rule.what) });
    default:
      return Object.entries(rule)
        .filter(([k]) => k !== 'kind')
        .map(([k, v]) => `${humanize(k)}: ${Array.isArray(v) ? words(v) : word(v)}`)
        .join('; ');
  }
}

// Sorting by article: "Pasal 6 ayat (3) huruf b" → [6, 3, 2, 0]. The chapter
// number (Pasal N) is also the group an obligation is listed under.
export function articleOrder(article: string): number[] {
  const pasal = /Pasal\s+(\d+)/i.exec(article);
  const ayat = /ayat\s*\((\d+)\)/i.exec(article);
  const huruf = /huruf\s+([a-z])/i.exec(article);
  const angka = /angka\s+(\d+)/i.exec(article);
  return [
    pasal ? Number(pasal[1]) : Number.MAX_SAFE_INTEGER,
    ayat ? Number(ayat[1]) : 0,
    huruf ? huruf[1].toLowerCase().charCodeAt(0) - 96 : 0,
    angka ? Number(angka[1]) : 0,
  ];
}

export function compareArticles(a: string, b: string): number {
  const x = articleOrder(a);
  const y = articleOrder(b);
  for (let i = 0; i < x.length; i += 1) if (x[i] !== y[i]) return x[i] - y[i];
  return 0;
}

// "Pasal 6 ayat (3)" → "Pasal 6".
export function chapterOf(article: string): string {
  const pasal = /Pasal\s+\d+/i.exec(article);
  return pasal ? pasal[0] : article;
}

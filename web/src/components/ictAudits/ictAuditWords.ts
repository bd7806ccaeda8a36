// The words of the ICT audit pages: kinds of object, due states, audit states,
// auditor kinds, aspects, severities and their colours; an article of the regulation
// as one line ("Perwali Madiun 39/2021 Pasal 41 ayat (1): paling sedikit …").
import type { AuditObligation, Wording } from '../../api/ictAuditTypes';
import type { MessageKey } from '../../i18n/messages';
import type { I18n } from '../../i18n/useI18n';

const label = (prefix: string, keys: Record<string, MessageKey>) => (code: string, { t }: I18n) => {
  const key = keys[code];
  return key ? t(key) : code.replace(/_/g, ' ') || prefix;
};

export const objectKindLabel = label('kind', {
  infrastructure: 'ictAudit.kind.infrastructure',
  application: 'ictAudit.kind.application',
  infrastructure_security: 'ictAudit.kind.infrastructure_security',
  application_security: 'ictAudit.kind.application_security',
});

export const dueStatusLabel = label('status', {
  overdue: 'ictAudit.status.overdue',
  due_soon: 'ictAudit.status.due_soon',
  due: 'ictAudit.status.due',
  not_required: 'ictAudit.status.not_required',
});

export const DUE_STATUS_COLOUR: Record<string, string> = { overdue: 'red', due_soon: 'yellow', due: 'green', not_required: 'grey' };

export const auditStateLabel = label('state', {
  planned: 'ictAudit.state.planned',
  pre_evaluated: 'ictAudit.state.pre_evaluated',
  in_progress: 'ictAudit.state.in_progress',
  completed: 'ictAudit.state.completed',
  reported: 'ictAudit.state.reported',
});

export const AUDIT_STATE_COLOUR: Record<string, string> = { planned: 'grey', pre_evaluated: 'blue', in_progress: 'yellow', completed: 'blue', reported: 'green' };

export const auditorKindLabel = label('auditor', {
  government: 'ictAudit.auditorKind.government',
  accredited: 'ictAudit.auditorKind.accredited',
  certified: 'ictAudit.auditorKind.certified',
});

export const aspectLabel = label('aspect', {
  governance_and_management: 'ictAudit.aspect.governance_and_management',
  functionality: 'ictAudit.aspect.functionality',
  performance: 'ictAudit.aspect.performance',
  other: 'ictAudit.aspect.other',
});

export const severityLabel = label('severity', {
  low: 'ictAudit.severity.low',
  medium: 'ictAudit.severity.medium',
  high: 'ictAudit.severity.high',
  critical: 'ictAudit.severity.critical',
});

export const SEVERITY_COLOUR: Record<string, string> = { low: 'grey', medium: 'yellow', high: 'red', critical: 'red' };

export const applicationCategoryLabel = label('category', {
  common: 'ictAudit.category.common',
  shared_special: 'ictAudit.category.shared_special',
  agency_special: 'ictAudit.category.agency_special',
});

// The article and the regulation's own words, on one line.
export function obligationLine(o: AuditObligation): string {
  return o.text ? `${o.citation}: ${o.text}` : o.citation;
}

export function inLanguage(w: Wording | null | undefined, { lang }: I18n): string {
  if (!w) return '';
  return lang === 'en' ? w.en : w.id;
}

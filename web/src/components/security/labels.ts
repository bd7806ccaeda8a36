// Information security codes in plain words, with tag colours: incident stages
// and severities, policy kinds and states, the programme's stages and scope, and
// the two notices of an incident said as a civil servant would ("Laporan ke
// Diskominfo terlambat 3 jam", "belum dikirim, lewat batas 26 jam").
import type { IncidentNotice, NoticeKind } from '../../api/securityTypes';
import type { MessageKey } from '../../i18n/messages';
import type { I18n } from '../../i18n/useI18n';

type TagColour = 'green' | 'red' | 'yellow' | 'grey' | 'blue';

const known = <T extends string>(prefix: string, list: readonly T[], code: string): MessageKey | null =>
  (list as readonly string[]).includes(code) ? (`${prefix}.${code}` as MessageKey) : null;

const say = (key: MessageKey | null, code: string, { t }: I18n) => (key ? t(key) : code);

const STAGES = ['reported', 'triage', 'containment', 'eradication', 'recovery', 'lessons_learned', 'closed'] as const;
export const stageLabel = (stage: string, i18n: I18n) => say(known('security.stage', STAGES, stage), stage, i18n);
export const stageColour = (stage: string): TagColour => (stage === 'closed' ? 'green' : stage === 'reported' ? 'yellow' : 'blue');

const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export const severityLabel = (severity: string, i18n: I18n) => say(known('security.severity', SEVERITIES, severity), severity, i18n);
const SEVERITY_COLOUR: Record<string, TagColour> = { low: 'grey', medium: 'yellow', high: 'red', critical: 'red' };
export const severityColour = (severity: string): TagColour => SEVERITY_COLOUR[severity] ?? 'grey';

const ACTIONS = ['triage', 'contain', 'eradicate', 'recover', 'learn', 'close'] as const;
export const actionLabel = (action: string, i18n: I18n) => say(known('security.action', ACTIONS, action), action, i18n);
export const actionHint = (action: string, i18n: I18n) => say(known('security.actionHint', ACTIONS, action), '', i18n);

// What happened, in the timeline: a step, or a change, a notice, a link.
const EVENTS = ['report', 'triage', 'contain', 'eradicate', 'recover', 'learn', 'close', 'update', 'notice_ict_office', 'notice_data_owner', 'link', 'unlink'] as const;
export const eventLabel = (action: string, i18n: I18n) => say(known('security.event', EVENTS, action), action.replace(/_/g, ' '), i18n);

const POLICY_KINDS = ['ict_use', 'byod', 'lan_security', 'wan_security', 'other'] as const;
export const policyKindLabel = (kind: string, i18n: I18n) => say(known('security.policyKind', POLICY_KINDS, kind), kind, i18n);
export const policyKindHint = (kind: string, i18n: I18n) => say(known('security.policyKindHint', POLICY_KINDS, kind), '', i18n);

const POLICY_STATUSES = ['draft', 'published'] as const;
export const policyStatusLabel = (status: string, i18n: I18n) => say(known('security.policyStatus', POLICY_STATUSES, status), status, i18n);
export const policyStatusColour = (status: string): TagColour => (status === 'published' ? 'green' : 'grey');

const COVERAGE_STATES = ['current', 'outdated', 'missing'] as const;
export const coverageStateLabel = (state: string, i18n: I18n) => say(known('security.coverageState', COVERAGE_STATES, state), state, i18n);
const COVERAGE_COLOUR: Record<string, TagColour> = { current: 'green', outdated: 'yellow', missing: 'red' };
export const coverageStateColour = (state: string): TagColour => COVERAGE_COLOUR[state] ?? 'grey';

const PROGRAMME_STAGES = ['scope', 'person_in_charge', 'planning', 'operation_support', 'performance_evaluation', 'continual_improvement'] as const;
export const programmeStageLabel = (stage: string, i18n: I18n) => say(known('security.programmeStage', PROGRAMME_STAGES, stage), stage, i18n);

const SCOPE = ['data_information', 'applications', 'infrastructure', 'existing_policy'] as const;
export const scopeLabel = (item: string, i18n: I18n) => say(known('security.scope', SCOPE, item), item, i18n);

const LINK_KINDS = ['host', 'application', 'dataset', 'risk'] as const;
export const linkKindLabel = (kind: string, i18n: I18n) => say(known('security.linkKind', LINK_KINDS, kind), kind, i18n);

// A span of time in hours and days, e.g. "3 jam", "2 hari 5 jam", "40 menit".
export function spanWords(ms: number, { t }: I18n): string {
  const minutes = Math.max(1, Math.round(Math.abs(ms) / 60000));
  if (minutes < 60) return t('security.time.minutes', { m: minutes });
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return t('security.time.hours', { h: hours });
  const days = Math.floor(hours / 24);
  const rest = hours % 24;
  return rest === 0 ? t('security.time.days', { d: days }) : t('security.time.daysHours', { d: days, h: rest });
}

const NOTICE_NAME: Record<NoticeKind, MessageKey> = { ict_office: 'security.notice.ict_office', data_owner: 'security.notice.data_owner' };
export const noticeName = (kind: NoticeKind, { t }: I18n) => t(NOTICE_NAME[kind]);

export interface NoticeWords {
  text: string;
  colour: TagColour;
  state: string;
}

// One notice in one sentence, from its state and times; `now` for the time past the due.
export function noticeWords(kind: NoticeKind, notice: IncidentNotice, i18n: I18n, now = Date.now()): NoticeWords {
  const { t } = i18n;
  const name = noticeName(kind, i18n);
  const due = notice.due_at ? Date.parse(notice.due_at) : NaN;
  const sent = notice.sent_at ? Date.parse(notice.sent_at) : NaN;
  switch (notice.state) {
    case 'on_time':
      return { text: t('security.noticeState.on_time', { name }), colour: 'green', state: 'on_time' };
    case 'late':
      return {
        text: Number.isNaN(due) || Number.isNaN(sent) ? t('security.noticeState.lateNoTime', { name }) : t('security.noticeState.late', { name, time: spanWords(sent - due, i18n) }),
        colour: 'yellow',
        state: 'late',
      };
    case 'overdue':
      return {
        text: Number.isNaN(due) ? t('security.noticeState.overdueNoTime', { name }) : t('security.noticeState.overdue', { name, time: spanWords(now - due, i18n) }),
        colour: 'red',
        state: 'overdue',
      };
    case 'pending':
      return {
        text: Number.isNaN(due) ? t('security.noticeState.pendingNoTime', { name }) : t('security.noticeState.pending', { name, time: spanWords(due - now, i18n) }),
        colour: 'blue',
        state: 'pending',
      };
    case 'not_required':
      return { text: t('security.noticeState.not_required', { name }), colour: 'grey', state: 'not_required' };
    default:
      return { text: `${name}: ${notice.state}`, colour: 'grey', state: notice.state };
  }
}

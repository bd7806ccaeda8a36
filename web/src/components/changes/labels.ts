// Plain words for the codes of change management (stages, steps, target kinds,
// change types, risk levels, results, link kinds) with tag colours, and a
// planned window said in the region's zone, e.g. "5 Des 2026 22.00 – 6 Des 2026
// 02.00 WIB".
import { ALL_CHANGE_STAGES, CHANGE_ACTIONS, CHANGE_RESULTS, CHANGE_TYPES, RISK_LEVELS, TARGET_KINDS } from '../../api/changeTypes';
import { formatDate, formatDateTime } from '../../format/dateTime';
import { zoneAbbreviation } from '../../format/region';
import type { MessageKey } from '../../i18n/messages';
import type { I18n } from '../../i18n/useI18n';

type TagColour = 'green' | 'red' | 'yellow' | 'grey' | 'blue';

const known = <T extends string>(prefix: string, list: readonly T[], code: string): MessageKey | null =>
  (list as readonly string[]).includes(code) ? (`${prefix}.${code}` as MessageKey) : null;

// A code the UI does not know yet is shown as it is.
const say = (key: MessageKey | null, code: string, { t }: I18n) => (key ? t(key) : code);

export const stageLabel = (stage: string, i18n: I18n) => say(known('change.stage', ALL_CHANGE_STAGES, stage), stage, i18n);
const STAGE_COLOUR: Record<string, TagColour> = {
  planning: 'grey',
  analysis: 'grey',
  awaiting_approval: 'yellow',
  approved: 'blue',
  development: 'blue',
  implementation: 'blue',
  monitoring: 'blue',
  evaluated: 'green',
  refused: 'red',
  cancelled: 'grey',
  rolled_back: 'red',
};
export const stageColour = (stage: string): TagColour => STAGE_COLOUR[stage] ?? 'grey';

// The steps, and what else the steps record (an approval undone by a changed window or rollback plan).
const STEP_EVENTS = [...CHANGE_ACTIONS, 'approval_reset'] as const;
export const actionLabel = (action: string, i18n: I18n) => say(known('change.action', STEP_EVENTS, action), action.replace(/_/g, ' '), i18n);
export const actionHint = (action: string, i18n: I18n) => say(known('change.actionHint', CHANGE_ACTIONS, action), '', i18n);
export const actionDone = (action: string, i18n: I18n) => say(known('change.actionDone', CHANGE_ACTIONS, action), action, i18n);

export const targetKindLabel = (kind: string, i18n: I18n) => say(known('change.targetKind', TARGET_KINDS, kind), kind, i18n);
export const changeTypeLabel = (type: string, i18n: I18n) => say(known('change.type', CHANGE_TYPES, type), type, i18n);
export const changeTypeHint = (type: string, i18n: I18n) => say(known('change.typeHint', CHANGE_TYPES, type), '', i18n);
export const riskLevelLabel = (level: string, i18n: I18n) => say(known('change.risk', RISK_LEVELS, level), level, i18n);
const RISK_COLOUR: Record<string, TagColour> = { low: 'green', medium: 'yellow', high: 'red' };
export const riskLevelColour = (level: string): TagColour => RISK_COLOUR[level] ?? 'grey';
export const resultLabel = (result: string, i18n: I18n) => say(known('change.result', CHANGE_RESULTS, result), result, i18n);
const LINK_KINDS = ['application', 'host', 'ticket', 'risk', 'asset'] as const;
export const linkKindLabel = (kind: string, i18n: I18n) => say(known('change.linkKind', LINK_KINDS, kind), kind, i18n);

// The approver in the region's own words (from the profile's terms), or in ours.
export function approverLabel(approver: string, label: { id: string; en: string } | null, i18n: I18n): string {
  if (label) return (i18n.lang === 'en' ? label.en : label.id) || label.id;
  return say(known('change.approver', ['ict_office', 'gcio'] as const, approver), approver, i18n);
}

// A window in the region's zone; within one day the end says only its time,
// e.g. "30 Nov 2026, 08.00 – 10.00 WIB".
export function windowText(start: string, end: string, { lang }: I18n, zone: string | undefined): string {
  const to = formatDateTime(end, lang, zone);
  const from = formatDateTime(start, lang, zone);
  if (formatDate(start, lang, zone) !== formatDate(end, lang, zone)) return `${from} – ${to}`;
  const timeZone = zone || 'Asia/Jakarta';
  const suffix = ` ${zoneAbbreviation(timeZone) ?? timeZone}`;
  let endTime = to;
  try {
    endTime = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'id-ID', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).format(new Date(end)) + suffix;
  } catch {
    return `${from} – ${to}`;
  }
  return `${from.endsWith(suffix) ? from.slice(0, -suffix.length) : from} – ${endTime}`;
}

// The words of the evaluation pages: campaign kinds, states, team roles and external stages
// in the reader's language; index values as people read them ("2,95" in Bahasa Indonesia);
// a predicate's colour (always beside its name, never colour alone).
import type { MessageKey } from '../../i18n/messages';
import type { I18n } from '../../i18n/useI18n';
import type { Lang } from '../../i18n/translate';

const label =
  (keys: Record<string, MessageKey>) =>
  (code: string, { t }: I18n): string =>
    keys[code] ? t(keys[code]!) : code.replace(/_/g, ' ');

export const kindLabel = label({ evaluation: 'evaluation.kind.evaluation', monitoring: 'evaluation.kind.monitoring' });
export const statusLabel = label({ open: 'evaluation.status.open', signed_off: 'evaluation.status.signed_off' });
export const roleLabel = label({
  coordinator: 'evaluation.role.coordinator',
  person_in_charge: 'evaluation.role.person_in_charge',
  data_entry: 'evaluation.role.data_entry',
  member: 'evaluation.role.member',
});
export const stageLabel = label({ document: 'evaluation.stage.document', interview: 'evaluation.stage.interview', visit: 'evaluation.stage.visit' });
export const stageShort = label({ document: 'evaluation.stageShort.document', interview: 'evaluation.stageShort.interview', visit: 'evaluation.stageShort.visit' });
export const eventLabel = label({ signed_off: 'evaluation.event.signed_off', reopened: 'evaluation.event.reopened' });

// "2.95" → "2,95" for Bahasa Indonesia; a dash when there is no value yet.
export const indexText = (value: string | null | undefined, lang: Lang): string => (value ? (lang === 'id' ? value.replace('.', ',') : value) : '—');

// A published value "2.95" in hundredths (295); null when there is none or it is not a number.
export function hundredths(value: string | null | undefined): number | null {
  if (!value || !/^\d+(\.\d{1,2})?$/.test(value.trim())) return null;
  const [whole, part = ''] = value.trim().split('.');
  return Number(whole) * 100 + Number(part.padEnd(2, '0'));
}

// The gap of an index to the target index, in words: met, or how far below.
export function targetGapText(value: string | null | undefined, target: string | null | undefined, i18n: I18n): string | null {
  const v = hundredths(value);
  const goal = hundredths(target);
  if (v === null || goal === null) return null;
  if (v >= goal) return i18n.t('evaluation.targetMet', { target: indexText(target, i18n.lang) });
  const gap = ((goal - v) / 100).toFixed(2);
  return i18n.t('evaluation.targetGap', { gap: indexText(gap, i18n.lang), target: indexText(target, i18n.lang) });
}

// The same in a table cell: "kurang 0,67" or "tercapai"; a dash without a value or a target.
export function targetGapShort(value: string | null | undefined, target: string | null | undefined, i18n: I18n): string {
  const v = hundredths(value);
  const goal = hundredths(target);
  if (v === null || goal === null) return '—';
  return v >= goal ? i18n.t('evaluation.targetMetShort') : i18n.t('evaluation.targetGapShort', { gap: indexText(((goal - v) / 100).toFixed(2), i18n.lang) });
}

// The predicate's colour: the bands of PermenPANRB 59/2020 by name; another framework's grey.
const PREDICATE_COLOURS: Record<string, string> = { Memuaskan: 'blue', 'Sangat Baik': 'green', Baik: 'green', Cukup: 'yellow', Kurang: 'red' };
export const predicateColour = (predicate: string): string => PREDICATE_COLOURS[predicate] ?? 'grey';

// A difference of levels with its sign: "+1", "−2", "0".
export const signed = (n: number | null | undefined): string => (n === null || n === undefined ? '—' : n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0');

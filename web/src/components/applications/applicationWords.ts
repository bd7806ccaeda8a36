// The words for an application's category, lifecycle stage, licence and test
// result, and the server's two-language texts in the reader's language.
import type { Wording } from '../../api/applicationTypes';
import type { MessageKey } from '../../i18n/messages';
import type { I18n } from '../../i18n/useI18n';

export const inLanguage = (w: Wording, { lang }: I18n): string => (lang === 'en' ? w.en : w.id) || w.id;

const key = (prefix: string, value: string) => `${prefix}.${value}` as MessageKey;

const known = (list: readonly string[], value: string) => list.includes(value);

export const CATEGORY_VALUES = ['common', 'shared_special', 'agency_special'];
export const STAGE_VALUES = ['planned', 'in_development', 'in_testing', 'in_production', 'retired'];

export const categoryLabel = (c: string, i18n: I18n) => (known(CATEGORY_VALUES, c) ? i18n.t(key('applications.category', c)) : c);
export const stageLabel = (s: string, i18n: I18n) => (known(STAGE_VALUES, s) ? i18n.t(key('applications.stage', s)) : s);
export const moveLabel = (s: string, i18n: I18n) => (known(STAGE_VALUES, s) ? i18n.t(key('applications.move', s)) : s);
export const licenceLabel = (l: string, i18n: I18n) => (known(['open_source', 'proprietary', 'other'], l) ? i18n.t(key('applications.licence', l)) : l);
export const resultLabel = (r: string, i18n: I18n) => (known(['passed', 'failed'], r) ? i18n.t(key('applications.result', r)) : r);

export function stageColour(stage: string): string {
  switch (stage) {
    case 'in_production':
      return 'green';
    case 'in_testing':
      return 'yellow';
    case 'in_development':
      return 'blue';
    case 'retired':
      return 'red';
    default:
      return 'grey';
  }
}

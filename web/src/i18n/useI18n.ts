// The hook components use to get the current language and a bound t().
import { language } from './language';
import type { MessageKey, PluralKey } from './messages';
import { t, tPlural, type Lang, type Params } from './translate';
import { useStore } from '../state/store';

export interface I18n {
  lang: Lang;
  t: (key: MessageKey, params?: Params) => string;
  tPlural: (base: PluralKey, n: number) => string;
}

export function useI18n(): I18n {
  const lang = useStore(language);
  return {
    lang,
    t: (key, params) => t(lang, key, params),
    tPlural: (base, n) => tPlural(lang, base, n),
  };
}

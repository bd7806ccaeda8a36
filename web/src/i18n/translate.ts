// t(): look a key up in a language's dictionary and fill its {placeholders}.
import { en } from './en';
import { id } from './id';
import type { MessageKey, Messages, PluralKey } from './messages';

export type Lang = 'id' | 'en';
export const LANGS: readonly Lang[] = ['id', 'en'];
export const DEFAULT_LANG: Lang = 'id';

const dictionaries: Record<Lang, Messages> = { id, en };

export type Params = Record<string, string | number>;

export function t(lang: Lang, key: MessageKey, params?: Params): string {
  const text = dictionaries[lang][key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

// The plural form of `base` that fits the count n in this language.
export function tPlural(lang: Lang, base: PluralKey, n: number): string {
  const form = new Intl.PluralRules(lang).select(n) === 'one' ? 'one' : 'other';
  return t(lang, `${base}.${form}`, { n });
}

export function isLang(value: unknown): value is Lang {
  return value === 'id' || value === 'en';
}

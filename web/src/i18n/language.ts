// The language the user chose: Bahasa Indonesia unless they picked English.
// The choice is kept in localStorage and mirrored in <html lang>.
import { createStore } from '../state/store';
import { DEFAULT_LANG, isLang, type Lang } from './translate';

const STORAGE_KEY = 'simpul.lang';

// The name of each language in that language, for the switch.
export const LANG_NAMES: Record<Lang, string> = {
  id: 'Bahasa Indonesia',
  en: 'English',
};

function readStored(): Lang {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isLang(stored) ? stored : DEFAULT_LANG;
  } catch {
    return DEFAULT_LANG; // storage may be blocked; the default still works
  }
}

export const language = createStore<Lang>(readStored());

export function setLanguage(lang: Lang): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // not remembered, but still applied for this visit
  }
  language.set(lang);
  document.documentElement.lang = lang;
}

// Called once at start-up, so <html lang> matches the remembered choice.
export function applyLanguageToDocument(): void {
  document.documentElement.lang = language.get();
}

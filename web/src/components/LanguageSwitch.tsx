// The language switch in the header: each language named in itself, the
// current one marked as pressed. The choice is remembered (see i18n/language).
import { LANG_NAMES, setLanguage } from '../i18n/language';
import { LANGS } from '../i18n/translate';
import { useI18n } from '../i18n/useI18n';

export function LanguageSwitch() {
  const { lang, t } = useI18n();
  return (
    <nav class="lang-switch" aria-label={t('layout.languageLabel')} data-testid="language-switch">
      <ul class="lang-switch__list">
        {LANGS.map((option) => (
          <li key={option} class="lang-switch__item">
            <button
              type="button"
              class="lang-switch__button"
              lang={option}
              aria-pressed={option === lang}
              data-testid={`lang-${option}`}
              onClick={() => setLanguage(option)}
            >
              {LANG_NAMES[option]}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}

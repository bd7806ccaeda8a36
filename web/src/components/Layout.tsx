// The frame of every page: a skip link, the header (Simpul, the region when
// known, the language switch) and the main content area.
import type { ComponentChildren } from 'preact';
import { LanguageSwitch } from './LanguageSwitch';
import { useI18n } from '../i18n/useI18n';
import { currentRegion } from '../state/region';
import { useStore } from '../state/store';

export function Layout({ children }: { children: ComponentChildren }) {
  const { t } = useI18n();
  const region = useStore(currentRegion);
  return (
    <>
      <a href="#main" class="skip-link">
        {t('layout.skipLink')}
      </a>
      <header class="header" data-testid="header">
        <div class="width-container header__inner">
          <div class="header__identity">
            <a href="/" class="header__brand" data-testid="brand">
              {t('app.name')}
            </a>
            {region && (
              <span class="header__region" data-testid="region-name">
                <span class="visually-hidden">{t('layout.regionLabel')}: </span>
                {region.name}
              </span>
            )}
          </div>
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" class="width-container main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}

// The frame of every page: a skip link, the header (Simpul, the region when
// known, who is signed in, the language switch), the links the user may follow,
// and the main content area.
import type { ComponentChildren } from 'preact';
import { LanguageSwitch } from './LanguageSwitch';
import { SiteNav } from './SiteNav';
import { UserMenu } from './UserMenu';
import { useI18n } from '../i18n/useI18n';
import { currentRegion } from '../state/region';
import { session } from '../state/session';
import { useStore } from '../state/store';

export function Layout({ children }: { children: ComponentChildren }) {
  const { t } = useI18n();
  const region = useStore(currentRegion);
  const now = useStore(session);
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
          <div class="header__tools">
            <UserMenu />
            <LanguageSwitch />
          </div>
        </div>
      </header>
      {now.phase === 'signedIn' && !now.mustChangePassword && <SiteNav user={now.user} />}
      <main id="main" class="width-container main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}

// In the header: who is signed in (name and role) and the "Keluar" button; or,
// for a visitor, the link to sign in (coming back to this page afterwards).
import { useState } from 'preact/hooks';
import { clearDrafts } from '../hooks/useDraft';
import { roleKey } from '../format/role';
import { useI18n } from '../i18n/useI18n';
import { flashOn } from '../state/flash';
import { currentAddress, navigate, route } from '../state/route';
import { session, signOut } from '../state/session';
import { useStore } from '../state/store';

export function UserMenu() {
  const { t } = useI18n();
  const now = useStore(session);
  const { path } = useStore(route);
  const [leaving, setLeaving] = useState(false);

  if (now.phase === 'signedOut' && path !== '/masuk') {
    const next = encodeURIComponent(currentAddress());
    return (
      <div class="user-menu">
        <a class="user-menu__link" href={`/masuk?next=${next}`} data-testid="nav-login">
          {t('nav.login')}
        </a>
      </div>
    );
  }
  if (now.phase !== 'signedIn') return null;

  const { user } = now;
  const key = roleKey(user.role);
  const leave = async () => {
    setLeaving(true);
    await signOut();
    clearDrafts();
    setLeaving(false);
    flashOn('/masuk', 'login.signedOut');
    navigate('/masuk');
  };
  return (
    <div class="user-menu" data-testid="user-menu">
      <span class="user-menu__who">
        <span class="visually-hidden">{t('user.signedInAs')} </span>
        <span class="user-menu__name" data-testid="user-name">
          {user.display_name}
        </span>{' '}
        <span class="user-menu__role" data-testid="user-role">
          {key ? t(key) : user.role}
        </span>
      </span>
      <button type="button" class="user-menu__button" onClick={leave} disabled={leaving} data-testid="logout">
        {t('nav.logout')}
      </button>
    </div>
  );
}

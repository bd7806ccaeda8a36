// /masuk: sign in, then go back to where the user wanted to go (?next=…).
import type { LoginAnswer } from '../api/identityTypes';
import { LoginForm } from '../components/LoginForm';
import { usePageTitle } from '../hooks/usePageTitle';
import { useI18n } from '../i18n/useI18n';
import { navigate, route, safeNext } from '../state/route';
import { acceptLogin, session } from '../state/session';
import { useStore } from '../state/store';

export function LoginPage() {
  const { t } = useI18n();
  const { search } = useStore(route);
  const now = useStore(session);
  usePageTitle(t('login.title'));
  const wanted = safeNext(search.get('next'));
  const next = wanted === '/masuk' || wanted.startsWith('/masuk?') ? '/' : wanted; // never back to this form

  const signedIn = (answer: LoginAnswer) => {
    acceptLogin(answer);
    navigate(next, { replace: true });
  };

  return (
    <>
      <h1 class="heading-xl" data-testid="login-title">
        {t('login.title')}
      </h1>
      {now.phase === 'signedIn' ? (
        <p class="body" data-testid="already-signed-in">
          {t('login.already', { name: now.user.display_name })}{' '}
          <a class="link" href={next}>
            {t('login.continue')}
          </a>
        </p>
      ) : (
        <>
          <p class="lead">{t('login.intro')}</p>
          <LoginForm onSignedIn={signedIn} />
          <p class="hint">{t('login.help')}</p>
        </>
      )}
    </>
  );
}

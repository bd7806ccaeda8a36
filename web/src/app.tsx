// Picks the page for the current address and applies the session rules:
// - a page for signed-in users sends a visitor to /masuk (?next= brings them back);
// - when the session ends while the user is on such a page, the sign-in form
//   appears over it and the page stays mounted but hidden, keeping what was typed;
// - a user who must change the password is sent to /akun/kata-sandi first;
// - a role that may not open a page gets a plain "not allowed" page.
// The server answers every non-API address with index.html, so unknown
// addresses land here too.
import { useEffect } from 'preact/hooks';
import { ErrorBox } from './components/ErrorBox';
import { FlashNotice } from './components/FlashNotice';
import { Layout } from './components/Layout';
import { SessionExpiredLogin } from './components/SessionExpiredLogin';
import { useI18n } from './i18n/useI18n';
import { ForbiddenPage } from './pages/ForbiddenPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { LOGIN_PATH, matchRoute, PASSWORD_PATH } from './routes';
import { mayOpen } from './state/access';
import { currentAddress, navigate, route, safeNext } from './state/route';
import { lastSignedInUserId, loadSession, session } from './state/session';
import { useStore } from './state/store';

export function App() {
  const { t } = useI18n();
  const location = useStore(route);
  const now = useStore(session);
  const match = matchRoute(location.path);
  const needsSignIn = match !== null && match.access !== 'public';

  // Redirects run after rendering, so they read the state as it is by then
  // (e.g. "Keluar" signs out and moves to /masuk in one go).
  useEffect(() => {
    const here = route.get();
    const state = session.get();
    const target = matchRoute(here.path);
    if (state.phase === 'signedOut' && !state.expired && target && target.access !== 'public') {
      navigate(`${LOGIN_PATH}?next=${encodeURIComponent(currentAddress())}`, { replace: true });
    } else if (state.phase === 'signedIn' && state.mustChangePassword && here.path !== PASSWORD_PATH) {
      const wanted = here.path === LOGIN_PATH ? safeNext(here.search.get('next')) : currentAddress();
      navigate(`${PASSWORD_PATH}?next=${encodeURIComponent(wanted)}`, { replace: true });
    }
  }, [now, location]);

  let content;
  if (!match) {
    content = <NotFoundPage />;
  } else if (!needsSignIn) {
    content = <match.page params={match.params} />;
  } else if (
    now.phase === 'checking' ||
    (now.phase === 'signedOut' && !now.expired) ||
    (now.phase === 'signedIn' && now.mustChangePassword && location.path !== PASSWORD_PATH)
  ) {
    // On the way to /masuk or /akun/kata-sandi (see the redirects above).
    content = (
      <p class="body" role="status" data-testid="session-loading">
        {t('session.checking')}
      </p>
    );
  } else if (now.phase === 'unavailable') {
    content = <ErrorBox error={now.error} onRetry={() => void loadSession()} />;
  } else if (now.phase === 'signedIn' && !mayOpen(now.user.role, match.access)) {
    content = <ForbiddenPage role={now.user.role} />;
  } else {
    // Signed in, or signed out while working here: the same tree either way,
    // so the page keeps its state under the sign-in form.
    const expired = now.phase === 'signedOut';
    content = (
      <>
        {expired && <SessionExpiredLogin />}
        <div key={`${lastSignedInUserId() ?? ''}|${location.path}`} hidden={expired} data-testid="page">
          <match.page params={match.params} />
        </div>
      </>
    );
  }

  return (
    <Layout>
      <FlashNotice />
      {content}
    </Layout>
  );
}

// Shown over a page when the session ended while the user was working on it:
// sign in again right here; the page below stays as it was (hidden meanwhile),
// so nothing typed is lost.
import { useEffect, useRef } from 'preact/hooks';
import { LoginForm } from './LoginForm';
import { useI18n } from '../i18n/useI18n';
import { acceptLogin } from '../state/session';

export function SessionExpiredLogin() {
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section class="session-expired" data-testid="session-expired">
      <h1 class="heading-xl" tabIndex={-1} ref={heading}>
        {t('expired.title')}
      </h1>
      <p class="lead">{t('expired.body')}</p>
      <LoginForm
        onSignedIn={(answer) => {
          acceptLogin(answer);
          // Back to the page, which is shown again: start reading from its top.
          window.requestAnimationFrame(() => document.getElementById('main')?.focus());
        }}
      />
    </section>
  );
}

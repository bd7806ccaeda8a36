// Actions on a user's account: lock or unlock it, and reset the password (after
// a confirmation; the temporary password is shown once).
import { useState } from 'preact/hooks';
import type { ApiError, Result } from '../api/client';
import type { User } from '../api/identityTypes';
import { lockUser, resetPassword, unlockUser } from '../api/users';
import { ErrorSummary } from './ErrorSummary';
import { Notice } from './Notice';
import { OneTimeSecret } from './OneTimeSecret';
import { isLocked } from './UserStatus';
import { useI18n } from '../i18n/useI18n';
import { useErrorItems } from '../hooks/useErrorItems';

interface Props {
  user: User;
  isSelf: boolean; // the server refuses locking one's own account
  onUserChanged: (user: User) => void;
}

type Done = 'locked' | 'unlocked' | null;

export function UserAccountActions({ user, isSelf, onUserChanged }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const errorItems = useErrorItems(error);
  const [done, setDone] = useState<Done>(null);
  const [confirmReset, setConfirmReset] = useState(false);
  const [temporary, setTemporary] = useState<string | null>(null);
  const locked = isLocked(user);

  const run = async <T,>(call: () => Promise<Result<T>>, after: (data: T) => void) => {
    setBusy(true);
    setError(null);
    setDone(null);
    const answer = await call();
    setBusy(false);
    if (answer.ok) after(answer.data);
    else setError(answer.error);
  };

  const toggleLock = () =>
    run(
      () => (locked ? unlockUser(user.id) : lockUser(user.id)),
      (changed) => {
        onUserChanged(changed);
        setDone(locked ? 'unlocked' : 'locked');
      },
    );

  const reset = () =>
    run(
      () => resetPassword(user.id),
      (answer) => {
        setConfirmReset(false);
        setTemporary(answer.temporary_password);
        onUserChanged({ ...user, must_change_password: true });
      },
    );

  return (
    <section class="section" aria-labelledby="account-actions" data-testid="user-actions">
      <h2 class="heading-l" id="account-actions">
        {t('userEdit.accountTitle')}
      </h2>
      <ErrorSummary items={errorItems} testId="user-action-error" />
      {done && (
        <Notice kind="success" testId="user-action-done" focus>
          <p class="notice__heading">{t(done === 'locked' ? 'userEdit.lockedDone' : 'userEdit.unlockedDone')}</p>
        </Notice>
      )}
      {temporary && (
        <OneTimeSecret
          title={t('userEdit.resetTitle')}
          secret={temporary}
          warning={t('userCreate.temporaryWarning')}
          testId="temporary-password"
        />
      )}
      {isSelf && !locked ? (
        <p class="body" data-testid="user-lock-self">
          {t('userEdit.lockSelf')}
        </p>
      ) : (
        <>
          <p class="body">{t(locked ? 'userEdit.unlockHelp' : 'userEdit.lockHelp')}</p>
          <p class="body">
            <button
              type="button"
              class={`button ${locked ? 'button--secondary' : 'button--warning'}`}
              onClick={toggleLock}
              disabled={busy}
              data-testid={locked ? 'user-unlock' : 'user-lock'}
            >
              {t(locked ? 'userEdit.unlock' : 'userEdit.lock')}
            </button>
          </p>
        </>
      )}
      <p class="body">{t('userEdit.resetHelp')}</p>
      {confirmReset ? (
        <div class="confirm" role="group" aria-labelledby="reset-question" data-testid="reset-confirm">
          <p class="body" id="reset-question">
            <strong>{t('userEdit.resetQuestion', { username: user.username })}</strong>
          </p>
          <div class="button-group">
            <button type="button" class="button button--warning" onClick={reset} disabled={busy} data-testid="reset-yes">
              {t('userEdit.resetYes')}
            </button>
            <button type="button" class="link-button" onClick={() => setConfirmReset(false)} data-testid="reset-no">
              {t('common.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <p class="body">
          <button
            type="button"
            class="button button--secondary"
            onClick={() => {
              setTemporary(null);
              setConfirmReset(true);
            }}
            disabled={busy}
            data-testid="user-reset"
          >
            {t('userEdit.reset')}
          </button>
        </p>
      )}
    </section>
  );
}

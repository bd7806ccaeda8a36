// /akun/kata-sandi: change my password (current, new, repeat). When the server
// insists on a new password (temporary password, reset by an administrator),
// the app sends the user here first and this page says why; afterwards the user
// goes on to where they wanted to go (?next=…).
import { useState } from 'preact/hooks';
import { changePassword } from '../api/auth';
import { ErrorSummary } from '../components/ErrorSummary';
import { TextField } from '../components/form/TextField';
import { Notice } from '../components/Notice';
import { apiFormErrors, fieldErrors, hasErrors } from '../forms/formErrors';
import { useFormErrors } from '../forms/useFormErrors';
import { usePageTitle } from '../hooks/usePageTitle';
import { useI18n, type I18n } from '../i18n/useI18n';
import { flashOn } from '../state/flash';
import { navigate, route, safeNext } from '../state/route';
import { passwordChanged, session } from '../state/session';
import { useStore } from '../state/store';

export const MIN_PASSWORD_LENGTH = 12;
const FIELD_IDS = { current_password: 'current-password', new_password: 'new-password', password: 'new-password' };

export function ChangePasswordPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const now = useStore(session);
  const { search } = useStore(route);
  usePageTitle(t('password.title'));
  const forced = now.phase === 'signedIn' && now.mustChangePassword;
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const { errors, focusKey, show, clear } = useFormErrors();
  const [sending, setSending] = useState(false);
  const [done, setDone] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (sending) return;
    const found = ({ t }: I18n) =>
      fieldErrors([
        ['current-password', current ? null : t('password.error.currentMissing')],
        [
          'new-password',
          !next
            ? t('password.error.newMissing')
            : [...next].length < MIN_PASSWORD_LENGTH
              ? t('password.error.tooShort', { min: MIN_PASSWORD_LENGTH })
              : null,
        ],
        ['repeat-password', next && repeat !== next ? t('password.error.repeatDiffers') : null],
      ]);
    if (hasErrors(found(i18n))) {
      show(found);
      return;
    }
    setSending(true);
    const answer = await changePassword({ current_password: current, new_password: next });
    setSending(false);
    setCurrent('');
    if (!answer.ok) {
      const error = answer.error;
      show((wording) => apiFormErrors(error, wording, FIELD_IDS));
      return;
    }
    setNext('');
    setRepeat('');
    clear();
    passwordChanged();
    if (forced) {
      const target = safeNext(search.get('next'));
      flashOn(target, 'password.changed');
      navigate(target, { replace: true });
    } else {
      setDone(true);
    }
  };

  return (
    <>
      <h1 class="heading-xl">{t('password.title')}</h1>
      {forced && (
        <Notice kind="info" title={t('password.forced.title')} testId="password-forced">
          <p class="notice__heading">{t('password.forced.body')}</p>
        </Notice>
      )}
      {done && (
        <Notice kind="success" testId="password-changed" focus>
          <p class="notice__heading">{t('password.changed')}</p>
          <p class="body">{t('password.otherSessionsEnded')}</p>
        </Notice>
      )}
      <form class="form" onSubmit={submit} noValidate data-testid="password-form">
        <ErrorSummary items={errors.summary} focusKey={focusKey} />
        <TextField
          id="current-password"
          label={t('password.current')}
          type="password"
          value={current}
          onInput={setCurrent}
          error={errors.fields['current-password']}
          autoComplete="current-password"
          width="half"
        />
        <TextField
          id="new-password"
          label={t('password.new')}
          hint={t('password.rules', { min: MIN_PASSWORD_LENGTH })}
          type="password"
          value={next}
          onInput={setNext}
          error={errors.fields['new-password']}
          autoComplete="new-password"
          width="half"
        />
        <TextField
          id="repeat-password"
          label={t('password.repeat')}
          type="password"
          value={repeat}
          onInput={setRepeat}
          error={errors.fields['repeat-password']}
          autoComplete="new-password"
          width="half"
        />
        <button type="submit" class="button" disabled={sending} data-testid="password-submit">
          {t('password.submit')}
        </button>
      </form>
    </>
  );
}

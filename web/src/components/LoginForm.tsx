// The sign-in form: username, password, and the region only when the server
// serves more than one. Wrong credentials, a locked account and too many
// attempts are explained in plain words above the form.
import { useEffect, useState } from 'preact/hooks';
import { login } from '../api/auth';
import { problemSlug, type ApiError } from '../api/client';
import type { LoginAnswer } from '../api/identityTypes';
import { listRegions } from '../api/regions';
import type { Region } from '../api/types';
import { ErrorSummary } from './ErrorSummary';
import { SelectField } from './form/SelectField';
import { TextField } from './form/TextField';
import { formatDateTime } from '../format/dateTime';
import { formatWait } from '../format/duration';
import { apiFormErrors, fieldErrors, hasErrors, type FormErrors } from '../forms/formErrors';
import { useFormErrors } from '../forms/useFormErrors';
import { useI18n, type I18n } from '../i18n/useI18n';
import { currentRegion } from '../state/region';

interface Props {
  onSignedIn: (answer: LoginAnswer) => void;
}

const FIELD_IDS = { username: 'username', password: 'password', region_id: 'region' };

export function LoginForm({ onSignedIn }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [regionId, setRegionId] = useState('');
  const [regions, setRegions] = useState<Region[]>([]);
  const { errors, focusKey, show, clear } = useFormErrors();
  const [sending, setSending] = useState(false);

  useEffect(() => {
    const controller = new AbortController();
    void listRegions({ signal: controller.signal }).then((answer) => {
      if (answer.ok) setRegions(answer.data.items);
    });
    return () => controller.abort();
  }, []);
  const chooseRegion = regions.length > 1;

  const submit = async (event: Event) => {
    event.preventDefault();
    if (sending) return;
    const missing = ({ t }: I18n) =>
      fieldErrors([
        ['username', username.trim() ? null : t('login.error.usernameMissing')],
        ['password', password ? null : t('login.error.passwordMissing')],
        ['region', chooseRegion && !regionId ? t('login.error.regionMissing') : null],
      ]);
    if (hasErrors(missing(i18n))) {
      show(missing);
      return;
    }
    setSending(true);
    const answer = await login({
      username: username.trim(),
      password,
      ...(chooseRegion ? { region_id: regionId } : {}),
    });
    setSending(false);
    if (answer.ok) {
      clear();
      setPassword('');
      onSignedIn(answer.data);
      return;
    }
    setPassword('');
    const error = answer.error;
    show((wording) => loginErrors(error, wording));
  };

  return (
    <form class="form" onSubmit={submit} noValidate data-testid="login-form">
      <ErrorSummary items={errors.summary} testId="login-error" focusKey={focusKey} />
      <TextField
        id="username"
        label={t('login.username')}
        value={username}
        onInput={setUsername}
        error={errors.fields.username}
        autoComplete="username"
        width="half"
        inputProps={{ autoCapitalize: 'none' }}
      />
      <TextField
        id="password"
        label={t('login.password')}
        type="password"
        value={password}
        onInput={setPassword}
        error={errors.fields.password}
        autoComplete="current-password"
        width="half"
      />
      {chooseRegion && (
        <SelectField
          id="region"
          label={t('login.region')}
          value={regionId}
          onChange={setRegionId}
          error={errors.fields.region}
          options={[{ value: '', label: t('login.regionChoose') }, ...regions.map((r) => ({ value: r.id, label: r.name }))]}
        />
      )}
      <button type="submit" class="button" disabled={sending} data-testid="login-submit">
        {sending ? t('login.sending') : t('login.submit')}
      </button>
    </form>
  );
}

function loginErrors(error: ApiError, i18n: I18n): FormErrors {
  const { t, lang } = i18n;
  switch (problemSlug(error)) {
    case 'invalid-credentials':
      return { summary: [{ text: t('login.error.invalid'), fieldId: 'username' }], fields: {} };
    case 'account-locked': {
      const until = lockedUntil(error);
      const text = until
        ? t('login.error.lockedUntil', { until: formatDateTime(until, lang, currentRegion.get()?.time_zone) })
        : t('login.error.locked');
      return { summary: [{ text }], fields: {} };
    }
    case 'too-many-attempts': {
      const seconds = error.retryAfterSeconds;
      const text =
        seconds !== undefined ? t('login.error.tooMany', { wait: formatWait(lang, seconds) }) : t('login.error.tooManyNoWait');
      return { summary: [{ text }], fields: {} };
    }
    default:
      return apiFormErrors(error, i18n, FIELD_IDS);
  }
}

// A temporary lock names its end in the problem's locked_until member; a lock
// by the administrator has none.
function lockedUntil(error: ApiError): string | null {
  return error.problem?.locked_until ?? null;
}

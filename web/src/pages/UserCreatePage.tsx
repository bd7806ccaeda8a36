// /pengguna/baru (superadmin): add a user. Without a password the server makes
// a temporary one, shown here once; either way the user must change it at the
// first sign-in. What the administrator typed (not the password) survives the
// session ending (useDraft).
import { useState } from 'preact/hooks';
import type { NewUser } from '../api/identityTypes';
import { createUser } from '../api/users';
import { ErrorSummary } from '../components/ErrorSummary';
import { TextField } from '../components/form/TextField';
import { Notice } from '../components/Notice';
import { OneTimeSecret } from '../components/OneTimeSecret';
import { AGENCY_ROLE, missingUserFields, USER_FIELD_IDS, UserFields } from '../components/UserFields';
import { apiFormErrors, fieldErrors, hasErrors } from '../forms/formErrors';
import { useFormErrors } from '../forms/useFormErrors';
import { useAgencies } from '../hooks/useAgencies';
import { useDraft } from '../hooks/useDraft';
import { usePageTitle } from '../hooks/usePageTitle';
import { useI18n, type I18n } from '../i18n/useI18n';

const EMPTY = { username: '', display_name: '', role: '', agency_id: '' };

export function UserCreatePage() {
  const i18n = useI18n();
  const { t } = i18n;
  usePageTitle(t('userCreate.title'));
  const { agencies } = useAgencies();
  const [draft, updateDraft, resetDraft] = useDraft('users.create', EMPTY);
  const [password, setPassword] = useState('');
  const { errors, focusKey, show, clear } = useFormErrors();
  const [sending, setSending] = useState(false);
  const [created, setCreated] = useState<NewUser | null>(null);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (sending) return;
    const found = ({ t }: I18n) =>
      fieldErrors([
        ['username', draft.username.trim() ? null : t('users.error.usernameMissing')],
        ...missingUserFields(draft, t),
      ]);
    if (hasErrors(found(i18n))) {
      show(found);
      return;
    }
    setSending(true);
    const answer = await createUser({
      username: draft.username.trim(),
      display_name: draft.display_name.trim(),
      role: draft.role,
      ...(draft.role === AGENCY_ROLE ? { agency_id: Number(draft.agency_id) } : {}),
      ...(password ? { password } : {}),
    });
    setSending(false);
    if (!answer.ok) {
      const error = answer.error;
      show((wording) => apiFormErrors(error, wording, USER_FIELD_IDS));
      return;
    }
    clear();
    setPassword('');
    resetDraft();
    setCreated(answer.data);
  };

  if (created) {
    return (
      <>
        <h1 class="heading-xl">{t('userCreate.doneTitle')}</h1>
        <Notice kind="success" testId="user-created" focus={!created.temporary_password}>
          <p class="notice__heading">{t('userCreate.done', { username: created.username })}</p>
        </Notice>
        {created.temporary_password ? (
          <OneTimeSecret
            title={t('userCreate.temporaryTitle')}
            secret={created.temporary_password}
            warning={t('userCreate.temporaryWarning')}
            testId="temporary-password"
          />
        ) : (
          <p class="body">{t('userCreate.ownPassword')}</p>
        )}
        <p class="body">{t('userCreate.mustChange')}</p>
        <div class="button-group">
          <button type="button" class="button" onClick={() => setCreated(null)} data-testid="user-add-another">
            {t('userCreate.another')}
          </button>
          <a class="link" href={`/pengguna/${created.id}`} data-testid="user-open-created">
            {t('userCreate.open')}
          </a>
          <a class="link" href="/pengguna">
            {t('userCreate.backToList')}
          </a>
        </div>
      </>
    );
  }

  return (
    <>
      <p class="back">
        <a class="link" href="/pengguna">
          {t('common.backToUsers')}
        </a>
      </p>
      <h1 class="heading-xl">{t('userCreate.title')}</h1>
      <form class="form" onSubmit={submit} noValidate data-testid="user-create-form">
        <ErrorSummary items={errors.summary} focusKey={focusKey} />
        <TextField
          id="username"
          label={t('users.username')}
          hint={t('users.usernameHint')}
          value={draft.username}
          onInput={(username) => updateDraft({ username })}
          error={errors.fields.username}
          autoComplete="off"
          width="half"
          inputProps={{ autoCapitalize: 'none' }}
        />
        <UserFields values={draft} onChange={updateDraft} agencies={agencies} errors={errors.fields} />
        <TextField
          id="password"
          label={t('userCreate.password')}
          hint={t('userCreate.passwordHint')}
          type="password"
          value={password}
          onInput={setPassword}
          error={errors.fields.password}
          autoComplete="new-password"
          width="half"
        />
        <button type="submit" class="button" disabled={sending} data-testid="user-create-submit">
          {t('userCreate.submit')}
        </button>
      </form>
    </>
  );
}

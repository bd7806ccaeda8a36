// /pengguna/{id} (superadmin): one user's details, the form to change name,
// role and agency, and the account actions. Changes are sent with If-Match (the
// version shown); when someone else changed the user meanwhile (412) the page
// says so and offers to load the latest version, listing what was not saved.
import { useEffect, useState } from 'preact/hooks';
import type { ApiError } from '../api/client';
import type { Agency, User } from '../api/identityTypes';
import { etagOf, getUser, updateUser, type UserChanges } from '../api/users';
import { ErrorBox } from '../components/ErrorBox';
import { ErrorSummary } from '../components/ErrorSummary';
import { Notice } from '../components/Notice';
import { SavedNotice } from '../components/SavedNotice';
import { SummaryList } from '../components/SummaryList';
import { UserAccountActions } from '../components/UserAccountActions';
import { AGENCY_ROLE, missingUserFields, USER_FIELD_IDS, UserFields, type UserFieldValues } from '../components/UserFields';
import { UserStatus } from '../components/UserStatus';
import { formatDateTime } from '../format/dateTime';
import { roleKey } from '../format/role';
import { fieldErrors } from '../forms/formErrors';
import { agencyLabel, useAgencies } from '../hooks/useAgencies';
import { usePageTitle } from '../hooks/usePageTitle';
import { useVersionedForm } from '../hooks/useVersionedForm';
import { useI18n } from '../i18n/useI18n';
import { currentRegion } from '../state/region';
import { session, signInCount } from '../state/session';
import { useStore } from '../state/store';

type Loaded = { phase: 'loading' } | { phase: 'error'; error: ApiError } | { phase: 'ready'; user: User; etag: string };

const ready = (user: User, etag?: string): Loaded => ({ phase: 'ready', user, etag: etagOf(user, etag) });

// The form's values: empty until the user is loaded.
const valuesOf = (loaded: Loaded): UserFieldValues =>
  loaded.phase === 'ready'
    ? {
        display_name: loaded.user.display_name,
        role: loaded.user.role,
        agency_id: loaded.user.agency_id === null ? '' : String(loaded.user.agency_id),
      }
    : { display_name: '', role: '', agency_id: '' };

export function UserEditPage({ params }: { params: string[] }) {
  const { t, lang } = useI18n();
  const id = Number(params[0]);
  const { agencies } = useAgencies();
  const region = useStore(currentRegion);
  const signIns = useStore(signInCount);
  const me = useStore(session);
  const form = useVersionedForm<Loaded, UserFieldValues>({ phase: 'loading' }, valuesOf, USER_FIELD_IDS);
  const { base: loaded, values, errors, unsaved } = form;
  const [attempt, setAttempt] = useState(0);
  const [saved, setSaved] = useState(false);
  usePageTitle(loaded.phase === 'ready' ? loaded.user.username : t('userEdit.title'));

  // Loads the user when the page opens, and again after a failed load once the
  // user retried or signed in anew; never over a form that is being edited.
  useEffect(() => {
    if (loaded.phase === 'ready') return;
    const controller = new AbortController();
    void getUser(id, { signal: controller.signal }).then((answer) => {
      if (controller.signal.aborted) return;
      if (!answer.ok) {
        form.setBase({ phase: 'error', error: answer.error });
        return;
      }
      form.load(ready(answer.data, answer.etag));
    });
    return () => controller.abort();
  }, [id, attempt, signIns]);

  const reloadLatest = async () => {
    const answer = await getUser(id);
    if (!answer.ok) {
      form.setBase({ phase: 'error', error: answer.error });
      return;
    }
    form.loadLatest(ready(answer.data, answer.etag));
  };

  if (loaded.phase === 'loading') {
    return (
      <p class="body" role="status" data-testid="loading">
        {t('common.loading')}
      </p>
    );
  }
  if (loaded.phase === 'error') {
    return (
      <>
        <h1 class="heading-xl">{t('userEdit.title')}</h1>
        <ErrorBox error={loaded.error} onRetry={() => setAttempt((n) => n + 1)} />
      </>
    );
  }
  const { user, etag } = loaded;

  const submit = form.save({
    check: ({ t }) => fieldErrors(missingUserFields(values, t)),
    send: () => {
      const changes = changesFrom(user, values);
      return Object.keys(changes).length === 0 ? null : updateUser(user.id, changes, etag);
    },
    onSaved: (changed, changedEtag) => {
      form.loadSaved(ready(changed, changedEtag));
      setSaved(true);
    },
  });
  const save = (event: Event) => {
    setSaved(false);
    return submit(event);
  };

  const accountChanged = (changed: User) => form.setBase(ready(changed));

  const role = roleKey(user.role);
  return (
    <>
      <p class="back">
        <a class="link" href="/pengguna">
          {t('common.backToUsers')}
        </a>
      </p>
      <h1 class="heading-xl">
        <span class="caption">{t('userEdit.title')}</span>
        <span data-testid="user-heading">{user.username}</span>
      </h1>
      <SummaryList
        testId="user-summary"
        rows={[
          { key: 'name', label: t('users.displayName'), value: user.display_name },
          { key: 'role', label: t('users.role'), value: role ? t(role) : user.role },
          { key: 'agency', label: t('users.agency'), value: agencyLabel(agencies, user.agency_id) ?? '—' },
          { key: 'status', label: t('users.status'), value: <UserStatus user={user} /> },
          { key: 'created', label: t('userEdit.created'), value: formatDateTime(user.created_at, lang, region?.time_zone) },
          { key: 'updated', label: t('userEdit.updated'), value: formatDateTime(user.updated_at, lang, region?.time_zone) },
          { key: 'version', label: t('userEdit.version'), value: <span data-testid="user-version">{user.version}</span> },
        ]}
      />

      <section class="section" aria-labelledby="edit-title">
        <h2 class="heading-l" id="edit-title">
          {t('userEdit.formTitle')}
        </h2>
        {form.conflict && (
          <div class="error-summary" role="alert" data-testid="user-conflict">
            <h2 class="error-summary__title">{t('userEdit.conflictTitle')}</h2>
            <p class="body">{t('userEdit.conflictBody')}</p>
            <button type="button" class="button" onClick={reloadLatest} data-testid="user-reload">
              {t('userEdit.conflictReload')}
            </button>
          </div>
        )}
        {unsaved && <UnsavedValues values={unsaved} agencies={agencies} />}
        {saved && <SavedNotice testId="user-saved" text={t('userEdit.saved')} />}
        <form class="form" onSubmit={save} noValidate data-testid="user-edit-form">
          <ErrorSummary items={errors.summary} focusKey={form.focusKey} />
          <UserFields
            values={values}
            onChange={form.set}
            agencies={agencies}
            errors={errors.fields}
          />
          <button type="submit" class="button" disabled={form.saving} data-testid="user-save">
            {t('userEdit.save')}
          </button>
        </form>
      </section>

      <UserAccountActions
        user={user}
        isSelf={me.phase === 'signedIn' && me.user.id === user.id}
        onUserChanged={accountChanged}
      />
    </>
  );
}

// Only what differs from the user as loaded; an agency goes with the operator role.
function changesFrom(user: User, values: UserFieldValues): UserChanges {
  const changes: UserChanges = {};
  const name = values.display_name.trim();
  if (name !== user.display_name) changes.display_name = name;
  if (values.role !== user.role) changes.role = values.role;
  const agency = values.role === AGENCY_ROLE && values.agency_id ? Number(values.agency_id) : null;
  if (agency !== user.agency_id) changes.agency_id = agency;
  return changes;
}

// After loading the latest version: what this administrator had typed, so
// they can enter it again if it still applies.
function UnsavedValues({ values, agencies }: { values: UserFieldValues; agencies: Agency[] }) {
  const { t } = useI18n();
  const role = roleKey(values.role);
  return (
    <Notice kind="info" title={t('userEdit.unsavedTitle')} testId="user-unsaved">
      <p class="body">{t('userEdit.unsavedBody')}</p>
      <ul class="list" data-testid="user-unsaved-values">
        <li>
          {t('users.displayName')}: {values.display_name || '—'}
        </li>
        <li>
          {t('users.role')}: {role ? t(role) : values.role || '—'}
        </li>
        {values.role === AGENCY_ROLE && (
          <li>
            {t('users.agency')}: {agencyLabel(agencies, values.agency_id ? Number(values.agency_id) : null) ?? '—'}
          </li>
        )}
      </ul>
    </Notice>
  );
}

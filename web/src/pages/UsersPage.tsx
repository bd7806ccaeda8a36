// /pengguna (superadmin): the region's users, filtered by role and agency, a
// page at a time; links to add a user and to change one.
import { useState } from 'preact/hooks';
import { listUsers, type UserFilter } from '../api/users';
import { SelectField } from '../components/form/SelectField';
import { PagedListView } from '../components/PagedListView';
import { UserTable } from '../components/UserTable';
import { useAgencies } from '../hooks/useAgencies';
import { useDraft } from '../hooks/useDraft';
import { usePagedList } from '../hooks/usePagedList';
import { usePageTitle } from '../hooks/usePageTitle';
import { useRoleOptions } from '../hooks/useRoleOptions';
import { useI18n } from '../i18n/useI18n';
import { signInCount } from '../state/session';
import { useStore } from '../state/store';

const NO_FILTER = { role: '', agency_id: '' };

export function UsersPage() {
  const { t } = useI18n();
  usePageTitle(t('users.title'));
  const { agencies } = useAgencies();
  const roleOptions = useRoleOptions();
  const signIns = useStore(signInCount);
  const [draft, updateDraft, resetDraft] = useDraft('users.filter', NO_FILTER);
  const [applied, setApplied] = useState<UserFilter>({ role: draft.role, agency_id: draft.agency_id });
  const list = usePagedList(
    (cursor, signal) => listUsers(applied, cursor, { signal }),
    `${applied.role}|${applied.agency_id}|${signIns}`,
  );

  const apply = (event: Event) => {
    event.preventDefault();
    setApplied({ role: draft.role, agency_id: draft.agency_id });
  };
  const clear = () => {
    resetDraft();
    setApplied({ ...NO_FILTER });
  };

  return (
    <>
      <h1 class="heading-xl">{t('users.title')}</h1>
      <p class="body">
        <a class="button button--link" href="/pengguna/baru" data-testid="user-add">
          {t('users.add')}
        </a>
      </p>
      <form class="filter" onSubmit={apply} role="search" aria-label={t('users.filter')} data-testid="users-filter">
        <h2 class="heading-s">{t('users.filter')}</h2>
        <div class="filter__fields">
          <SelectField
            id="filter-role"
            label={t('users.role')}
            value={draft.role}
            onChange={(role) => updateDraft({ role })}
            options={[{ value: '', label: t('common.all') }, ...roleOptions]}
          />
          <SelectField
            id="filter-agency"
            label={t('users.agency')}
            value={draft.agency_id}
            onChange={(agency_id) => updateDraft({ agency_id })}
            options={[
              { value: '', label: t('common.all') },
              ...agencies.map((a) => ({ value: String(a.id), label: a.short_name })),
            ]}
          />
        </div>
        <div class="button-group">
          <button type="submit" class="button button--secondary" data-testid="users-filter-apply">
            {t('common.applyFilter')}
          </button>
          <button type="button" class="link-button" onClick={clear} data-testid="users-filter-clear">
            {t('common.clearFilter')}
          </button>
        </div>
      </form>
      <PagedListView list={list}>{(users) => <UserTable users={users} agencies={agencies} />}</PagedListView>
    </>
  );
}

// Users: username (a link to edit), name, role, agency and account state. On a
// phone each row becomes a small card.
import type { Agency, User } from '../api/identityTypes';
import { UserStatus } from './UserStatus';
import { roleKey } from '../format/role';
import { agencyLabel } from '../hooks/useAgencies';
import { useI18n } from '../i18n/useI18n';

export function UserTable({ users, agencies }: { users: User[]; agencies: Agency[] }) {
  const { t } = useI18n();
  if (users.length === 0) {
    return (
      <p class="body" data-testid="users-empty">
        {t('users.empty')}
      </p>
    );
  }
  return (
    <table class="table table--stacked" data-testid="users-table">
      <caption class="visually-hidden">{t('users.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('users.username')}</th>
          <th scope="col">{t('users.displayName')}</th>
          <th scope="col">{t('users.role')}</th>
          <th scope="col">{t('users.agency')}</th>
          <th scope="col">{t('users.status')}</th>
        </tr>
      </thead>
      <tbody>
        {users.map((user) => {
          const key = roleKey(user.role);
          return (
            <tr key={user.id} data-testid="user-row" data-username={user.username}>
              <th scope="row" data-label={t('users.username')}>
                <a class="link" href={`/pengguna/${user.id}`} data-testid="user-link">
                  {user.username}
                </a>
              </th>
              <td data-label={t('users.displayName')}>{user.display_name}</td>
              <td data-label={t('users.role')} data-testid="user-role-cell">
                {key ? t(key) : user.role}
              </td>
              <td data-label={t('users.agency')}>{agencyLabel(agencies, user.agency_id) ?? '—'}</td>
              <td data-label={t('users.status')}>
                <UserStatus user={user} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

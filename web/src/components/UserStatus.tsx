// A user's account state as a tag: locked, must change the password, or active.
import type { User } from '../api/identityTypes';
import { useI18n } from '../i18n/useI18n';

export function isLocked(user: User, now = Date.now()): boolean {
  return user.locked || (user.locked_until !== null && Date.parse(user.locked_until) > now);
}

export function UserStatus({ user }: { user: User }) {
  const { t } = useI18n();
  if (isLocked(user)) {
    return (
      <strong class="tag tag--red" data-testid="user-status" data-status="locked">
        {t('users.status.locked')}
      </strong>
    );
  }
  if (user.must_change_password) {
    return (
      <strong class="tag tag--yellow" data-testid="user-status" data-status="must-change">
        {t('users.status.mustChange')}
      </strong>
    );
  }
  return (
    <strong class="tag tag--green" data-testid="user-status" data-status="active">
      {t('users.status.active')}
    </strong>
  );
}

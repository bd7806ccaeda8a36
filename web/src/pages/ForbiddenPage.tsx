// A signed-in user opened a part of Simpul their role does not include.
import { MessagePage } from '../components/MessagePage';
import { roleKey } from '../format/role';
import { usePageTitle } from '../hooks/usePageTitle';
import { useI18n } from '../i18n/useI18n';

export function ForbiddenPage({ role }: { role: string }) {
  const { t } = useI18n();
  usePageTitle(t('forbidden.title'));
  const key = roleKey(role);
  return (
    <MessagePage title={t('forbidden.title')} testId="forbidden">
      <p class="body" data-testid="forbidden-detail">
        {t('forbidden.body', { role: key ? t(key) : role })}
      </p>
      <p class="body">{t('forbidden.help')}</p>
    </MessagePage>
  );
}

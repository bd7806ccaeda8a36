// Any address the UI does not know: say so plainly and offer the way back.
import { MessagePage } from '../components/MessagePage';
import { usePageTitle } from '../hooks/usePageTitle';
import { useI18n } from '../i18n/useI18n';

export function NotFoundPage() {
  const { t } = useI18n();
  usePageTitle(t('notFound.title'));
  return (
    <MessagePage title={t('notFound.title')} testId="not-found">
      <p class="body">{t('notFound.body')}</p>
    </MessagePage>
  );
}

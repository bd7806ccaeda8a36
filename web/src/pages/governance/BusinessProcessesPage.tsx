// Placeholder for the page of business processes, until its area is built.
import { MessagePage } from '../../components/MessagePage';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useI18n } from '../../i18n/useI18n';
import type { PageProps } from '../../routes';

export function BusinessProcessesPage(_props: PageProps) {
  const { t } = useI18n();
  usePageTitle(t('governance.title'));
  return (
    <MessagePage title={t('governance.title')} testId="governance-coming-soon">
      <p class="body">{t('governance.comingSoon')}</p>
    </MessagePage>
  );
}

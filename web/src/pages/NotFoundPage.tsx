// Any address the UI does not know: say so plainly and offer the way back.
import { usePageTitle } from '../hooks/usePageTitle';
import { useI18n } from '../i18n/useI18n';

export function NotFoundPage() {
  const { t } = useI18n();
  usePageTitle(t('notFound.title'));
  return (
    <>
      <h1 class="heading-xl" data-testid="not-found">
        {t('notFound.title')}
      </h1>
      <p class="body">{t('notFound.body')}</p>
      <p class="body">
        <a class="link" href="/">
          {t('notFound.home')}
        </a>
      </p>
    </>
  );
}

// Sets the browser tab's title to "<page> – Simpul" while a page is shown.
import { useEffect } from 'preact/hooks';
import { useI18n } from '../i18n/useI18n';

export function usePageTitle(pageTitle: string): void {
  const { t } = useI18n();
  const suffix = t('page.titleSuffix');
  useEffect(() => {
    document.title = `${pageTitle} – ${suffix}`;
  }, [pageTitle, suffix]);
}

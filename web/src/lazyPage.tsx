// A page whose code is fetched the first time it is opened (routes.ts), so the first
// load carries only the frame and the pages everyone sees first. Until the code is
// there the page says it is loading; if it cannot be fetched (no connection, or a new
// version was installed meanwhile) it says so and offers to reload.
import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from './i18n/useI18n';
import type { PageProps } from './routes';

export function lazyPage(load: () => Promise<FunctionComponent<PageProps>>): FunctionComponent<PageProps> {
  let loaded: FunctionComponent<PageProps> | null = null;
  let pending: Promise<FunctionComponent<PageProps>> | null = null;
  const fetchPage = () => {
    pending ??= load().then(
      (page) => (loaded = page),
      (error: unknown) => {
        pending = null; // the next visit tries again
        throw error;
      },
    );
    return pending;
  };

  return function LazyPage(props: PageProps) {
    const { t } = useI18n();
    const [, setReady] = useState(false);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (loaded) return;
      let current = true;
      fetchPage().then(
        () => current && setReady(true),
        () => current && setFailed(true),
      );
      return () => {
        current = false;
      };
    }, []);
    if (loaded) {
      const Page = loaded;
      return <Page {...props} />;
    }
    if (failed)
      return (
        <div class="error-summary" role="alert" data-testid="page-load-failed">
          <p class="body">{t('page.loadFailed')}</p>
          <button type="button" class="button" onClick={() => window.location.reload()}>
            {t('page.reload')}
          </button>
        </div>
      );
    return (
      <p class="body secondary" role="status" data-testid="page-loading">
        {t('page.loading')}
      </p>
    );
  };
}

// The home page for now: is the server healthy, which version runs, on which
// database, since when; and which regions it serves.
//
// Data is fetched on arrival, on retry, and again when the language changes
// (so a problem's detail is shown in the new language). While refreshing,
// the previous answer stays on screen.
import { useEffect, useState } from 'preact/hooks';
import { ErrorBox } from '../components/ErrorBox';
import { RegionTable } from '../components/RegionTable';
import { SummaryList } from '../components/SummaryList';
import { formatBackend } from '../format/database';
import { formatUptime } from '../format/uptime';
import { usePageTitle } from '../hooks/usePageTitle';
import { useI18n } from '../i18n/useI18n';
import { learnRegionFromList } from '../state/region';
import { loadStatusPage, type StatusPageData } from './loadStatus';
import type { Status } from '../api/types';

export function StatusPage() {
  const { lang, t } = useI18n();
  const [data, setData] = useState<StatusPageData>({ phase: 'loading' });
  const [attempt, setAttempt] = useState(0);
  usePageTitle(t('status.title'));

  useEffect(() => {
    const controller = new AbortController();
    setData((previous) => (previous.phase === 'ready' ? previous : { phase: 'loading' }));
    void loadStatusPage(controller.signal).then((next) => {
      if (!next) return;
      if (next.phase === 'ready') learnRegionFromList(next.regions.items, next.regions.next_cursor != null);
      setData(next);
    });
    return () => controller.abort();
  }, [lang, attempt]);

  return (
    <>
      <h1 class="heading-xl">{t('status.title')}</h1>
      <p class="lead">{t('status.intro')}</p>
      <p class="body">
        <a class="link" href="/data-terbuka" data-testid="status-open-data">
          {t('status.openData')}
        </a>
      </p>
      <p class="body">
        <a class="link" href="/pengaduan" data-testid="status-complaint">
          {t('complaint.statusLink')}
        </a>{' '}
        <span class="secondary">·</span>{' '}
        <a class="link" href="/lacak" data-testid="status-track">
          {t('complaint.statusTrackLink')}
        </a>
      </p>
      {data.phase === 'loading' && (
        <p class="body" role="status" data-testid="loading">
          {t('status.loading')}
        </p>
      )}
      {data.phase === 'error' && <ErrorBox error={data.error} onRetry={() => setAttempt((n) => n + 1)} />}
      {data.phase === 'ready' && (
        <>
          <StatusSummary status={data.status} />
          <h2 class="heading-l">{t('regions.title')}</h2>
          <RegionTable regions={data.regions.items} hasMore={data.regions.next_cursor != null} />
        </>
      )}
    </>
  );
}

function StatusSummary({ status }: { status: Status }) {
  const { lang, t } = useI18n();
  const healthy = status.status === 'ok';
  const ready = status.database.ready;
  return (
    <SummaryList
      testId="status-summary"
      rows={[
        {
          key: 'health',
          label: t('status.health'),
          value: (
            <strong class={`tag ${healthy ? 'tag--green' : 'tag--red'}`} data-testid="health">
              {t(healthy ? 'status.health.ok' : 'status.health.degraded')}
            </strong>
          ),
        },
        { key: 'version', label: t('status.version'), value: <span data-testid="version">{status.version}</span> },
        {
          key: 'db-backend',
          label: t('status.dbBackend'),
          value: <span data-testid="db-backend">{formatBackend(status.database.backend)}</span>,
        },
        {
          key: 'db-ready',
          label: t('status.dbReady'),
          value: (
            <span data-testid="db-ready" data-ready={String(ready)}>
              {t(ready ? 'status.dbReady.yes' : 'status.dbReady.no')}
            </span>
          ),
        },
        {
          key: 'schema-version',
          label: t('status.schemaVersion'),
          value: <span data-testid="schema-version">{status.database.schema_version}</span>,
        },
        {
          key: 'uptime',
          label: t('status.uptime'),
          value: (
            <span data-testid="uptime" title={status.started_at}>
              {formatUptime(lang, status.uptime_seconds)}
            </span>
          ),
        },
      ]}
    />
  );
}

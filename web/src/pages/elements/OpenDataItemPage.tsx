// /data-terbuka/{id} (anyone, no sign-in): one public dataset of the region:
// its description, the agency that holds it, how often it is brought up to
// date, where to get it, its licence and whom to contact. A dataset that is not
// public (or does not exist) is "not found", as the server answers.
import { getPublicDataset } from '../../api/datasets';
import { ErrorBox } from '../../components/ErrorBox';
import { DatasetSummary } from '../../components/datasets/DatasetSummary';
import { useOpenDataRegion } from '../../components/datasets/useOpenDataRegion';
import { useLoad } from '../../hooks/useLoad';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useI18n } from '../../i18n/useI18n';
import type { PageProps } from '../../routes';

export function OpenDataItemPage({ params }: PageProps) {
  const { t } = useI18n();
  const { region, failed } = useOpenDataRegion();
  return (
    <>
      <p class="back">
        <a class="link" href="/data-terbuka" data-testid="back-to-open-data">
          {t('openData.back')}
        </a>
      </p>
      {region ? (
        <OpenDataItem regionId={region.id} id={Number(params[0])} />
      ) : (
        <p class="body" role="status" data-testid={failed ? 'od-no-region' : 'loading'}>
          {failed ? t('openData.noRegion') : t('common.loading')}
        </p>
      )}
    </>
  );
}

function OpenDataItem({ regionId, id }: { regionId: string; id: number }) {
  const { t } = useI18n();
  const loaded = useLoad((signal) => getPublicDataset(regionId, id, { signal }), `${regionId}#${id}`);
  const { state } = loaded;
  usePageTitle(state.phase === 'ready' ? state.data.title : t('openData.title'));
  if (state.phase === 'loading')
    return (
      <p class="body" role="status" data-testid="loading">
        {t('common.loading')}
      </p>
    );
  if (state.phase === 'error')
    return state.error.status === 404 ? (
      <>
        <h1 class="heading-xl" data-testid="od-not-found">
          {t('openData.notFound')}
        </h1>
        <p class="body">{t('openData.notFoundText')}</p>
      </>
    ) : (
      <ErrorBox error={state.error} onRetry={loaded.reload} />
    );
  const d = state.data;
  return (
    <>
      <h1 class="heading-xl">
        <span class="caption">
          {t('openData.title')} · {d.code}
        </span>
        <span data-testid="od-title">{d.title}</span>
      </h1>
      <DatasetSummary dataset={d} testId="od-summary" />
      {(d.access_url || d.landing_page) && (
        <p class="body">
          <a class="button" href={d.access_url || d.landing_page} rel="noopener noreferrer" data-testid="od-get">
            {t('openData.getData')}
          </a>
        </p>
      )}
    </>
  );
}

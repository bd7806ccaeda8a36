// /elemen/data/{id} (everyone but citizens): one dataset of the catalogue: its
// classification, its DCAT-like description, the walidata, whether it is master
// or reference data and its key; the owner agency (or the superadmin) changes it
// (If-Match); the agreements that share it (another agency's operator sees only
// those made with their own agency); the server it is kept on and what uses it
// (links kept by its owner); a link to the services that use it; its exports and
// history. A dataset the reader may not see (403) gets a plain
// "not allowed" message with the reason the server gives.
import { useState } from 'preact/hooks';
import { agreementPagePath, datasetPath, getDataset } from '../../api/datasets';
import type { Dataset } from '../../api/datasetTypes';
import { ErrorBox } from '../../components/ErrorBox';
import { ExportLinks } from '../../components/ExportLinks';
import { OpenFormButton } from '../../components/OpenFormButton';
import { RecordHistory } from '../../components/RecordHistory';
import { SavedNotice } from '../../components/SavedNotice';
import { ElementLinksSection } from '../../components/services/ElementLinksSection';
import { DatasetEditForm } from '../../components/datasets/DatasetEditForm';
import { DatasetSummary } from '../../components/datasets/DatasetSummary';
import { accessModeLabel, agreementStateColour, agreementStateLabel, classificationColour, classificationLabel } from '../../components/datasets/labels';
import { useDataAccess } from '../../components/datasets/useDataAccess';
import { formatDateTime, formatDay } from '../../format/dateTime';
import { useLoad } from '../../hooks/useLoad';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useRegionDetail } from '../../hooks/useRegionDetail';
import { useI18n } from '../../i18n/useI18n';
import type { PageProps } from '../../routes';

export function DatasetPage({ params }: PageProps) {
  const { t } = useI18n();
  const id = Number(params[0]);
  const loaded = useLoad((signal) => getDataset(id, { signal }), String(id));
  const { state } = loaded;
  usePageTitle(state.phase === 'ready' ? `${state.data.code} ${state.data.title}` : t('elements.datasets'));
  return (
    <>
      <p class="back">
        <a class="link" href="/elemen/data" data-testid="back-to-datasets">
          {t('datasets.back')}
        </a>
      </p>
      {state.phase === 'loading' && (
        <p class="body" role="status" data-testid="loading">
          {t('common.loading')}
        </p>
      )}
      {state.phase === 'error' &&
        (state.error.status === 403 ? (
          <>
            <h1 class="heading-xl" data-testid="ds-forbidden">
              {t('datasets.forbiddenTitle')}
            </h1>
            <p class="body" data-testid="ds-forbidden-detail">
              {state.error.problem?.detail || t('datasets.forbiddenText')}
            </p>
            <p class="body">{t('datasets.forbiddenNext')}</p>
          </>
        ) : (
          <ErrorBox error={state.error} onRetry={loaded.reload} />
        ))}
      {state.phase === 'ready' && <DatasetView dataset={state.data} etag={state.etag ?? `"${state.data.version}"`} onChanged={loaded.replace} />}
    </>
  );
}

function DatasetView({ dataset, etag, onChanged }: { dataset: Dataset; etag: string; onChanged: (d: Dataset, etag?: string) => void }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const zone = useRegionDetail()?.time_zone;
  const access = useDataAccess();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const owner = access.mayEdit(dataset.owner_agency_id);
  const shared = dataset.shared_with ?? [];

  return (
    <>
      <h1 class="heading-xl">
        <span class="caption">
          {t('elements.datasets')} · {dataset.code}
        </span>
        <span data-testid="ds-title">{dataset.title}</span>
      </h1>
      <p class="body">
        <strong class={`tag tag--${classificationColour(dataset.classification)}`} data-testid="ds-classification">
          {classificationLabel(dataset.classification, i18n)}
        </strong>{' '}
        {dataset.status === 'retired' && (
          <strong class="tag tag--grey" data-testid="ds-retired">
            {t('datasets.status.retired')}
          </strong>
        )}
      </p>
      {saved && <SavedNotice testId="ds-saved" text={t('datasets.saved')} />}
      <DatasetSummary
        dataset={dataset}
        testId="ds-summary"
        extra={[
          {
            key: 'steward',
            label: t('datasets.steward'),
            value: dataset.data_steward ? (
              <span data-testid="ds-steward">{dataset.data_steward.name}</span>
            ) : (
              <span class="secondary" data-testid="ds-steward">
                {t('datasets.stewardNone')}
              </span>
            ),
          },
        ]}
        last={[{ key: 'version', label: t('datasets.updatedAt'), value: t('datasets.versionAt', { version: dataset.version, at: formatDateTime(dataset.updated_at, lang, zone) }) }]}
      />
      {!owner && (
        <p class="body secondary" data-testid="ds-read-only">
          {t('datasets.readOnlyDataset', { agency: dataset.owner_agency_short_name })}
        </p>
      )}
      {owner && !editing && (
        <OpenFormButton
          label={t('datasets.edit')}
          testId="ds-edit-open"
          onClick={() => {
            setSaved(false);
            setEditing(true);
          }}
        />
      )}
      {owner && editing && (
        <DatasetEditForm
          dataset={dataset}
          etag={etag}
          onSaved={(next, nextEtag) => {
            onChanged(next, nextEtag ?? `"${next.version}"`);
            setEditing(false);
            setSaved(true);
          }}
          onClose={() => setEditing(false)}
        />
      )}

      <section class="section" aria-labelledby="ds-shared-title" data-testid="ds-shared">
        <h2 class="heading-l" id="ds-shared-title">
          {t('datasets.sharedWith')}
          <span class="heading-count"> ({shared.length})</span>
        </h2>
        {shared.length === 0 ? (
          <p class="body secondary" data-testid="ds-shared-empty">
            {t('datasets.sharedNone')}
          </p>
        ) : (
          <ul class="list" data-testid="ds-shared-list">
            {shared.map((s) => (
              <li key={s.agreement_id} data-testid="ds-shared-item">
                <a class="link" href={agreementPagePath(s.agreement_id)}>
                  {s.consumer_agency_name}
                </a>{' '}
                <strong class={`tag tag--${agreementStateColour(s.state)}`}>{agreementStateLabel(s.state, i18n)}</strong>{' '}
                {s.expiring_soon && <strong class="tag tag--yellow">{t('sharing.expiringSoon')}</strong>}
                <span class="cell-note secondary">
                  {t('datasets.sharedLine', { mode: accessModeLabel(s.access_mode, i18n), from: formatDay(s.valid_from, lang), until: formatDay(s.expires_on, lang) })}
                </span>
              </li>
            ))}
          </ul>
        )}
        {owner && dataset.classification !== 'secret' && dataset.status === 'active' && (
          <p class="body">
            <a class="link" href={`/elemen/berbagi-data?baru=1&dataset=${dataset.id}&penyedia=${dataset.owner_agency_id}`} data-testid="ds-share">
              {t('datasets.shareIt')}
            </a>
          </p>
        )}
      </section>

      <ElementLinksSection kind="dataset" id={dataset.id} title={dataset.code} ownerAgencyId={dataset.owner_agency_id} mayLink={owner} zone={zone} testIdPrefix="ds-el" />

      <p class="body">
        <a class="link" href={`/elemen/dampak?kind=dataset&id=${dataset.id}&only=service`} data-testid="ds-impact">
          {t('datasets.impactLink')}
        </a>
      </p>
      <ExportLinks basePath={datasetPath(dataset.id)} testId="ds-record-export" />
      <RecordHistory recordPath={datasetPath(dataset.id)} version={dataset.version} zone={zone} />
    </>
  );
}

// /elemen/berbagi-data/{id} (everyone but citizens; an operator only for their
// own agency's): one data-sharing agreement: its parties, purpose and scope,
// access and interoperability standard, the signed document, its period and
// state, the datasets it covers; the provider (or the superadmin) changes it
// (If-Match), puts a draft into force or ends it; its history.
import { useState } from 'preact/hooks';
import { agreementPath, datasetPagePath, getAgreement } from '../../api/datasets';
import type { Agreement } from '../../api/datasetTypes';
import { OpenFormButton } from '../../components/OpenFormButton';
import { RecordHistory } from '../../components/RecordHistory';
import { RecordPage, type RecordViewProps } from '../../components/RecordPage';
import { SavedNotice } from '../../components/SavedNotice';
import { SummaryList, type SummaryRow } from '../../components/SummaryList';
import { AgreementActions } from '../../components/datasets/AgreementActions';
import { AgreementEditForm } from '../../components/datasets/AgreementEditForm';
import { accessModeLabel, agreementStateColour, agreementStateLabel, classificationLabel } from '../../components/datasets/labels';
import { useDataAccess } from '../../components/datasets/useDataAccess';
import { formatDateTime, formatDay } from '../../format/dateTime';
import { formatFileSize } from '../../format/fileSize';
import { useRegionDetail } from '../../hooks/useRegionDetail';
import type { MessageKey } from '../../i18n/messages';
import { useI18n } from '../../i18n/useI18n';
import type { PageProps } from '../../routes';

export function AgreementPage({ params }: PageProps) {
  const { t } = useI18n();
  return (
    <RecordPage
      id={Number(params[0])}
      load={getAgreement}
      titleOf={(a) => a.title}
      loadingTitle={t('elements.agreements')}
      back={{ href: '/elemen/berbagi-data', label: t('sharing.back'), testId: 'back-to-agreements' }}
      view={AgreementView}
    />
  );
}

function AgreementView({ record: a, etag, onChanged, reload }: RecordViewProps<Agreement>) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const zone = useRegionDetail()?.time_zone;
  const access = useDataAccess();
  const [editing, setEditing] = useState(false);
  const [done, setDone] = useState<MessageKey | null>(null);
  const owner = access.mayEdit(a.provider_agency_id);
  const changed = (message: MessageKey) => (next: Agreement, nextEtag?: string) => {
    onChanged(next, nextEtag ?? `"${next.version}"`);
    setEditing(false);
    setDone(message);
  };
  const text = (value: string, id: string) =>
    value ? (
      <span data-testid={id}>{value}</span>
    ) : (
      <span class="secondary" data-testid={id}>
        {t('datasets.notFilled')}
      </span>
    );
  const by = (who: string | null, at: string | null) => t('sharing.byAt', { user: who ?? '—', at: at ? formatDateTime(at, lang, zone) : '—' });

  const rows: SummaryRow[] = [
    { key: 'provider', label: t('sharing.provider'), value: <span data-testid="sh-provider">{a.provider_agency_name}</span> },
    { key: 'consumer', label: t('sharing.consumer'), value: <span data-testid="sh-consumer">{a.consumer_agency_name}</span> },
    { key: 'purpose', label: t('sharing.purpose'), value: text(a.purpose, 'sh-purpose') },
    { key: 'scope', label: t('sharing.scope'), value: text(a.scope, 'sh-scope') },
    { key: 'mode', label: t('sharing.mode'), value: <span data-testid="sh-mode">{accessModeLabel(a.access_mode, i18n)}</span> },
    { key: 'standard', label: t('sharing.standard'), value: text(a.interoperability_standard, 'sh-standard') },
    {
      key: 'period',
      label: t('sharing.period'),
      value: (
        <span data-testid="sh-period">
          {t('sharing.periodText', { from: formatDay(a.valid_from, lang), until: formatDay(a.expires_on, lang) })}
          {a.grants_access && a.days_to_expiry !== null && <span class="cell-note secondary">{t('sharing.daysLeft', { n: a.days_to_expiry })}</span>}
        </span>
      ),
    },
    { key: 'number', label: t('sharing.documentNumber'), value: text(a.document_number, 'sh-document-number') },
    {
      key: 'document',
      label: t('sharing.document'),
      value: a.document ? (
        <span data-testid="sh-document-link">
          <a class="link" href={a.document.url} download={a.document.name}>
            {a.document.name}
          </a>{' '}
          <span class="secondary">({formatFileSize(a.document.size_bytes, lang)})</span>
        </span>
      ) : (
        <span class="secondary" data-testid="sh-document-link">
          {t('sharing.noDocument')}
        </span>
      ),
    },
    ...(a.activated_at ? [{ key: 'activated', label: t('sharing.activatedAt'), value: by(a.activated_by, a.activated_at) }] : []),
    ...(a.ended_at
      ? [
          {
            key: 'ended',
            label: t('sharing.endedAt'),
            value: (
              <span data-testid="sh-ended">
                {by(a.ended_by, a.ended_at)}
                {a.end_reason && <span class="cell-note">{a.end_reason}</span>}
              </span>
            ),
          },
        ]
      : []),
    { key: 'version', label: t('datasets.updatedAt'), value: t('datasets.versionAt', { version: a.version, at: formatDateTime(a.updated_at, lang, zone) }) },
  ];
  const datasets = a.datasets ?? a.dataset_ids.map((id) => ({ id, code: `#${id}`, title: '', classification: '', status: '' }));

  return (
    <>
      <h1 class="heading-xl">
        <span class="caption">{t('elements.agreements')}</span>
        <span data-testid="sh-title">{a.title}</span>
      </h1>
      <p class="body">
        <strong class={`tag tag--${agreementStateColour(a.state)}`} data-testid="sh-state">
          {agreementStateLabel(a.state, i18n)}
        </strong>{' '}
        {a.expiring_soon && (
          <strong class="tag tag--yellow" data-testid="sh-expiring">
            {t('sharing.expiringSoon')}
          </strong>
        )}
      </p>
      <p class="body secondary" data-testid="sh-state-text">
        {a.grants_access ? t('sharing.grantsAccess', { consumer: a.consumer_agency_name }) : t('sharing.grantsNothing', { consumer: a.consumer_agency_name })}
      </p>
      {done && <SavedNotice testId="sh-done" text={t(done)} />}
      <SummaryList testId="sh-summary" rows={rows} />

      <section class="section" aria-labelledby="sh-datasets-title" data-testid="sh-datasets">
        <h2 class="heading-l" id="sh-datasets-title">
          {t('sharing.datasets')}
          <span class="heading-count"> ({datasets.length})</span>
        </h2>
        {datasets.length === 0 ? (
          <p class="body secondary">{t('sharing.datasetsEmpty')}</p>
        ) : (
          <ul class="list">
            {datasets.map((d) => (
              <li key={d.id} data-testid="sh-dataset">
                <a class="link" href={datasetPagePath(d.id)}>
                  {d.code}
                </a>
                {d.title && ` — ${d.title}`}
                {d.classification && <span class="cell-note secondary">{classificationLabel(d.classification, i18n)}</span>}
              </li>
            ))}
          </ul>
        )}
      </section>

      {!owner && (
        <p class="body secondary" data-testid="sh-read-only">
          {t('sharing.readOnlyAgreement', { agency: a.provider_agency_name })}
        </p>
      )}
      {owner && a.status !== 'ended' && !editing && (
        <OpenFormButton
          label={t('sharing.edit')}
          testId="sh-edit-open"
          onClick={() => {
            setDone(null);
            setEditing(true);
          }}
        />
      )}
      {owner && editing && <AgreementEditForm agreement={a} etag={etag} onSaved={changed('sharing.saved')} onClose={() => setEditing(false)} />}
      {owner && !editing && <AgreementActions key={etag} agreement={a} etag={etag} onDone={(next, nextEtag, message) => changed(message)(next, nextEtag)} onStale={reload} />}

      <RecordHistory recordPath={agreementPath(a.id)} version={a.version} zone={zone} />
    </>
  );
}

// "Ubah perjanjian": the provider (or the superadmin) changes a draft or an
// agreement in force; the parties stay. Sent with If-Match: when someone else
// saved first (412) it says so, offers the latest version and keeps what was typed.
import { useEffect, useRef } from 'preact/hooks';
import { getAgreement, updateAgreement } from '../../api/datasets';
import type { Agreement } from '../../api/datasetTypes';
import { useVersionedForm } from '../../hooks/useVersionedForm';
import { useI18n } from '../../i18n/useI18n';
import { ConflictBox, UnsavedValues } from '../ConflictBox';
import { ErrorSummary } from '../ErrorSummary';
import { SaveCancelButtons } from '../form/SaveCancelButtons';
import { agreementChanges, AgreementFields, agreementFieldIds, agreementValuesOf, checkAgreement, useShareableDatasets, type AgreementValues } from './AgreementFields';
import { accessModeLabel } from './labels';

const IDS = agreementFieldIds('sh-edit');

interface Base {
  agreement: Agreement;
  etag: string;
}

interface Props {
  agreement: Agreement;
  etag: string;
  onSaved: (agreement: Agreement, etag?: string) => void;
  onClose: () => void;
}

export function AgreementEditForm({ agreement, etag, onSaved, onClose }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const datasets = useShareableDatasets(agreement.provider_agency_id);
  const form = useVersionedForm<Base, AgreementValues>({ agreement, etag }, (b) => agreementValuesOf(b.agreement), IDS);
  const { base, values, set, errors, unsaved } = form;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);

  const save = form.save({
    check: (wording) => checkAgreement(values, IDS, wording),
    send: () => {
      const changes = agreementChanges(base.agreement, values);
      return Object.keys(changes).length === 0 ? null : updateAgreement(base.agreement.id, changes, base.etag);
    },
    onSaved,
  });
  const reloadLatest = () => form.reload(getAgreement(base.agreement.id), (latest, latestEtag) => ({ agreement: latest, etag: latestEtag ?? `"${latest.version}"` }));

  return (
    <section class="section panel" aria-labelledby="sh-edit-heading" data-testid="sh-edit">
      <h2 class="heading-m" id="sh-edit-heading" tabIndex={-1} ref={heading}>
        {t('sharing.editTitle')}
      </h2>
      {form.conflict && <ConflictBox onReload={() => void reloadLatest()} testId="sh-conflict" />}
      {unsaved && (
        <UnsavedValues
          testId="sh-unsaved"
          rows={[
            [t('sharing.titleField'), unsaved.title],
            [t('sharing.purpose'), unsaved.purpose],
            [t('sharing.scope'), unsaved.scope],
            [t('sharing.mode'), unsaved.access_mode ? accessModeLabel(unsaved.access_mode, i18n) : ''],
            [t('sharing.standard'), unsaved.interoperability_standard],
            [t('sharing.documentNumber'), unsaved.document_number],
            [t('sharing.validFrom'), unsaved.valid_from],
            [t('sharing.expiresOn'), unsaved.expires_on],
          ]}
        />
      )}
      <form class="form" onSubmit={save} noValidate data-testid="sh-edit-form">
        <ErrorSummary items={errors.summary} focusKey={form.focusKey} />
        <AgreementFields ids={IDS} values={values} set={set} errors={errors} datasets={datasets} />
        <SaveCancelButtons saveLabel={t('sharing.save')} saveTestId="sh-save" saving={form.saving} cancelTestId="sh-edit-cancel" onCancel={onClose} />
      </form>
    </section>
  );
}

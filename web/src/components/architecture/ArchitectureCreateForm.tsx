// "Susun versi arsitektur" (the superadmin): a new five-year version starts as a
// draft with the six domains and the coordinators the region's regulation names.
// What was typed survives a reload (useDraft); an overlapping period is refused
// by the server and explained beside the years.
import { createArchitecture } from '../../api/architectures';
import { useSendForm } from '../../hooks/useSendForm';
import { useDraft } from '../../hooks/useDraft';
import { useI18n, type I18n } from '../../i18n/useI18n';
import { flashOn } from '../../state/flash';
import { navigate } from '../../state/route';
import { ErrorSummary } from '../ErrorSummary';
import { SaveCancelButtons } from '../form/SaveCancelButtons';
import { ArchitectureFields, checkVersion, EMPTY_VERSION, overlapOnPeriod, versionFieldIds, versionInput } from './ArchitectureFields';

const IDS = versionFieldIds('arch-new');

export function ArchitectureCreateForm({ today, onClose }: { today: string; onClose: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [draft, update, reset] = useDraft('architecture.create', EMPTY_VERSION);
  const { errors, focusKey, sending, send } = useSendForm(IDS);

  const found = (wording: I18n) => checkVersion(draft, IDS, wording);
  const submit = send({
    check: found,
    request: () => overlapOnPeriod(createArchitecture(versionInput(draft))),
    onSent: (data) => {
      reset();
      const path = `/tata-kelola/arsitektur/${data.id}`;
      flashOn(path, 'architecture.created');
      navigate(path);
    },
  });

  return (
    <section class="section panel" aria-labelledby="arch-new-title">
      <h2 class="heading-m" id="arch-new-title">
        {t('architecture.createTitle')}
      </h2>
      <p class="body">{t('architecture.createIntro')}</p>
      <form class="form" onSubmit={submit} noValidate data-testid="architecture-create-form">
        <ErrorSummary items={errors.summary} focusKey={focusKey} />
        <ArchitectureFields ids={IDS} values={draft} set={update} errors={errors} today={today} />
        <SaveCancelButtons
          saveLabel={t('architecture.createSubmit')}
          saveTestId="architecture-create-submit"
          saving={sending}
          cancelTestId="architecture-create-cancel"
          onCancel={onClose}
        />
      </form>
    </section>
  );
}

// "Buat penilaian mandiri" (the ICT office): a campaign for a year — Evaluasi or Pemantauan,
// the framework it is assessed against, the target level of every indicator, the target index
// (the IKU, PermenPANRB 59/2020 Pasal 10) and the decree that set the assessor team. What was
// typed survives a reload (useDraft); errors are shown beside their field — a year that already
// has a campaign beside the year. After saving, the campaign's page opens.
import { campaignPage, createCampaign } from '../../api/evaluation';
import { CAMPAIGN_KINDS, type FrameworkSummary } from '../../api/evaluationTypes';
import { ErrorSummary } from '../../components/ErrorSummary';
import { RadioGroup } from '../../components/form/RadioGroup';
import { SaveCancelButtons } from '../../components/form/SaveCancelButtons';
import { SelectField } from '../../components/form/SelectField';
import { TextField } from '../../components/form/TextField';
import { FormPanel } from '../../components/FormPanel';
import { fieldErrors } from '../../forms/formErrors';
import { describeError } from '../../errors/describe';
import { useDraft } from '../../hooks/useDraft';
import { useSendForm } from '../../hooks/useSendForm';
import { useI18n, type I18n } from '../../i18n/useI18n';
import { flashOn } from '../../state/flash';
import { navigate } from '../../state/route';
import { kindLabel } from './evaluationWords';

const IDS = {
  year: 'ev-create-year',
  kind: 'ev-create-kind',
  framework_code: 'ev-create-framework',
  target_level: 'ev-create-target-level',
  target_index: 'ev-create-target-index',
  decree_reference: 'ev-create-decree',
};

interface Props {
  frameworks: FrameworkSummary[];
  suggestedYear: number;
  onClose: () => void;
}

export function CampaignCreateForm({ frameworks, suggestedYear, onClose }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const usable = frameworks.filter((f) => f.status === 'in_force').concat(frameworks.filter((f) => f.status !== 'in_force'));
  const [draft, update, reset] = useDraft('evaluation.create', {
    year: String(suggestedYear),
    kind: 'evaluation',
    framework_code: usable[0]?.code ?? '',
    target_level: '3',
    target_index: '',
    decree_reference: '',
  });
  const { errors, focusKey, sending, send } = useSendForm(IDS);

  const check = ({ t }: I18n) =>
    fieldErrors([
      [IDS.year, /^\d{4}$/.test(draft.year.trim()) ? null : t('evaluation.error.yearMissing')],
      [IDS.framework_code, draft.framework_code ? null : t('evaluation.error.frameworkMissing')],
      [IDS.target_level, /^\d$/.test(draft.target_level.trim()) ? null : t('evaluation.error.targetLevelMissing')],
      [IDS.target_index, draft.target_index.trim() === '' || /^\d([.,]\d{1,2})?$/.test(draft.target_index.trim()) ? null : t('evaluation.error.targetIndexFormat')],
    ]);

  const submit = send({
    check,
    request: () =>
      createCampaign({
        year: Number(draft.year.trim()),
        kind: draft.kind,
        framework_code: draft.framework_code,
        target_level: Number(draft.target_level.trim()),
        ...(draft.target_index.trim() ? { target_index: draft.target_index.trim().replace(',', '.') } : {}),
        ...(draft.decree_reference.trim() ? { decree_reference: draft.decree_reference.trim() } : {}),
      }),
    onSent: (created) => {
      reset();
      const path = campaignPage(created.id);
      flashOn(path, 'evaluation.created');
      navigate(path);
    },
    // A year that already has its campaign is the year field's error.
    explain: (error, shown, wording) =>
      error.status === 409
        ? { summary: [{ text: describeError(error, wording), fieldId: IDS.year }], fields: { ...shown.fields, [IDS.year]: describeError(error, wording) } }
        : error.status === 403
          ? { ...shown, summary: [{ text: wording.t('evaluation.forbiddenManage') }, ...shown.summary] }
          : shown,
  });

  return (
    <FormPanel title={t('evaluation.createTitle')} testId="ev-create-panel">
      <p class="body">{t('evaluation.createIntro')}</p>
      <form class="form" onSubmit={submit} noValidate data-testid="ev-create-form">
        <ErrorSummary items={errors.summary} focusKey={focusKey} />
        <TextField
          id={IDS.year}
          label={t('evaluation.year')}
          width="short"
          value={draft.year}
          onInput={(year) => update({ year })}
          error={errors.fields[IDS.year]}
          inputProps={{ inputMode: 'numeric', maxLength: 4 }}
        />
        <RadioGroup
          id={IDS.kind}
          legend={t('evaluation.kind')}
          hint={t('evaluation.kindHint')}
          value={draft.kind}
          onChange={(kind) => update({ kind })}
          options={CAMPAIGN_KINDS.map((k) => ({ value: k, label: kindLabel(k, i18n) }))}
          error={errors.fields[IDS.kind]}
        />
        <SelectField
          id={IDS.framework_code}
          label={t('evaluation.framework')}
          value={draft.framework_code}
          onChange={(framework_code) => update({ framework_code })}
          options={[
            { value: '', label: t('evaluation.chooseFramework') },
            ...usable.map((f) => ({ value: f.code, label: `${f.citation} (${f.indicators} ${t('evaluation.indicatorsWord')})${f.status === 'in_force' ? '' : ` · ${t('evaluation.frameworkDraft')}`}` })),
          ]}
          error={errors.fields[IDS.framework_code]}
        />
        <TextField
          id={IDS.target_level}
          label={t('evaluation.targetLevel')}
          hint={t('evaluation.targetLevelHint')}
          width="short"
          value={draft.target_level}
          onInput={(target_level) => update({ target_level })}
          error={errors.fields[IDS.target_level]}
          inputProps={{ inputMode: 'numeric', maxLength: 1 }}
        />
        <TextField
          id={IDS.target_index}
          label={t('evaluation.targetIndex')}
          hint={t('evaluation.targetIndexHint')}
          width="short"
          value={draft.target_index}
          onInput={(target_index) => update({ target_index })}
          error={errors.fields[IDS.target_index]}
          inputProps={{ inputMode: 'decimal', maxLength: 4 }}
        />
        <TextField
          id={IDS.decree_reference}
          label={t('evaluation.decree')}
          hint={t('evaluation.decreeHint')}
          value={draft.decree_reference}
          onInput={(decree_reference) => update({ decree_reference })}
          error={errors.fields[IDS.decree_reference]}
          inputProps={{ maxLength: 300 }}
        />
        <SaveCancelButtons saveLabel={t('evaluation.create')} saveTestId="ev-create-save" saving={sending} cancelTestId="ev-create-cancel" onCancel={onClose} />
      </form>
    </FormPanel>
  );
}

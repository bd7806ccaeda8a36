// Adding a competency to the catalogue, or changing one (the ICT office): its code
// (unique in the region, kept once made), name, kind and description. What was typed
// for a new entry survives a reload; a change sent after someone else's (412) keeps
// what was typed and offers the latest version.
import { useState } from 'preact/hooks';
import { createCompetency, getCatalogue, updateCompetency } from '../../api/competencies';
import { COMPETENCY_KINDS, type Competency } from '../../api/competencyTypes';
import { fieldErrors } from '../../forms/formErrors';
import { useDraft } from '../../hooks/useDraft';
import { useSendForm } from '../../hooks/useSendForm';
import { useI18n, type I18n } from '../../i18n/useI18n';
import { ConflictBox } from '../ConflictBox';
import { ErrorSummary } from '../ErrorSummary';
import { FormPanel } from '../FormPanel';
import { SaveCancelButtons } from '../form/SaveCancelButtons';
import { SelectField } from '../form/SelectField';
import { TextArea } from '../form/TextArea';
import { TextField } from '../form/TextField';
import { kindLabel } from './competencyWords';

const IDS = { code: 'cp-cat-code-input', name: 'cp-cat-name-input', kind: 'cp-cat-kind-input', description: 'cp-cat-description' };
const CODE = /^[A-Za-z0-9.-]{1,20}$/;

interface Props {
  record: Competency | null; // null: a new entry
  onSaved: (c: Competency, created: boolean) => void;
  onClose: () => void;
}

export function CompetencyForm(props: Props) {
  // After a conflict the form starts again from the latest version (what was typed stays in the draft).
  const [latest, setLatest] = useState<{ record: Competency | null; generation: number }>({ record: props.record, generation: 0 });
  return (
    <FormBody
      key={latest.generation}
      {...props}
      base={latest.record}
      onLatest={(record) => setLatest((l) => ({ record, generation: l.generation + 1 }))}
    />
  );
}

function FormBody({ record, base, onSaved, onClose, onLatest }: Props & { base: Competency | null; onLatest: (c: Competency) => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const initial = { code: record?.code ?? '', name: record?.name ?? '', kind: record?.kind ?? '', description: record?.description ?? '' };
  const [draft, update, reset] = useDraft(record ? `competency.catalogue.${record.id}` : 'competency.catalogue.new', initial);
  const { errors, focusKey, sending, conflict, send } = useSendForm(IDS);

  const check = ({ t }: I18n) =>
    fieldErrors([
      [IDS.code, record || CODE.test(draft.code.trim()) ? null : t('competency.error.code')],
      [IDS.name, draft.name.trim() ? null : t('competency.error.nameMissing')],
      [IDS.kind, draft.kind ? null : t('competency.error.kindMissing')],
    ]);

  const submit = send({
    check,
    request: () =>
      base
        ? updateCompetency(base, { name: draft.name.trim(), kind: draft.kind, description: draft.description.trim() })
        : createCompetency({ code: draft.code.trim().toUpperCase(), name: draft.name.trim(), kind: draft.kind, ...(draft.description.trim() ? { description: draft.description.trim() } : {}) }),
    onSent: (saved) => {
      reset();
      onSaved(saved, !base);
    },
  });

  const loadLatest = async () => {
    if (!base) return;
    const answer = await getCatalogue();
    const found = answer.ok ? answer.data.items.find((c) => c.id === base.id) : undefined;
    if (found) onLatest(found);
  };

  return (
    <FormPanel title={record ? t('competency.catalogueEditTitle', { code: record.code }) : t('competency.catalogueAddTitle')} testId="cp-cat-panel">
      <form class="form" onSubmit={submit} noValidate data-testid="cp-cat-form">
        {conflict && <ConflictBox testId="cp-cat-conflict" onReload={() => void loadLatest()} />}
        <ErrorSummary items={errors.summary} focusKey={focusKey} />
        {record ? (
          <p class="body">
            <strong>{t('competency.code')}:</strong> {record.code}
          </p>
        ) : (
          <TextField
            id={IDS.code}
            width="half"
            label={t('competency.code')}
            hint={t('competency.codeHint')}
            value={draft.code}
            onInput={(code) => update({ code })}
            error={errors.fields[IDS.code]}
            inputProps={{ maxLength: 20 }}
          />
        )}
        <TextField id={IDS.name} label={t('competency.name')} value={draft.name} onInput={(name) => update({ name })} error={errors.fields[IDS.name]} inputProps={{ maxLength: 200 }} />
        <SelectField
          id={IDS.kind}
          label={t('competency.kind')}
          hint={t('competency.kindHint')}
          value={draft.kind}
          onChange={(kind) => update({ kind })}
          options={[{ value: '', label: t('competency.choose') }, ...COMPETENCY_KINDS.map((k) => ({ value: k, label: kindLabel(k, i18n) }))]}
          error={errors.fields[IDS.kind]}
        />
        <TextArea id={IDS.description} label={t('competency.description')} value={draft.description} onInput={(description) => update({ description })} error={errors.fields[IDS.description]} />
        <SaveCancelButtons saveLabel={record ? t('competency.saveChanges') : t('competency.catalogueSave')} saveTestId="cp-cat-save" saving={sending} cancelTestId="cp-cat-cancel" onCancel={onClose} />
      </form>
    </FormPanel>
  );
}

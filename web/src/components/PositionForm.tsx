// The form to add a position to an agency or change one: its title, whether it
// heads the agency, and who holds it (chosen from the agency's people). Changes
// are sent with If-Match; when someone else changed the position first (412) it
// says so and offers the latest version, listing what was typed.
import { useEffect, useState } from 'preact/hooks';
import type { ApiError } from '../api/client';
import type { Person, Position } from '../api/organisationTypes';
import { createPosition, listAllPeople, listPositions, updatePosition, type PositionInput } from '../api/people';
import { ConflictBox, UnsavedValues } from './ConflictBox';
import { ErrorBox } from './ErrorBox';
import { ErrorSummary } from './ErrorSummary';
import { CheckboxGroup } from './form/CheckboxGroup';
import { SaveCancelButtons } from './form/SaveCancelButtons';
import { SelectField } from './form/SelectField';
import { TextField } from './form/TextField';
import { FormPanel } from './FormPanel';
import { fieldErrors } from '../forms/formErrors';
import { useVersionedForm } from '../hooks/useVersionedForm';
import { useI18n } from '../i18n/useI18n';

interface Values {
  title: string;
  is_head: boolean;
  holder: string; // person id, '' for nobody
}

const FIELD_IDS = { title: 'position-title-field', is_head: 'position-is-head', holder_person_id: 'position-holder-field' };

const valuesOf = (p: Position | null): Values => ({
  title: p?.title ?? '',
  is_head: p?.is_head ?? false,
  holder: p?.holder ? String(p.holder.id) : '',
});

interface Props {
  agencyId: number;
  position: Position | null;
  onSaved: (position: Position) => void;
  onClose: () => void;
  onStale: () => void;
}

export function PositionForm({ agencyId, position, onSaved, onClose, onStale }: Props) {
  const { t } = useI18n();
  const form = useVersionedForm<Position | null, Values>(position, valuesOf, FIELD_IDS);
  const { base, values, set, errors, unsaved } = form;
  const [people, setPeople] = useState<{ items: Person[] } | { error: ApiError } | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    void listAllPeople(agencyId, { signal: controller.signal }).then((answer) => {
      if (!controller.signal.aborted) setPeople(answer.ok ? { items: answer.data } : { error: answer.error });
    });
    return () => controller.abort();
  }, [agencyId, attempt]);

  const save = form.save({
    check: ({ t }) => fieldErrors([['position-title-field', values.title.trim() ? null : t('position.error.titleMissing')]]),
    send: () => {
      const holder = values.holder ? Number(values.holder) : null;
      if (!base) return createPosition({ agency_id: agencyId, title: values.title.trim(), is_head: values.is_head, holder_person_id: holder });
      const changes: PositionInput = {};
      if (values.title.trim() !== base.title) changes.title = values.title.trim();
      if (values.is_head !== base.is_head) changes.is_head = values.is_head;
      if (holder !== (base.holder?.id ?? null)) changes.holder_person_id = holder;
      return Object.keys(changes).length === 0 ? null : updatePosition(base.id, changes, `"${base.version}"`);
    },
    onSaved,
  });

  // The positions are read as a list: the latest version is this one's entry.
  const reloadLatest = async () => {
    if (!base) return;
    if (await form.reload(listPositions(agencyId), ({ items }) => items.find((p) => p.id === base.id))) onStale();
  };

  const peopleItems = people && 'items' in people ? people.items : [];
  const holderName = (id: string) => peopleItems.find((p) => String(p.id) === id)?.name ?? '';
  const title = base ? t('position.editTitle', { title: base.title }) : t('position.add');
  return (
    <FormPanel testId="position-form-panel" title={title}>
      {form.conflict && <ConflictBox onReload={reloadLatest} testId="position-conflict" />}
      {unsaved && (
        <UnsavedValues
          testId="position-unsaved"
          rows={[
            [t('position.name'), unsaved.title],
            [t('position.holder'), holderName(unsaved.holder)],
          ]}
        />
      )}
      <form class="form" onSubmit={save} noValidate data-testid="position-form">
        <ErrorSummary items={errors.summary} focusKey={form.focusKey} />
        <TextField
          id="position-title-field"
          label={t('position.name')}
          hint={t('position.nameHint')}
          value={values.title}
          onInput={(title) => set({ title })}
          error={errors.fields['position-title-field']}
          autoComplete="off"
        />
        <CheckboxGroup
          id="position-is-head"
          legend={t('position.headQuestion')}
          values={values.is_head ? ['yes'] : []}
          onChange={(v) => set({ is_head: v.includes('yes') })}
          error={errors.fields['position-is-head']}
          options={[{ value: 'yes', label: t('position.headYes'), hint: t('position.headHint') }]}
        />
        {people && 'error' in people ? (
          <ErrorBox error={people.error} onRetry={() => setAttempt((n) => n + 1)} />
        ) : (
          <SelectField
            id="position-holder-field"
            label={t('position.holder')}
            hint={people ? t('position.holderHint') : t('common.loading')}
            value={values.holder}
            onChange={(holder) => set({ holder })}
            error={errors.fields['position-holder-field']}
            options={[
              { value: '', label: t('position.noHolder') },
              ...peopleItems.map((p) => ({ value: String(p.id), label: p.nip ? `${p.name} (${p.nip})` : p.name })),
              ...(values.holder && !peopleItems.some((p) => String(p.id) === values.holder)
                ? [{ value: values.holder, label: base?.holder?.name ?? `#${values.holder}` }]
                : []),
            ]}
          />
        )}
        <SaveCancelButtons
          saveLabel={base ? t('userEdit.save') : t('position.add')}
          saveTestId="position-save"
          saving={form.saving}
          cancelTestId="position-cancel"
          onCancel={onClose}
        />
      </form>
    </FormPanel>
  );
}

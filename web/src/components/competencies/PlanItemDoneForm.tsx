// "Tandai selesai": an item of the plan is done once at least one training recorded for
// a person of the agency shows it; the form offers the trainings of the people the item
// targets (or of the agency's employees when it names nobody). Done is final.
import { useState } from 'preact/hooks';
import { getStaffRecord, updatePlanItem } from '../../api/competencies';
import type { Plan, PlanItem, StaffRow, Training } from '../../api/competencyTypes';
import type { Result } from '../../api/client';
import { formatDay } from '../../format/dateTime';
import { fieldErrors } from '../../forms/formErrors';
import { useLoad } from '../../hooks/useLoad';
import { useSendForm } from '../../hooks/useSendForm';
import { useI18n, type I18n } from '../../i18n/useI18n';
import { ConflictBox } from '../ConflictBox';
import { ErrorSummary } from '../ErrorSummary';
import { FormPanel } from '../FormPanel';
import { LoadView } from '../LoadView';
import { CheckboxGroup } from '../form/CheckboxGroup';
import { SaveCancelButtons } from '../form/SaveCancelButtons';
import { explainPlanForbidden } from './planWords';

const IDS = { training_ids: 'cp-done-trainings', status: 'cp-done-trainings' };
const MOST_PEOPLE = 30;

interface Props {
  plan: Plan;
  item: PlanItem;
  staff: StaffRow[];
  onSaved: (plan: Plan) => void;
  onStale: () => void;
  onClose: () => void;
}

type Offered = Training & { person_name: string };

async function trainingsOf(people: Array<{ id: number; name: string }>, signal: AbortSignal): Promise<Result<Offered[]>> {
  const answers = await Promise.all(people.slice(0, MOST_PEOPLE).map((p) => getStaffRecord(p.id, { signal })));
  const all: Offered[] = [];
  for (const answer of answers) {
    if (!answer.ok) return answer;
    for (const tr of answer.data.trainings) all.push({ ...tr, person_name: answer.data.person.name });
  }
  all.sort((a, b) => b.starts_on.localeCompare(a.starts_on));
  return { ok: true, data: all, status: 200 };
}

export function PlanItemDoneForm({ plan, item, staff, onSaved, onStale, onClose }: Props) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const names = new Map(staff.map((p) => [p.person_id, p.name]));
  const people = item.target_person_ids.length ? item.target_person_ids.map((id) => ({ id, name: names.get(id) ?? '' })) : staff.map((p) => ({ id: p.person_id, name: p.name }));
  const offered = useLoad((signal) => trainingsOf(people, signal), `${item.id}`);
  const [chosen, setChosen] = useState<string[]>([]);
  const { errors, focusKey, sending, conflict, send } = useSendForm(IDS);

  const submit = send({
    check: ({ t }: I18n) => fieldErrors([[IDS.training_ids, chosen.length ? null : t('competency.error.trainingsMissing')]]),
    request: () => updatePlanItem(plan, item.id, { status: 'done', training_ids: chosen.map(Number) }),
    onSent: onSaved,
    explain: explainPlanForbidden,
  });

  return (
    <FormPanel title={t('competency.itemDoneTitle', { title: item.title })} testId="cp-done-panel">
      <form class="form" onSubmit={submit} noValidate data-testid="cp-done-form">
        {conflict && <ConflictBox testId="cp-done-conflict" onReload={onStale} />}
        <ErrorSummary items={errors.summary} focusKey={focusKey} />
        <LoadView loaded={offered}>
          {(trainings) =>
            trainings.length === 0 ? (
              <p class="body" data-testid="cp-done-no-trainings">
                {t('competency.itemDoneNoTrainings')}
              </p>
            ) : (
              <CheckboxGroup
                id={IDS.training_ids}
                legend={t('competency.itemDoneTrainings')}
                hint={t('competency.itemDoneHint')}
                values={chosen}
                onChange={setChosen}
                options={trainings.map((tr) => ({ value: String(tr.id), label: `${tr.title} — ${tr.person_name}`, hint: formatDay(tr.starts_on, lang) }))}
                error={errors.fields[IDS.training_ids]}
              />
            )
          }
        </LoadView>
        <SaveCancelButtons saveLabel={t('competency.itemDoneSave')} saveTestId="cp-done-save" saving={sending} cancelTestId="cp-done-cancel" onCancel={onClose} />
      </form>
    </FormPanel>
  );
}

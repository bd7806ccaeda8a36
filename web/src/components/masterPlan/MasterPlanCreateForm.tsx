// "Susun rencana induk" (the ICT office, i.e. the superadmin): a new master plan
// starts as a draft. What was typed survives a reload or the session ending
// (useDraft); after saving, the plan's own page opens.
import { createMasterPlan } from '../../api/masterPlans';
import { useSendForm } from '../../hooks/useSendForm';
import { useDraft } from '../../hooks/useDraft';
import { useI18n, type I18n } from '../../i18n/useI18n';
import { flashOn } from '../../state/flash';
import { navigate } from '../../state/route';
import { ErrorSummary } from '../ErrorSummary';
import { SaveCancelButtons } from '../form/SaveCancelButtons';
import { checkPlan, EMPTY_PLAN, MasterPlanFields, planFieldIds, planInput } from './MasterPlanFields';

const IDS = planFieldIds('mp-new');

export function MasterPlanCreateForm({ today, onClose }: { today: string; onClose: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [draft, update, reset] = useDraft('masterPlan.create', EMPTY_PLAN);
  const { errors, focusKey, sending, send } = useSendForm(IDS);

  const found = (wording: I18n) => checkPlan(draft, IDS, wording);
  const submit = send({
    check: found,
    request: () => createMasterPlan(planInput(draft)),
    onSent: (data) => {
      reset();
      const path = `/tata-kelola/rencana-induk/${data.id}`;
      flashOn(path, 'masterPlan.created');
      navigate(path);
    },
  });

  return (
    <section class="section panel" aria-labelledby="mp-new-title">
      <h2 class="heading-m" id="mp-new-title">
        {t('masterPlan.createTitle')}
      </h2>
      <p class="body">{t('masterPlan.createIntro')}</p>
      <form class="form" onSubmit={submit} noValidate data-testid="master-plan-create-form">
        <ErrorSummary items={errors.summary} focusKey={focusKey} />
        <MasterPlanFields ids={IDS} values={draft} set={update} errors={errors} periodAndDecree today={today} />
        <SaveCancelButtons
          saveLabel={t('masterPlan.createSubmit')}
          saveTestId="master-plan-create-submit"
          saving={sending}
          cancelTestId="master-plan-create-cancel"
          onCancel={onClose}
        />
      </form>
    </section>
  );
}

// "Ubah rencana induk": the superadmin changes a draft (everything) or an enacted
// plan (its contents, after a review; the period and the decree stay). Sent with
// If-Match: when someone else saved first (412) it says so, offers the latest
// version and lists what was typed, so nothing is lost.
import { getMasterPlan, updateMasterPlan } from '../../api/masterPlans';
import type { MasterPlan } from '../../api/masterPlanTypes';
import { LIST_LABELS } from '../../format/masterPlan';
import { MASTER_PLAN_LISTS } from '../../api/masterPlanTypes';
import { useVersionedForm } from '../../hooks/useVersionedForm';
import { useI18n } from '../../i18n/useI18n';
import { ConflictBox, UnsavedValues } from '../ConflictBox';
import { ErrorSummary } from '../ErrorSummary';
import { SaveCancelButtons } from '../form/SaveCancelButtons';
import { checkPlan, MasterPlanFields, planChanges, planFieldIds, planValuesOf, type PlanValues } from './MasterPlanFields';

const IDS = planFieldIds('mp-edit');

interface Base {
  plan: MasterPlan;
  etag: string;
}

interface Props {
  plan: MasterPlan;
  etag: string;
  today: string;
  onSaved: (plan: MasterPlan, etag?: string) => void;
  onClose: () => void;
}

export function MasterPlanEditForm({ plan, etag, today, onSaved, onClose }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const form = useVersionedForm<Base, PlanValues>({ plan, etag }, (b) => planValuesOf(b.plan), IDS);
  const { base, values, set, errors, unsaved } = form;
  const draft = base.plan.status === 'draft';

  const save = form.save({
    check: (wording) => checkPlan(values, IDS, wording),
    send: () => {
      const changes = planChanges(base.plan, values, draft);
      return Object.keys(changes).length === 0 ? null : updateMasterPlan(base.plan.id, changes, base.etag);
    },
    onSaved: (saved, savedEtag) => onSaved(saved, savedEtag),
  });

  const reloadLatest = () =>
    form.reload(getMasterPlan(base.plan.id), (latest, latestEtag) => ({ plan: latest, etag: latestEtag ?? `"${latest.version}"` }));

  return (
    <section class="section panel" aria-labelledby="mp-edit-title">
      <h2 class="heading-m" id="mp-edit-title">
        {t('masterPlan.editTitle')}
      </h2>
      {!draft && <p class="body">{t('masterPlan.editEnactedIntro')}</p>}
      {form.conflict && <ConflictBox onReload={() => void reloadLatest()} testId="master-plan-conflict" />}
      {unsaved && (
        <UnsavedValues
          testId="master-plan-unsaved"
          rows={[
            [t('masterPlan.titleLabel'), unsaved.title],
            [t('masterPlan.period'), `${unsaved.start_year}–${unsaved.end_year}`],
            [t('masterPlan.vision'), unsaved.vision],
            ...MASTER_PLAN_LISTS.map((list): [string, string] => [t(LIST_LABELS[list]), unsaved[list].split(/\r?\n/).filter(Boolean).join(' · ')]),
            [t('masterPlan.rpjmd'), unsaved.rpjmd_reference],
          ]}
        />
      )}
      <form class="form" onSubmit={save} noValidate data-testid="master-plan-edit-form">
        <ErrorSummary items={errors.summary} focusKey={form.focusKey} />
        <MasterPlanFields ids={IDS} values={values} set={set} errors={errors} periodAndDecree={draft} today={today} />
        <SaveCancelButtons saveLabel={t('masterPlan.save')} saveTestId="master-plan-save" saving={form.saving} cancelTestId="master-plan-edit-cancel" onCancel={onClose} />
      </form>
    </section>
  );
}

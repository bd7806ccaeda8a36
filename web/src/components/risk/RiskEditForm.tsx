// "Ubah risiko": the owner (the agency's operator or the ICT office) changes an open or
// treated risk; the preview follows the levels as they are picked. Sent with If-Match: a
// 412 says someone changed it first, offers the latest and lists what was typed.
import { getRisk, updateRisk } from '../../api/risks';
import type { Risk, RiskCriteria } from '../../api/riskTypes';
import { useVersionedForm } from '../../hooks/useVersionedForm';
import { useI18n } from '../../i18n/useI18n';
import { ConflictBox, UnsavedValues } from '../ConflictBox';
import { ErrorSummary } from '../ErrorSummary';
import { SaveCancelButtons } from '../form/SaveCancelButtons';
import { polarityLabel } from './labels';
import { checkRisk, RiskFields, riskChanges, riskFieldIds, riskValuesOf, type RiskValues } from './RiskFields';

const PREFIX = 'risk-edit';
const IDS = riskFieldIds(PREFIX);

interface Base {
  risk: Risk;
  etag: string;
}

interface Props {
  risk: Risk;
  etag: string;
  criteria: RiskCriteria;
  onSaved: (risk: Risk, etag?: string) => void;
  onClose: () => void;
}

export function RiskEditForm({ risk, etag, criteria, onSaved, onClose }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const form = useVersionedForm<Base, RiskValues>({ risk, etag }, (b) => riskValuesOf(b.risk), IDS);
  const { base, values, set, errors, unsaved } = form;
  const save = form.save({
    check: (wording) => checkRisk(values, IDS, wording),
    send: () => {
      const changes = riskChanges(base.risk, values);
      return Object.keys(changes).length === 0 ? null : updateRisk(base.risk.id, changes, base.etag);
    },
    onSaved: (saved, savedEtag) => onSaved(saved, savedEtag),
  });
  const reloadLatest = () => form.reload(getRisk(base.risk.id), (latest, latestEtag) => ({ risk: latest, etag: latestEtag ?? `"${latest.version}"` }));
  const name = (list: Array<{ key: string; name: string }>, key: string) => list.find((x) => x.key === key)?.name ?? key;

  return (
    <section class="section panel" aria-labelledby="risk-edit-title" data-testid="risk-edit">
      <h2 class="heading-m" id="risk-edit-title">
        {t('risk.editTitle')}
      </h2>
      {form.conflict && <ConflictBox onReload={() => void reloadLatest()} testId="risk-conflict" />}
      {unsaved && (
        <UnsavedValues
          testId="risk-unsaved"
          rows={[
            [t('risk.polarityLabel'), unsaved.polarity ? polarityLabel(unsaved.polarity, i18n) : ''],
            [t('risk.spbeGoalOptional'), unsaved.spbe_goal],
            [t('risk.indicatorOptional'), unsaved.indicator],
            [t('risk.event'), unsaved.event],
            [t('risk.cause'), unsaved.cause],
            [t('risk.category'), name(criteria.categories, unsaved.category)],
            [t('risk.impact'), unsaved.impact],
            [t('risk.impactArea'), name(criteria.impact_areas, unsaved.impact_area)],
            [t('risk.likelihood'), unsaved.likelihood],
            [t('risk.impactLevel'), unsaved.impact_level],
            [t('risk.priorityOptional'), unsaved.priority_rank],
          ]}
        />
      )}
      <form class="form" onSubmit={save} noValidate data-testid="risk-edit-form">
        <ErrorSummary items={errors.summary} focusKey={form.focusKey} />
        <RiskFields prefix={PREFIX} ids={IDS} values={values} set={set} errors={errors} criteria={criteria} />
        <SaveCancelButtons saveLabel={t('risk.save')} saveTestId="risk-save" saving={form.saving} cancelTestId="risk-edit-cancel" onCancel={onClose} />
      </form>
    </section>
  );
}

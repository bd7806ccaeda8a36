// "Ubah permintaan perubahan": the agency (or the ICT office) corrects the request
// before it is approved — every field; after approval only the planned window,
// the rollback plan and the implementer, and a changed window or rollback plan
// needs approval again (said beforehand). Sent with If-Match: when someone else
// saved first (412) it says so, offers the latest version and lists what was typed.
import { getChange, updateChange, type ChangeInput } from '../../api/changes';
import type { Change } from '../../api/changeTypes';
import { useVersionedForm } from '../../hooks/useVersionedForm';
import { useI18n, type I18n } from '../../i18n/useI18n';
import { ConflictBox, UnsavedValues } from '../ConflictBox';
import { ErrorSummary } from '../ErrorSummary';
import { FormPanel } from '../FormPanel';
import { SaveCancelButtons } from '../form/SaveCancelButtons';
import { ChangeFields, changeFieldIds, changeInput, changeValues, checkChange, serverFieldIds, type ChangeValues } from './ChangeFields';
import { changeTypeLabel, riskLevelLabel, targetKindLabel } from './labels';

const FIELDS = changeFieldIds('change-edit');

interface Base {
  change: Change;
  etag: string;
}

interface Props {
  change: Change;
  etag: string;
  limited: boolean; // approved: only the window, the rollback plan and the implementer
  zone: string | undefined;
  zoneName: string;
  onSaved: (change: Change, etag?: string) => void;
  onClose: () => void;
}

const LIMITED_KEYS = ['planned_start', 'planned_end', 'rollback_plan', 'implementer'] as const;

export function ChangeEditForm({ change, etag, limited, zone, zoneName, onSaved, onClose }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const valuesOf = ({ change: c }: Base): ChangeValues => changeValues(c, zone);
  const form = useVersionedForm<Base, ChangeValues>({ change, etag }, valuesOf, serverFieldIds(FIELDS));
  const { base, values, set, errors, unsaved } = form;

  // Only what differs from the version loaded.
  const changes = (): ChangeInput => {
    const before = changeInput(valuesOf(base)) as Record<string, unknown>;
    const now = changeInput(values) as Record<string, unknown>;
    const keys = limited ? LIMITED_KEYS : (Object.keys(now) as Array<keyof ChangeInput>);
    const out: Record<string, unknown> = {};
    for (const k of keys) if (JSON.stringify(now[k]) !== JSON.stringify(before[k])) out[k] = now[k];
    return out as ChangeInput;
  };

  const save = form.save({
    check: (wording: I18n) => checkChange(values, FIELDS, limited, wording),
    send: () => {
      const c = changes();
      return Object.keys(c).length === 0 ? null : updateChange(base.change.id, c, base.etag);
    },
    onSaved,
  });

  const reloadLatest = () => form.reload(getChange(base.change.id), (latest, latestEtag) => ({ change: latest, etag: latestEtag ?? `"${latest.version}"` }));

  return (
    <FormPanel title={t('change.editTitle')} testId="change-edit-panel">
      {limited && (
        <p class="body" data-testid="change-edit-limited">
          {t('change.editLimited')}
        </p>
      )}
      {form.conflict && <ConflictBox onReload={() => void reloadLatest()} testId="change-edit-conflict" />}
      {unsaved && (
        <UnsavedValues
          testId="change-edit-unsaved"
          rows={[
            [t('change.titleLabel'), unsaved.title],
            [t('change.description'), unsaved.description],
            [t('change.reason'), unsaved.reason],
            [t('change.targetKindLabel'), unsaved.target_kind ? targetKindLabel(unsaved.target_kind, i18n) : ''],
            [t('change.targetLabel'), unsaved.target_label],
            [t('change.typeLabel'), unsaved.change_type ? changeTypeLabel(unsaved.change_type, i18n) : ''],
            [t('change.riskLevel'), unsaved.risk_level ? riskLevelLabel(unsaved.risk_level, i18n) : ''],
            [t('change.riskNotes'), unsaved.risk_notes],
            [t('change.impact'), unsaved.impact],
            [t('change.rollbackPlan'), unsaved.rollback_plan],
            [t('change.window'), `${unsaved.start_date} ${unsaved.start_time} – ${unsaved.end_date} ${unsaved.end_time}`],
            [t('change.implementer'), unsaved.implementer],
          ]}
        />
      )}
      <form class="form" onSubmit={save} noValidate data-testid="change-edit-form">
        <ErrorSummary items={errors.summary} focusKey={form.focusKey} />
        <ChangeFields ids={FIELDS} values={values} set={set} errors={errors.fields} limited={limited} zoneName={zoneName} />
        <SaveCancelButtons saveLabel={t('change.save')} saveTestId="change-edit-save" saving={form.saving} cancelTestId="change-edit-cancel" onCancel={onClose} />
      </form>
    </FormPanel>
  );
}

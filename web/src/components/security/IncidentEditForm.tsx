// "Ubah laporan insiden": the agency (or the ICT office) corrects what was
// reported — title, description, severity, serious disruption, when it was
// detected — and the lessons learned. Sent with If-Match: when someone else saved
// first (412) it says so, offers the latest version and lists what was typed.
import { getIncident, updateIncident, type IncidentInput } from '../../api/security';
import type { Incident } from '../../api/securityTypes';
import { useRegionDetail } from '../../hooks/useRegionDetail';
import { useVersionedForm } from '../../hooks/useVersionedForm';
import { useI18n, type I18n } from '../../i18n/useI18n';
import { ConflictBox, UnsavedValues } from '../ConflictBox';
import { ErrorSummary } from '../ErrorSummary';
import { FormPanel } from '../FormPanel';
import { SaveCancelButtons } from '../form/SaveCancelButtons';
import { TextArea } from '../form/TextArea';
import { checkIncident, IncidentFields, incidentFieldIds, type IncidentValues } from './IncidentFields';
import { severityLabel } from './labels';
import { instantOf, partsOf } from './when';

const FIELDS = incidentFieldIds('sec-edit');
const IDS = { ...FIELDS, lessons_learned: 'sec-edit-lessons' };

type Values = IncidentValues & { lessons_learned: string };

interface Base {
  incident: Incident;
  etag: string;
}

interface Props {
  incident: Incident;
  etag: string;
  onSaved: (incident: Incident, etag?: string) => void;
  onClose: () => void;
}

export function IncidentEditForm({ incident, etag, onSaved, onClose }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const zone = useRegionDetail()?.time_zone;
  const valuesOf = ({ incident: i }: Base): Values => {
    const detected = partsOf(new Date(i.detected_at), zone);
    return {
      title: i.title,
      description: i.description,
      severity: i.severity,
      serious: i.serious,
      detected_date: detected.date,
      detected_time: detected.time,
      lessons_learned: i.lessons_learned ?? '',
    };
  };
  const form = useVersionedForm<Base, Values>({ incident, etag }, valuesOf, IDS);
  const { base, values, set, errors, unsaved } = form;
  const detected = () => instantOf(values.detected_date, values.detected_time, zone);

  const changes = (): IncidentInput => {
    const i = base.incident;
    const c: IncidentInput = {};
    if (values.title.trim() !== i.title) c.title = values.title.trim();
    if (values.description.trim() !== i.description) c.description = values.description.trim();
    if (values.severity !== i.severity) c.severity = values.severity;
    if (values.serious !== i.serious) c.serious = values.serious;
    const when = detected();
    if (when && Date.parse(when) !== Date.parse(i.detected_at)) c.detected_at = when;
    if (values.lessons_learned.trim() !== (i.lessons_learned ?? '')) c.lessons_learned = values.lessons_learned.trim();
    return c;
  };

  const save = form.save({
    check: (wording: I18n) => checkIncident(values, FIELDS, zone, wording),
    send: () => {
      const c = changes();
      return Object.keys(c).length === 0 ? null : updateIncident(base.incident.id, c, base.etag);
    },
    onSaved,
  });

  const reloadLatest = () => form.reload(getIncident(base.incident.id), (latest, latestEtag) => ({ incident: latest, etag: latestEtag ?? `"${latest.version}"` }));

  return (
    <FormPanel title={t('security.incidentEditTitle')} testId="sec-edit-panel">
      {form.conflict && <ConflictBox onReload={() => void reloadLatest()} testId="sec-edit-conflict" />}
      {unsaved && (
        <UnsavedValues
          testId="sec-edit-unsaved"
          rows={[
            [t('security.incidentTitle'), unsaved.title],
            [t('security.description'), unsaved.description],
            [t('security.severity'), unsaved.severity ? severityLabel(unsaved.severity, i18n) : ''],
            [t('security.seriousLegend'), unsaved.serious ? t('security.yes') : t('security.no')],
            [t('security.detectedAt'), `${unsaved.detected_date} ${unsaved.detected_time}`],
            [t('security.lessonsLearned'), unsaved.lessons_learned],
          ]}
        />
      )}
      <form class="form" onSubmit={save} noValidate data-testid="sec-edit-form">
        <ErrorSummary items={errors.summary} focusKey={form.focusKey} />
        <IncidentFields ids={FIELDS} values={values} set={set} errors={errors.fields} detectedHint={t('security.detectedEditHint')} withHints={false} />
        <TextArea id={IDS.lessons_learned} label={t('security.lessonsLearned')} hint={t('security.lessonsHint')} rows={5} value={values.lessons_learned} onInput={(lessons_learned) => set({ lessons_learned })} error={errors.fields[IDS.lessons_learned]} />
        <SaveCancelButtons saveLabel={t('security.incidentSave')} saveTestId="sec-edit-save" saving={form.saving} cancelTestId="sec-edit-cancel" onCancel={onClose} />
      </form>
    </FormPanel>
  );
}

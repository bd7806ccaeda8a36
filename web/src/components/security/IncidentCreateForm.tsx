// "Laporkan insiden keamanan": the agency operating the electronic system reports
// an incident (Kendari Pasal 14 ayat (8)): what happened, how severe, whether it
// is a serious disruption ("gangguan serius"), and when it was detected. An
// operator reports for their own agency, and the report itself counts as the
// report to the ICT office; the ICT office (CSIRT) chooses the agency and may say
// when the agency reported it. What was typed survives a reload (useDraft);
// after saving, the incident's own page opens.
import type { Agency } from '../../api/identityTypes';
import { createIncident, incidentPagePath } from '../../api/security';
import { fieldErrors } from '../../forms/formErrors';
import { useDraft } from '../../hooks/useDraft';
import { useRegionDetail } from '../../hooks/useRegionDetail';
import { useSendForm } from '../../hooks/useSendForm';
import { useI18n, type I18n } from '../../i18n/useI18n';
import { flashOn } from '../../state/flash';
import { navigate } from '../../state/route';
import { ErrorSummary } from '../ErrorSummary';
import { SaveCancelButtons } from '../form/SaveCancelButtons';
import { SelectField } from '../form/SelectField';
import { checkIncident, IncidentFields, incidentFieldIds, MomentFields } from './IncidentFields';
import { instantOf, isTimeOfDay, partsOf } from './when';

const FIELDS = incidentFieldIds('sec-new');
const IDS = {
  ...FIELDS,
  agency_id: 'sec-new-agency',
  ict_office_reported_at: 'sec-new-reported-date',
  reported_time: 'sec-new-reported-time',
};

interface Props {
  agencies: Agency[];
  ownAgencyId: number | null; // an operator's agency: fixed; null: the ICT office chooses
  onCancel: () => void;
}

export function IncidentCreateForm({ agencies, ownAgencyId, onCancel }: Props) {
  const { t } = useI18n();
  const zone = useRegionDetail()?.time_zone;
  const [stored, update, reset] = useDraft('security.incident.create', {
    agency_id: '',
    title: '',
    description: '',
    severity: '',
    serious: false,
    detected_date: '',
    detected_time: '',
    reported_date: '',
    reported_time: '',
  });
  const { errors, focusKey, sending, send } = useSendForm(IDS);
  // Detected "now" unless the reporter says otherwise; only what they type is kept in the draft.
  const now = partsOf(new Date(), zone);
  const draft = { ...stored, detected_date: stored.detected_date || now.date, detected_time: stored.detected_time || now.time };
  const chooseAgency = ownAgencyId === null;
  const ownAgency = agencies.find((a) => a.id === ownAgencyId);

  const detected = () => instantOf(draft.detected_date, draft.detected_time, zone);
  const reported = () => (draft.reported_date || draft.reported_time ? instantOf(draft.reported_date, draft.reported_time, zone) : null);

  const check = (wording: I18n) => {
    const { t } = wording;
    const reportedGiven = chooseAgency && (draft.reported_date || draft.reported_time);
    const agency = fieldErrors([[IDS.agency_id, chooseAgency && !draft.agency_id ? t('security.error.agencyMissing') : null]]);
    const fields = checkIncident(draft, FIELDS, zone, wording);
    const reportedAt = fieldErrors([
      [IDS.ict_office_reported_at, reportedGiven && !draft.reported_date ? t('security.error.dateMissing') : null],
      [IDS.reported_time, reportedGiven && !isTimeOfDay(draft.reported_time) ? t('security.error.timeInvalid') : null],
    ]);
    return { summary: [...agency.summary, ...fields.summary, ...reportedAt.summary], fields: { ...agency.fields, ...fields.fields, ...reportedAt.fields } };
  };

  const submit = send({
    check,
    request: () => {
      const reportedAt = chooseAgency ? reported() : null;
      return createIncident({
        agency_id: chooseAgency ? Number(draft.agency_id) : ownAgencyId!,
        title: draft.title.trim(),
        description: draft.description.trim(),
        severity: draft.severity,
        serious: draft.serious,
        detected_at: detected()!,
        ...(reportedAt ? { ict_office_reported_at: reportedAt } : {}),
      });
    },
    onSent: (incident) => {
      reset();
      const path = incidentPagePath(incident.id);
      flashOn(path, 'security.incidentCreated');
      navigate(path);
    },
  });

  return (
    <form class="form" onSubmit={submit} noValidate data-testid="sec-incident-form">
      <ErrorSummary items={errors.summary} focusKey={focusKey} />
      {chooseAgency ? (
        <SelectField
          id={IDS.agency_id}
          label={t('security.agencyPse')}
          hint={t('security.agencyPseHint')}
          value={draft.agency_id}
          options={[{ value: '', label: t('security.chooseAgency') }, ...agencies.map((a) => ({ value: String(a.id), label: `${a.name} (${a.short_name})` }))]}
          onChange={(agency_id) => update({ agency_id })}
          error={errors.fields[IDS.agency_id]}
        />
      ) : (
        <p class="body" data-testid="sec-new-own-agency">
          <strong>{t('security.agencyPse')}:</strong> {ownAgency ? `${ownAgency.name} (${ownAgency.short_name})` : '—'}
          <span class="cell-note secondary">{t('security.ownAgencyOnly')}</span>
        </p>
      )}
      <IncidentFields ids={FIELDS} values={draft} set={update} errors={errors.fields} detectedHint={t('security.detectedHint')} withHints />
      {chooseAgency && (
        <MomentFields
          legend={t('security.reportedByAgencyAt')}
          hint={t('security.reportedByAgencyHint')}
          dateId={IDS.ict_office_reported_at}
          timeId={IDS.reported_time}
          date={draft.reported_date}
          time={draft.reported_time}
          onDate={(reported_date) => update({ reported_date })}
          onTime={(reported_time) => update({ reported_time })}
          errors={errors.fields}
        />
      )}
      {!chooseAgency && (
        <p class="body secondary" data-testid="sec-new-counts-as-report">
          {t('security.reportCountsAsNotice')}
        </p>
      )}
      <SaveCancelButtons saveLabel={t('security.incidentSubmit')} saveTestId="sec-incident-submit" saving={sending} cancelTestId="sec-incident-cancel" onCancel={onCancel} />
    </form>
  );
}

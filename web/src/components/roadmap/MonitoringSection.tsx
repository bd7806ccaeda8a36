// "Pemantauan dan evaluasi" (Kendari Pasal 8 ayat (4): every year): one record
// per year of an enacted roadmap, with the years already over that still lack
// one, and for the ICT office (the superadmin) the form to add a year's record.
import { useState } from 'preact/hooks';
import { addMonitoring } from '../../api/roadmaps';
import type { Roadmap } from '../../api/roadmapTypes';
import { formatDay } from '../../format/dateTime';
import { fieldErrors } from '../../forms/formErrors';
import { useSendForm } from '../../hooks/useSendForm';
import { useI18n, type I18n } from '../../i18n/useI18n';
import { ErrorSummary } from '../ErrorSummary';
import { FormPanel } from '../FormPanel';
import { OpenFormButton } from '../OpenFormButton';
import { SaveCancelButtons } from '../form/SaveCancelButtons';
import { SelectField } from '../form/SelectField';
import { TextArea } from '../form/TextArea';
import { TextField } from '../form/TextField';

const IDS = { year: 'mon-year', date: 'mon-date', summary: 'mon-summary', findings: 'mon-findings' };

interface Props {
  roadmap: Roadmap;
  mayRecord: boolean;
  today: string;
  onRecorded: () => void;
}

export function MonitoringSection({ roadmap, mayRecord, today, onRecorded }: Props) {
  const { t, lang } = useI18n();
  const [open, setOpen] = useState(false);
  const thisYear = Number(today.slice(0, 4));
  const recorded = new Set(roadmap.monitoring.map((m) => m.year));
  const open_years: number[] = [];
  for (let y = roadmap.start_year; y <= Math.min(roadmap.end_year, thisYear); y += 1) if (!recorded.has(y)) open_years.push(y);
  const records = [...roadmap.monitoring].sort((a, b) => b.year - a.year);

  return (
    <section class="section" aria-labelledby="rm-monitoring-title" data-testid="monitoring-section">
      <h2 class="heading-l" id="rm-monitoring-title">
        {t('roadmap.monitoringTitle')}
      </h2>
      <p class="body">{t('roadmap.monitoringIntro')}</p>
      {roadmap.monitoring_missing_years.length > 0 && (
        <p class="body" data-testid="monitoring-missing">
          <strong class="tag tag--yellow">{t('roadmap.monitoringMissingTag')}</strong>{' '}
          {t('roadmap.monitoringMissing', { years: roadmap.monitoring_missing_years.join(', ') })}
        </p>
      )}
      {records.length === 0 ? (
        <p class="body secondary" data-testid="monitoring-none">
          {roadmap.status === 'draft' ? t('roadmap.monitoringDraft') : t('roadmap.monitoringNone')}
        </p>
      ) : (
        <ol class="history-list" data-testid="monitoring-list">
          {records.map((m) => (
            <li key={m.id} class="history-list__item" data-testid="monitoring-item" data-year={m.year}>
              <h3 class="heading-s">{t('roadmap.monitoringYear', { year: m.year })}</h3>
              <p class="body" data-testid="monitoring-summary">
                {m.summary}
              </p>
              {m.findings && (
                <p class="body">
                  <strong>{t('roadmap.findings')}:</strong> {m.findings}
                </p>
              )}
              <p class="body secondary">{t('roadmap.monitoringBy', { date: formatDay(m.date, lang), by: m.recorded_by })}</p>
            </li>
          ))}
        </ol>
      )}
      {mayRecord && roadmap.status !== 'draft' && !open && open_years.length > 0 && (
        <OpenFormButton label={t('roadmap.monitoringAdd')} testId="monitoring-add" onClick={() => setOpen(true)} />
      )}
      {mayRecord && open && (
        <MonitoringForm
          roadmap={roadmap}
          years={open_years}
          today={today}
          onClose={() => setOpen(false)}
          onRecorded={() => {
            setOpen(false);
            onRecorded();
          }}
        />
      )}
    </section>
  );
}

function MonitoringForm({ roadmap, years, today, onClose, onRecorded }: { roadmap: Roadmap; years: number[]; today: string; onClose: () => void; onRecorded: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [year, setYear] = useState(String(years[0] ?? ''));
  const [date, setDate] = useState(today);
  const [summary, setSummary] = useState('');
  const [findings, setFindings] = useState('');
  const { errors, focusKey, sending, send } = useSendForm(IDS);

  const found = ({ t }: I18n) =>
    fieldErrors([
      [IDS.year, year ? null : t('roadmap.error.yearMissing')],
      [IDS.date, date ? null : t('roadmap.error.dateMissing')],
      [IDS.summary, summary.trim() ? null : t('roadmap.error.summaryMissing')],
    ]);
  const submit = send({
    check: found,
    request: () => addMonitoring(roadmap.id, { year: Number(year), date, summary: summary.trim(), ...(findings.trim() ? { findings: findings.trim() } : {}) }),
    onSent: () => {
          onRecorded();
    },
  });

  return (
    <FormPanel title={t('roadmap.monitoringFormTitle')} testId="monitoring-form">
      <form class="form" onSubmit={submit} noValidate data-testid="monitoring-form-form">
        <ErrorSummary items={errors.summary} focusKey={focusKey} />
        <SelectField id={IDS.year} label={t('roadmap.monitoringYearLabel')} value={year} options={years.map((y) => ({ value: String(y), label: String(y) }))} onChange={setYear} error={errors.fields[IDS.year]} />
        <TextField id={IDS.date} label={t('roadmap.monitoringDate')} hint={t('roadmap.monitoringDateHint')} type="date" width="short" value={date} onInput={setDate} error={errors.fields[IDS.date]} inputProps={{ max: today }} />
        <TextArea id={IDS.summary} label={t('roadmap.monitoringSummary')} value={summary} onInput={setSummary} error={errors.fields[IDS.summary]} rows={4} />
        <TextArea id={IDS.findings} label={t('roadmap.findingsOptional')} value={findings} onInput={setFindings} error={errors.fields[IDS.findings]} rows={4} />
        <SaveCancelButtons saveLabel={t('roadmap.monitoringSave')} saveTestId="monitoring-save" saving={sending} cancelTestId="monitoring-cancel" onCancel={onClose} />
      </form>
    </FormPanel>
  );
}

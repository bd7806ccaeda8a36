// "Pengujian aplikasi" (Madiun Pasal 24 ayat (3)): the recorded tests, newest
// first, with the latest one (by test date) marked, as the production gate looks
// at it; and, for whoever may change the application, the form to record a test:
// its date (not after today), passed or failed, a summary and optionally the
// report, uploaded at once. The test report as a required document is attached
// under "Dokumen aplikasi".
import { useState } from 'preact/hooks';
import { addApplicationTest, getApplicationTests } from '../../api/applications';
import { TEST_RESULTS, type Application } from '../../api/applicationTypes';
import type { StoredFile } from '../../api/files';
import { formatDay, todayInZone } from '../../format/dateTime';
import { fieldErrors } from '../../forms/formErrors';
import { useDraft } from '../../hooks/useDraft';
import { useLoad } from '../../hooks/useLoad';
import { useSendForm } from '../../hooks/useSendForm';
import { useI18n, type I18n } from '../../i18n/useI18n';
import { ErrorSummary } from '../ErrorSummary';
import { FileField } from '../form/FileField';
import { RadioGroup } from '../form/RadioGroup';
import { SaveCancelButtons } from '../form/SaveCancelButtons';
import { TextArea } from '../form/TextArea';
import { TextField } from '../form/TextField';
import { LoadView } from '../LoadView';
import { OpenFormButton } from '../OpenFormButton';
import { SavedNotice } from '../SavedNotice';
import { resultLabel } from './applicationWords';

const IDS = { tested_on: 'app-test-date', result: 'app-test-result', summary: 'app-test-summary', report_sha256: 'app-test-report' };

type TestDraft = { tested_on: string; result: string; summary: string; report: StoredFile | null };
const EMPTY_TEST: TestDraft = { tested_on: '', result: '', summary: '', report: null };

interface Props {
  application: Application;
  mayChange: boolean;
  zone?: string;
  onRecorded: () => void; // the application's version moved on: load it again
}

export function TestsSection({ application, mayChange, zone, onRecorded }: Props) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const loaded = useLoad((signal) => getApplicationTests(application.id, { signal }), `${application.id}:${application.version}`);
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState(false);
  const may = mayChange && application.lifecycle !== 'retired';

  return (
    <section class="section" aria-labelledby="app-tests-title" data-testid="app-tests">
      <h2 class="heading-l" id="app-tests-title">
        {t('applications.testsTitle')}
      </h2>
      {saved && <SavedNotice testId="app-test-saved" text={t('applications.testSaved')} />}
      <LoadView loaded={loaded}>
        {(tests) =>
          tests.items.length === 0 ? (
            <p class="body secondary" data-testid="app-tests-none">
              {t('applications.testsNone')}
            </p>
          ) : (
            <table class="table table--stacked table--compact" data-testid="app-tests-table">
              <caption class="visually-hidden">{t('applications.testsTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('applications.testDate')}</th>
                  <th scope="col">{t('applications.testResult')}</th>
                  <th scope="col">{t('applications.testSummary')}</th>
                  <th scope="col">{t('applications.testReport')}</th>
                </tr>
              </thead>
              <tbody>
                {tests.items.map((test) => (
                  <tr key={test.id} data-testid="app-test" data-result={test.result}>
                    <td data-label={t('applications.testDate')} data-testid="app-test-date-cell">
                      {formatDay(test.tested_on, lang)}
                      {tests.latest?.id === test.id && <span class="cell-note secondary">{t('applications.testLatest')}</span>}
                    </td>
                    <td data-label={t('applications.testResult')}>
                      <strong class={`tag tag--${test.result === 'passed' ? 'green' : 'red'}`} data-testid="app-test-result-cell">
                        {resultLabel(test.result, i18n)}
                      </strong>
                    </td>
                    <td data-label={t('applications.testSummary')} data-testid="app-test-summary-cell">
                      {test.summary}
                      <span class="cell-note secondary">{test.recorded_by}</span>
                    </td>
                    <td data-label={t('applications.testReport')}>
                      {test.report_sha256 ? (
                        <a href={`/api/v1/files/${test.report_sha256}`} download data-testid="app-test-report-link">
                          {t('applications.testReportDownload')}
                        </a>
                      ) : (
                        <span class="secondary">—</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </LoadView>
      {may &&
        (open ? (
          <TestForm
            application={application}
            zone={zone}
            onClose={() => setOpen(false)}
            onSent={() => {
              setOpen(false);
              setSaved(true);
              onRecorded();
            }}
          />
        ) : (
          <OpenFormButton
            label={t('applications.testCreate')}
            testId="app-test-open"
            onClick={() => {
              setSaved(false);
              setOpen(true);
            }}
          />
        ))}
    </section>
  );
}

function TestForm({ application, zone, onClose, onSent }: { application: Application; zone?: string; onClose: () => void; onSent: () => void }) {
  const { t } = useI18n();
  const today = todayInZone(zone);
  // What was typed survives a reload or the session ending.
  const [draft, update, reset] = useDraft<TestDraft>(`applications.test.${application.id}`, EMPTY_TEST);
  const { tested_on: testedOn, result, summary, report } = draft;
  const { errors, focusKey, sending, send } = useSendForm(IDS);

  const check = ({ t }: I18n) =>
    fieldErrors([
      [IDS.tested_on, !/^\d{4}-\d{2}-\d{2}$/.test(testedOn) ? t('applications.error.testDateMissing') : testedOn > today ? t('applications.error.testDateFuture') : null],
      [IDS.result, result ? null : t('applications.error.testResultMissing')],
      [IDS.summary, summary.trim() ? (summary.trim().length > 4000 ? t('applications.error.testSummaryTooLong') : null) : t('applications.error.testSummaryMissing')],
    ]);
  const submit = send({
    check,
    request: () =>
      addApplicationTest(application.id, { tested_on: testedOn, result, summary: summary.trim(), ...(report ? { report_sha256: report.sha256 } : {}) }),
    onSent: () => {
      reset();
      onSent();
    },
  });

  return (
    <section class="section panel" aria-labelledby="app-test-form-title">
      <h3 class="heading-m" id="app-test-form-title">
        {t('applications.testCreate')}
      </h3>
      <form class="form" noValidate onSubmit={submit} data-testid="app-test-form">
        <ErrorSummary items={errors.summary} focusKey={focusKey} />
        <TextField
          id={IDS.tested_on}
          type="date"
          label={t('applications.testDate')}
          hint={t('applications.testDateHint')}
          value={testedOn}
          onInput={(tested_on) => update({ tested_on })}
          error={errors.fields[IDS.tested_on]}
          width="half"
          inputProps={{ max: today }}
        />
        <RadioGroup
          id={IDS.result}
          legend={t('applications.testResult')}
          value={result}
          onChange={(result) => update({ result })}
          options={TEST_RESULTS.map((r) => ({ value: r, label: t(r === 'passed' ? 'applications.result.passed' : 'applications.result.failed') }))}
          error={errors.fields[IDS.result]}
        />
        <TextArea id={IDS.summary} label={t('applications.testSummary')} hint={t('applications.testSummaryHint')} value={summary} onInput={(summary) => update({ summary })} error={errors.fields[IDS.summary]} />
        <FileField id={IDS.report_sha256} label={t('applications.testReportOptional')} hint={t('applications.testReportHint')} value={report} onChange={(report) => update({ report })} error={errors.fields[IDS.report_sha256]} />
        <SaveCancelButtons saveLabel={t('applications.testSubmit')} saveTestId="app-test-submit" saving={sending} cancelTestId="app-test-cancel" onCancel={onClose} />
      </form>
    </section>
  );
}

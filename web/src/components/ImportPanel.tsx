// "Impor dari lembar kerja": an agency registers many records at once from the
// spreadsheet it already keeps. The file is checked first; every problem is listed by
// row and column so it can be fixed in the spreadsheet; only a clean file is imported,
// all rows together or none (the server guarantees it as well).
import { useState } from 'preact/hooks';
import type { ApiError } from '../api/client';
import { importSpreadsheet, SPREADSHEET_TYPES } from '../api/imports';
import type { FieldError } from '../api/types';
import { describeError } from '../errors/describe';
import { useI18n } from '../i18n/useI18n';
import { Notice } from './Notice';

interface Props {
  endpoint: string; // e.g. /api/v1/applications/import
  templateHref: string; // an empty workbook with the right header row
  testId: string;
  onImported?: (ids: number[]) => void;
}

type Step =
  | { kind: 'choose' }
  | { kind: 'checking' }
  | { kind: 'invalid'; message: string; errors: FieldError[] }
  | { kind: 'ready'; rows: number }
  | { kind: 'importing'; rows: number }
  | { kind: 'done'; created: number };

export function ImportPanel({ endpoint, templateHref, testId, onImported }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const [file, setFile] = useState<File | null>(null);
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const inputId = `${testId}-file`;

  const refused = (error: ApiError) =>
    setStep({ kind: 'invalid', message: describeError(error, i18n), errors: error.problem?.errors ?? [] });

  const check = async () => {
    if (!file) {
      setStep({ kind: 'invalid', message: t('import.chooseFirst'), errors: [] });
      return;
    }
    setStep({ kind: 'checking' });
    const answer = await importSpreadsheet(endpoint, file, true);
    if (!answer.ok) return refused(answer.error);
    setStep({ kind: 'ready', rows: answer.data.rows });
  };

  const importAll = async (rows: number) => {
    if (!file) return;
    setStep({ kind: 'importing', rows });
    const answer = await importSpreadsheet(endpoint, file, false);
    if (!answer.ok) return refused(answer.error);
    const created = answer.data.created ?? [];
    setStep({ kind: 'done', created: created.length });
    onImported?.(created);
  };

  return (
    <section class="section panel" data-testid={testId} aria-labelledby={`${testId}-title`}>
      <h2 class="heading-m" id={`${testId}-title`}>
        {t('import.title')}
      </h2>
      <p class="body">{t('import.intro')}</p>
      <p class="body">
        <a href={templateHref} download data-testid={`${testId}-template`}>
          {t('import.template')}
        </a>
      </p>
      <div class="form-group">
        <label class="label" for={inputId}>
          {t('import.fileLabel')}
        </label>
        <div class="field-hint" id={`${inputId}-hint`}>
          {t('import.fileHint')}
        </div>
        <input
          id={inputId}
          name={inputId}
          data-testid={inputId}
          class="file-input"
          type="file"
          accept={SPREADSHEET_TYPES}
          aria-describedby={`${inputId}-hint`}
          onChange={(e) => {
            setFile((e.currentTarget as HTMLInputElement).files?.[0] ?? null);
            setStep({ kind: 'choose' });
          }}
        />
      </div>
      {(step.kind === 'choose' || step.kind === 'invalid' || step.kind === 'checking') && (
        <button type="button" class="button" data-testid={`${testId}-check`} disabled={step.kind === 'checking'} onClick={() => void check()}>
          {step.kind === 'checking' ? t('import.checking') : t('import.check')}
        </button>
      )}
      {step.kind === 'invalid' && (
        <div class="error-summary" role="alert" data-testid={`${testId}-errors`}>
          <h3 class="error-summary__title">{step.message}</h3>
          {step.errors.length > 0 && (
            <table class="table">
              <caption class="visually-hidden">{t('import.errorsCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('import.row')}</th>
                  <th scope="col">{t('import.column')}</th>
                  <th scope="col">{t('import.problem')}</th>
                </tr>
              </thead>
              <tbody>
                {step.errors.map((e, i) => (
                  <tr key={i} data-testid={`${testId}-error-row`}>
                    <td>{e.row ?? '—'}</td>
                    <td>{e.column || '—'}</td>
                    <td>{e.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      )}
      {(step.kind === 'ready' || step.kind === 'importing') && (
        <Notice kind="info" testId={`${testId}-ready`}>
          <p class="body">{t('import.ready', { rows: step.rows })}</p>
          <button type="button" class="button" data-testid={`${testId}-confirm`} disabled={step.kind === 'importing'} onClick={() => void importAll(step.rows)}>
            {step.kind === 'importing' ? t('import.importing') : t('import.confirm', { rows: step.rows })}
          </button>
        </Notice>
      )}
      {step.kind === 'done' && (
        <Notice kind="success" testId={`${testId}-done`}>
          <p class="body">{t('import.done', { rows: step.created })}</p>
        </Notice>
      )}
    </section>
  );
}

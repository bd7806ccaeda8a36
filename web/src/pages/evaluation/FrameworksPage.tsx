// /evaluasi/kerangka (every role but citizens): the evaluation frameworks the region can assess
// against — built in (PermenPANRB 59/2020) and imported (a successor regulation) — with their
// size; each opens its structure. The ICT office imports a framework file (pasted or uploaded
// YAML); the loader's errors are listed plainly, one a line. The pasted text survives a reload.
import { useState } from 'preact/hooks';
import { EVALUATION_PAGE, frameworkPage, importFramework, listFrameworks } from '../../api/evaluation';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextArea } from '../../components/form/TextArea';
import { FormPanel } from '../../components/FormPanel';
import { LoadView } from '../../components/LoadView';
import { fieldErrors } from '../../forms/formErrors';
import { useAgencyAccess } from '../../hooks/useAgencyAccess';
import { useDraft } from '../../hooks/useDraft';
import { useLoad } from '../../hooks/useLoad';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useSendForm } from '../../hooks/useSendForm';
import { useI18n, type I18n } from '../../i18n/useI18n';
import type { PageProps } from '../../routes';
import './evaluation.css';
import { flashOn } from '../../state/flash';
import { navigate } from '../../state/route';

const IDS = { yaml: 'ev-import-yaml', file: 'ev-import-file' };
const MAX_BYTES = 1_000_000;

export function FrameworksPage(_props: PageProps) {
  const { t } = useI18n();
  usePageTitle(t('evaluation.frameworksTitle'));
  const { superadmin } = useAgencyAccess();
  const [importing, setImporting] = useState(false);
  const frameworks = useLoad((signal) => listFrameworks({ signal }));
  return (
    <>
      <p class="body back">
        <a class="link" href={EVALUATION_PAGE} data-testid="ev-back">
          {t('evaluation.backToList')}
        </a>
      </p>
      <h1 class="heading-xl">
        <span class="caption">{t('nav.evaluation')}</span>
        <span data-testid="ev-frameworks-heading">{t('evaluation.frameworksTitle')}</span>
      </h1>
      <p class="lead">{t('evaluation.frameworksIntro')}</p>
      <LoadView loaded={frameworks}>
        {(list) => (
          <table class="table table--stacked table--compact" data-testid="ev-frameworks">
            <thead>
              <tr>
                <th scope="col">{t('evaluation.framework')}</th>
                <th scope="col">{t('evaluation.frameworkOrigin')}</th>
                <th scope="col" class="numeric">
                  {t('evaluation.domainsCount')}
                </th>
                <th scope="col" class="numeric">
                  {t('evaluation.aspectsCount')}
                </th>
                <th scope="col" class="numeric">
                  {t('evaluation.indicatorsCount')}
                </th>
              </tr>
            </thead>
            <tbody>
              {list.map((f) => (
                <tr key={f.code} data-testid="ev-framework-row" data-code={f.code}>
                  <th scope="row" data-label={t('evaluation.framework')}>
                    <a class="link" href={frameworkPage(f.code)} data-testid="ev-framework-link">
                      {f.citation}
                    </a>
                    <span class="cell-note">{f.title}</span>
                    {f.status !== 'in_force' && <strong class="tag tag--yellow">{t('evaluation.frameworkDraft')}</strong>}
                  </th>
                  <td data-label={t('evaluation.frameworkOrigin')}>{f.builtin ? t('evaluation.builtin') : t('evaluation.imported')}</td>
                  <td class="numeric" data-label={t('evaluation.domainsCount')}>
                    {f.domains}
                  </td>
                  <td class="numeric" data-label={t('evaluation.aspectsCount')}>
                    {f.aspects}
                  </td>
                  <td class="numeric" data-label={t('evaluation.indicatorsCount')} data-testid="ev-framework-indicators">
                    {f.indicators}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </LoadView>
      {superadmin &&
        (importing ? (
          <ImportForm onClose={() => setImporting(false)} />
        ) : (
          <p class="body">
            <button type="button" class="button button--secondary" onClick={() => setImporting(true)} data-testid="ev-import-open">
              {t('evaluation.importOpen')}
            </button>
          </p>
        ))}
    </>
  );
}

function ImportForm({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const [draft, update, reset] = useDraft('evaluation.frameworkImport', { yaml: '' });
  const { errors, focusKey, sending, send, show } = useSendForm(IDS);
  const check = ({ t }: I18n) => fieldErrors([[IDS.yaml, draft.yaml.trim() ? null : t('evaluation.error.yamlMissing')]]);
  const submit = send({
    check,
    request: () => importFramework(draft.yaml),
    onSent: (framework) => {
      reset();
      const path = frameworkPage(framework.code);
      flashOn(path, 'evaluation.importDone');
      navigate(path);
    },
    // Every error the loader found, one a line, all pointing at the text.
    explain: (error, shown) =>
      error.problem?.errors?.length
        ? { summary: error.problem.errors.map((e) => ({ text: e.field && e.field !== 'yaml' ? `${e.field}: ${e.message}` : e.message, fieldId: IDS.yaml })), fields: { [IDS.yaml]: t('evaluation.error.yamlInvalid') } }
        : shown,
  });
  const readFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_BYTES) {
      show(({ t }) => fieldErrors([[IDS.file, t('evaluation.error.fileTooLarge')]]));
      return;
    }
    update({ yaml: await file.text() });
  };
  return (
    <FormPanel title={t('evaluation.importTitle')} testId="ev-import-panel">
      <p class="body">{t('evaluation.importIntro')}</p>
      <form class="form" onSubmit={submit} noValidate data-testid="ev-import-form">
        <ErrorSummary items={errors.summary} focusKey={focusKey} />
        <div class={`form-group${errors.fields[IDS.file] ? ' form-group--error' : ''}`}>
          <label class="label" for={IDS.file}>
            {t('evaluation.importFile')}
          </label>
          {errors.fields[IDS.file] && <p class="error-message">{errors.fields[IDS.file]}</p>}
          <input class="file-input" type="file" id={IDS.file} accept=".yaml,.yml,text/yaml,application/yaml" onChange={(e) => void readFile((e.target as HTMLInputElement).files?.[0])} data-testid="ev-import-file" />
        </div>
        <TextArea id={IDS.yaml} label={t('evaluation.importYaml')} hint={t('evaluation.importYamlHint')} rows={14} value={draft.yaml} onInput={(yaml) => update({ yaml })} error={errors.fields[IDS.yaml]} testId="ev-import-yaml" />
        <div class="button-group">
          <button type="submit" class="button" disabled={sending} data-testid="ev-import-save">
            {t('evaluation.importSave')}
          </button>
          <button type="button" class="link-button" onClick={onClose} data-testid="ev-import-cancel">
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </FormPanel>
  );
}

// /evaluasi/{id}/hasil-eksternal (every role but citizens): the external assessors' levels —
// Penilaian Dokumen, Interviu, Visitasi — beside the self-assessment, with the differences
// highlighted (the result is the latest stage entered; difference = result − self level). The
// ICT office enters a whole stage in one form once the self-assessment has been signed off at
// least once: new levels, corrections (on the version seen) and cleared ones go in one request,
// all or nothing. What was typed survives a reload until it is saved.
import { useState } from 'preact/hooks';
import { getCampaign, getExternal, getFramework, putExternalStage } from '../../api/evaluation';
import { EXTERNAL_STAGES, type ExternalOverview, type ExternalRow, type ExternalStage, type Framework } from '../../api/evaluationTypes';
import type { Result } from '../../api/client';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SelectField } from '../../components/form/SelectField';
import { TextArea } from '../../components/form/TextArea';
import { LoadView } from '../../components/LoadView';
import { Notice } from '../../components/Notice';
import { fieldErrors } from '../../forms/formErrors';
import { useDraft } from '../../hooks/useDraft';
import { useLoad } from '../../hooks/useLoad';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useSendForm } from '../../hooks/useSendForm';
import { useI18n, type I18n } from '../../i18n/useI18n';
import type { PageProps } from '../../routes';
import './evaluation.css';
import { CampaignHeading } from './CampaignHeading';
import { signed, stageLabel, stageShort } from './evaluationWords';
import { useCampaignAccess } from './useCampaignAccess';

export function ExternalResultsPage({ params }: PageProps) {
  const id = Number(params[0]);
  const i18n = useI18n();
  const { t } = i18n;
  usePageTitle(t('evaluation.externalTitle'));
  const campaign = useLoad((signal) => getCampaign(id, { signal }), String(id));
  const external = useLoad((signal) => getExternal(id, { signal }), String(id));
  const loaded = campaign.state.phase === 'ready' ? campaign.state.data : null;
  const access = useCampaignAccess(loaded);
  const [saved, setSaved] = useState<ExternalStage | null>(null);

  return (
    <>
      <CampaignHeading campaignId={id} year={loaded?.year ?? null} current="external" title={t('evaluation.externalTitle')} intro={t('evaluation.externalIntro')} testId="ev-external-heading" />
      {saved && (
        <Notice kind="success" testId="ev-external-saved" focus>
          <p class="notice__heading">{t('evaluation.externalSaved', { stage: stageLabel(saved, i18n) })}</p>
        </Notice>
      )}
      <LoadView loaded={external}>
        {(overview) => (
          <>
            <section class="section" aria-labelledby="ev-differences-title">
              <h2 class="heading-l" id="ev-differences-title">
                {t('evaluation.differencesTitle')}
              </h2>
              <DifferencesTable rows={overview.items} />
            </section>
            {loaded && access.manage && (
              <section class="section" aria-labelledby="ev-external-form-title">
                <h2 class="heading-l" id="ev-external-form-title">
                  {t('evaluation.externalFormTitle')}
                </h2>
                {overview.entry_open ? (
                  <StageFormLoader
                    campaignId={id}
                    frameworkCode={loaded.framework_code}
                    overview={overview}
                    onSaved={(stage) => {
                      setSaved(stage);
                      external.reload();
                    }}
                  />
                ) : (
                  <p class="body" data-testid="ev-external-not-yet">
                    {t('evaluation.externalNotYet')}
                  </p>
                )}
              </section>
            )}
          </>
        )}
      </LoadView>
    </>
  );
}

function DifferencesTable({ rows }: { rows: ExternalRow[] }) {
  const i18n = useI18n();
  const { t } = i18n;
  const withResult = rows.filter((r) => r.result !== null);
  if (withResult.length === 0) {
    return (
      <p class="body" data-testid="ev-differences-empty">
        {t('evaluation.differencesNone')}
      </p>
    );
  }
  const differing = withResult.filter((r) => r.difference);
  return (
    <>
      <p class="body" data-testid="ev-differences-summary">
        {t('evaluation.differencesSummary', { entered: withResult.length, differing: differing.length })}
      </p>
      <div class="table-wrapper">
        <table class="table table--stacked table--compact ev-named" data-testid="ev-differences">
          <thead>
            <tr>
              <th scope="col">{t('evaluation.indicator')}</th>
              <th scope="col" class="numeric">
                {t('evaluation.selfShort')}
              </th>
              {EXTERNAL_STAGES.map((s) => (
                <th scope="col" class="numeric" key={s}>
                  {stageShort(s, i18n)}
                </th>
              ))}
              <th scope="col" class="numeric">
                {t('evaluation.result')}
              </th>
              <th scope="col" class="numeric">
                {t('evaluation.difference')}
              </th>
            </tr>
          </thead>
          <tbody>
            {withResult.map((r) => (
              <tr key={r.number} class={r.difference ? 'ev-row--differs' : undefined} data-testid="ev-difference-row" data-indicator={r.number} data-difference={r.difference ?? ''}>
                <th scope="row" data-label={t('evaluation.indicator')}>
                  {r.number}. {r.name}
                </th>
                <td class="numeric" data-label={t('evaluation.self')}>
                  {r.self ?? '—'}
                </td>
                {EXTERNAL_STAGES.map((s) => (
                  <td class="numeric" key={s} data-label={stageLabel(s, i18n)}>
                    {r[s]?.level ?? '—'}
                  </td>
                ))}
                <td class="numeric" data-label={t('evaluation.result')} data-testid="ev-difference-result">
                  {r.result}
                </td>
                <td class="numeric" data-label={t('evaluation.difference')} data-testid="ev-difference-value">
                  {r.difference ? <strong class={`tag tag--${r.difference > 0 ? 'green' : 'red'}`}>{signed(r.difference)}</strong> : signed(r.difference)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

interface LoaderProps {
  campaignId: number;
  frameworkCode: string;
  overview: ExternalOverview;
  onSaved: (stage: ExternalStage) => void;
}

// The framework gives each indicator's scale (the levels it may get); one form per stage, so
// each stage keeps its own draft.
function StageFormLoader({ campaignId, frameworkCode, overview, onSaved }: LoaderProps) {
  const framework = useLoad((signal) => getFramework(frameworkCode, { signal }), frameworkCode);
  const [stage, setStage] = useState<ExternalStage>('document');
  return (
    <LoadView loaded={framework}>
      {(f) => (
        // Keyed by the stage and the versions of its results: after a save (or another person's)
        // the form starts again from what is stored, never from levels it showed before.
        <StageForm
          key={`${stage}:${overview.items.map((r) => r[stage]?.version ?? 0).join(',')}`}
          stage={stage}
          onStage={setStage}
          campaignId={campaignId}
          rows={overview.items}
          framework={f}
          onSaved={onSaved}
        />
      )}
    </LoadView>
  );
}

const levelId = (no: number) => `ev-external-level-${no}`;

interface StageFormProps {
  stage: ExternalStage;
  onStage: (stage: ExternalStage) => void;
  campaignId: number;
  rows: ExternalRow[];
  framework: Framework;
  onSaved: (stage: ExternalStage) => void;
}

function StageForm({ stage, onStage, campaignId, rows, framework, onSaved }: StageFormProps) {
  const i18n = useI18n();
  const { t } = i18n;
  // The levels already entered at this stage, to correct; empty where none.
  const entered = Object.fromEntries(rows.map((r) => [String(r.number), r[stage] ? String(r[stage]!.level) : '']));
  const [draft, update, reset] = useDraft<Record<string, string>>(`evaluation.external.${campaignId}.${stage}`, { note: '', ...entered });
  const fieldIds = Object.fromEntries(rows.map((r) => [`levels.${r.number}`, levelId(r.number)]));
  const { errors, focusKey, sending, send } = useSendForm(fieldIds);
  const scales = new Map(framework.scales.map((s) => [s.key, s]));
  const scaleOf = new Map(framework.domains.flatMap((d) => d.aspects.flatMap((a) => a.indicators.map((i) => [i.number, i.scale] as const))));
  const note = (draft.note ?? '').trim();
  const fresh = rows.filter((r) => !r[stage] && draft[String(r.number)]);
  const changed = rows.filter((r) => r[stage] && draft[String(r.number)] && draft[String(r.number)] !== String(r[stage]!.level));
  const cleared = rows.filter((r) => r[stage] && !draft[String(r.number)]);
  const check = ({ t }: I18n) =>
    fieldErrors([[levelId(rows[0]?.number ?? 1), fresh.length + changed.length + cleared.length > 0 ? null : t('evaluation.error.noChanges')]]);

  // One request, all or nothing: new and corrected levels, the cleared ones taken off, each
  // correction and removal on the version seen (a change by someone else since: 412, nothing saved).
  const request = (): Promise<Result<unknown>> =>
    putExternalStage(campaignId, stage, {
      levels: Object.fromEntries([...fresh, ...changed].map((r) => [String(r.number), Number(draft[String(r.number)])])),
      remove: cleared.map((r) => r.number),
      versions: Object.fromEntries([...changed, ...cleared].map((r) => [String(r.number), r[stage]!.version])),
      note,
    });
  const submit = send({
    check,
    request,
    onSent: () => {
      reset();
      onSaved(stage);
    },
  });
  return (
    <form class="form" onSubmit={submit} noValidate data-testid="ev-external-form">
      <ErrorSummary items={errors.summary} focusKey={focusKey} />
      <SelectField
        id="ev-external-stage"
        label={t('evaluation.stage')}
        value={stage}
        onChange={(s) => onStage(s as ExternalStage)}
        options={EXTERNAL_STAGES.map((s) => ({ value: s, label: stageLabel(s, i18n) }))}
        hint={t('evaluation.stageHint')}
        testId="ev-external-stage"
      />
      <table class="table table--stacked table--compact ev-named" data-testid="ev-external-levels">
        <thead>
          <tr>
            <th scope="col">{t('evaluation.indicator')}</th>
            <th scope="col" class="numeric">
              {t('evaluation.self')}
            </th>
            <th scope="col">{t('evaluation.stageLevel')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const levels = scales.get(scaleOf.get(r.number) ?? '')?.levels ?? [1, 2, 3, 4, 5].map((value) => ({ value, name: '' }));
            const error = errors.fields[levelId(r.number)];
            return (
              <tr key={r.number} data-testid="ev-external-row" data-indicator={r.number}>
                <th scope="row" data-label={t('evaluation.indicator')}>
                  <label for={levelId(r.number)}>
                    {r.number}. {r.name}
                  </label>
                </th>
                <td class="numeric" data-label={t('evaluation.self')}>
                  {r.self ?? '—'}
                </td>
                <td data-label={t('evaluation.stageLevel')}>
                  {error && <p class="error-message">{error}</p>}
                  <select
                    class={`select${error ? ' select--error' : ''}`}
                    id={levelId(r.number)}
                    value={draft[String(r.number)] ?? ''}
                    onChange={(e) => update({ [String(r.number)]: (e.target as HTMLSelectElement).value })}
                    data-testid="ev-external-level"
                  >
                    <option value="">{t('evaluation.notEntered')}</option>
                    {levels.map((l) => (
                      <option key={l.value} value={String(l.value)}>
                        {l.name ? `${l.value} – ${l.name}` : String(l.value)}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <TextArea id="ev-external-note" label={t('evaluation.stageNote')} value={draft.note ?? ''} onInput={(note) => update({ note })} />
      <div class="button-group">
        <button type="submit" class="button" disabled={sending} data-testid="ev-external-save">
          {t('evaluation.externalSave', { stage: stageLabel(stage, i18n) })}
        </button>
      </div>
    </form>
  );
}

// The self-assessment answer of one indicator: the level chosen from the five (as cards with
// their criteria) and the explanation. A team member saves it with If-Match; when someone else
// saved first (412) the page says so, shows their version beside the form and keeps what this
// user chose and typed, so they can compare and save again (now over the latest). The level
// Simpul's records suggest only fills the choice; the user still saves. Others read the answer.
import { useState } from 'preact/hooks';
import { problemSlug, type ApiError } from '../../api/client';
import { getIndicator, saveAnswer } from '../../api/evaluationIndicator';
import type { IndicatorDetail } from '../../api/evaluationIndicatorTypes';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Notice } from '../../components/Notice';
import { TextArea } from '../../components/form/TextArea';
import { formatDateTime } from '../../format/dateTime';
import { apiFormErrors, fieldErrors, hasErrors } from '../../forms/formErrors';
import { useFormErrors } from '../../forms/useFormErrors';
import { useRegionDetail } from '../../hooks/useRegionDetail';
import { useI18n, type I18n } from '../../i18n/useI18n';
import { IndicatorPageSuggestion } from './IndicatorPageSuggestion';
import { levelLabel, type IndicatorRights } from './IndicatorPageWords';

const IDS: Record<string, string> = { level: 'ei-level', explanation: 'ei-explanation' };

// 412: the answer changed since it was loaded; 428: the page had no version to send (it could
// not read the ETag) and the indicator has been answered meanwhile.
const savedFirstByOthers = (error: ApiError) =>
  error.status === 412 || error.status === 428 || ['precondition-failed', 'precondition-required'].includes(problemSlug(error) ?? '');

interface Props {
  campaignId: number;
  view: IndicatorDetail;
  etag: string | undefined;
  rights: IndicatorRights;
  onSaved: (view: IndicatorDetail, etag?: string) => void;
}

export function IndicatorPageAnswer({ campaignId, view, etag, rights, onSaved }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const zone = useRegionDetail()?.time_zone;
  const [level, setLevel] = useState(view.level === null ? '' : String(view.level));
  const [explanation, setExplanation] = useState(view.explanation);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const [theirs, setTheirs] = useState<IndicatorDetail | null>(null); // the version saved by someone else first
  const { errors, focusKey, show, clear } = useFormErrors();

  if (!rights.mayScore) return <AnswerReadOnly campaignId={campaignId} view={view} />;

  const check = (wording: I18n) => fieldErrors([[IDS.level!, level ? null : wording.t('evalInd.error.level')]]);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (saving) return;
    setSaved(false);
    if (hasErrors(check(i18n))) {
      show(check);
      return;
    }
    setSaving(true);
    const answer = await saveAnswer(campaignId, view.number, { level: Number(level), explanation: explanation.trim() }, etag);
    if (!answer.ok && savedFirstByOthers(answer.error)) {
      // Someone else saved first: show theirs, keep ours, and save next time over theirs.
      const latest = await getIndicator(campaignId, view.number);
      setSaving(false);
      clear();
      if (latest.ok) {
        setTheirs(latest.data);
        onSaved(latest.data, latest.etag);
      } else {
        const error = latest.error;
        show((wording) => apiFormErrors(error, wording));
      }
      return;
    }
    setSaving(false);
    if (!answer.ok) {
      const error = answer.error;
      show((wording) => apiFormErrors(error, wording, IDS));
      return;
    }
    clear();
    setTheirs(null);
    setSaved(true);
    onSaved(answer.data, answer.etag);
  };

  return (
    <section class="ei-answer" aria-labelledby="ei-answer-title">
      <h2 class="heading-l" id="ei-answer-title">
        {t('evalInd.answerTitle')}
      </h2>
      {saved && (
        <Notice kind="success" title={t('evalInd.saved')} testId="ei-saved" focus>
          <p class="body">{view.verified ? t('evalInd.savedBody') : t('evalInd.savedUnverified')}</p>
        </Notice>
      )}
      {theirs && (
        <div class="error-summary" role="alert" data-testid="ei-conflict">
          <h2 class="error-summary__title">{t('conflict.title')}</h2>
          <p class="body">{t('evalInd.conflictBody')}</p>
          <p class="body" data-testid="ei-conflict-theirs">
            <strong>{t('evalInd.conflictTheirs', { who: theirs.answer.updated_by ?? '', when: theirs.answer.updated_at ? formatDateTime(theirs.answer.updated_at, i18n.lang, zone) : '' })}</strong>{' '}
            <span data-testid="ei-conflict-level">{levelLabel(theirs, theirs.level, i18n)}</span>
          </p>
          {theirs.explanation && (
            <blockquote class="body ei-quote" data-testid="ei-conflict-explanation">
              {theirs.explanation}
            </blockquote>
          )}
          <p class="body">{t('evalInd.conflictNext')}</p>
        </div>
      )}
      <IndicatorPageSuggestion campaignId={campaignId} view={view} onUse={(proposed) => setLevel(String(proposed))} chosen={level} />
      <form class="form" onSubmit={submit} noValidate data-testid="ei-answer-form">
        <ErrorSummary items={errors.summary} focusKey={focusKey} />
        <LevelCards view={view} value={level} onChange={setLevel} error={errors.fields[IDS.level!]} />
        <TextArea
          id={IDS.explanation!}
          label={t('evalInd.explanation')}
          hint={t('evalInd.explanationHint')}
          value={explanation}
          onInput={setExplanation}
          error={errors.fields[IDS.explanation!]}
          rows={6}
        />
        <div class="button-group">
          <button type="submit" class="button" disabled={saving} data-testid="ei-save">
            {t('evalInd.save')}
          </button>
        </div>
      </form>
    </section>
  );
}

// The levels as cards: number and name, then the criteria, one to choose.
function LevelCards({ view, value, onChange, error }: { view: IndicatorDetail; value: string; onChange: (v: string) => void; error?: string }) {
  const { t } = useI18n();
  const id = IDS.level!;
  return (
    <div class={`form-group${error ? ' form-group--error' : ''}`}>
      <fieldset class="fieldset" aria-describedby={error ? `${id}-error` : undefined} data-testid={id}>
        <legend class="fieldset__legend">{t('evalInd.levelLegend', { scale: view.scale.name })}</legend>
        {error && (
          <p class="error-message" id={`${id}-error`} data-testid={`${id}-error`}>
            {error}
          </p>
        )}
        <div class="ei-levels">
          {view.levels.map((l, i) => {
            const optionId = i === 0 ? id : `${id}-${l.value}`;
            const checked = value === String(l.value);
            return (
              <div class={`ei-level${checked ? ' ei-level--chosen' : ''}`} key={l.value}>
                <input
                  class="ei-level__input"
                  type="radio"
                  id={optionId}
                  name={id}
                  value={String(l.value)}
                  checked={checked}
                  onChange={() => onChange(String(l.value))}
                  data-testid={`ei-level-${l.value}`}
                />
                <label class="ei-level__label" for={optionId}>
                  <span class="ei-level__name">{t('evalInd.levelNamed', { n: String(l.value), name: l.name })}</span>
                  <span class="ei-level__criteria">{l.criteria}</span>
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

function AnswerReadOnly({ campaignId, view }: { campaignId: number; view: IndicatorDetail }) {
  const i18n = useI18n();
  const { t } = i18n;
  const chosen = view.levels.find((l) => l.value === view.level);
  return (
    <section class="ei-answer" aria-labelledby="ei-answer-title" data-testid="ei-answer-read">
      <h2 class="heading-l" id="ei-answer-title">
        {t('evalInd.answerTitle')}
      </h2>
      <p class="body" data-testid="ei-level-read">
        <strong>{levelLabel(view, view.level, i18n)}</strong>
      </p>
      {chosen && <p class="body secondary">{chosen.criteria}</p>}
      <h3 class="heading-s">{t('evalInd.explanation')}</h3>
      <p class="body ei-prewrap" data-testid="ei-explanation-read">
        {view.explanation || t('evalInd.noExplanation')}
      </p>
      <details class="ei-criteria">
        <summary class="link">{t('evalInd.allLevels')}</summary>
        <ol class="list">
          {view.levels.map((l) => (
            <li key={l.value} value={l.value}>
              <strong>{l.name}</strong>: {l.criteria}
            </li>
          ))}
        </ol>
      </details>
      <IndicatorPageSuggestion campaignId={campaignId} view={view} />
    </section>
  );
}

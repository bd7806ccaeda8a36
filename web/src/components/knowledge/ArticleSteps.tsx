// The steps an article allows now, as the server lists them (`allowed_actions`): send a draft
// for review ("pengolahan"), publish it into the base ("penyimpanan"), mark a published article
// reviewed (its review date moves on), return it to draft, archive and restore (Madiun Pasal 37
// ayat (2)). Returning to draft and reviewing ask for a note; archiving takes one. The server's
// refusal (409 citing the article, 403) is said in plain words; 412 as a conflict. If-Match.
import { takeArticleStep } from '../../api/knowledge';
import { ARTICLE_ACTIONS, type Article, type ArticleAction } from '../../api/knowledgeTypes';
import { fieldErrors } from '../../forms/formErrors';
import { useDraft } from '../../hooks/useDraft';
import { useSendForm } from '../../hooks/useSendForm';
import type { MessageKey } from '../../i18n/messages';
import { useI18n, type I18n } from '../../i18n/useI18n';
import { ConflictBox } from '../ConflictBox';
import { ErrorSummary } from '../ErrorSummary';
import { FormPanel } from '../FormPanel';
import { SaveCancelButtons } from '../form/SaveCancelButtons';
import { TextArea } from '../form/TextArea';
import { actionLabel } from './labels';

const NOTE_ID = 'kb-step-note';
const NEEDS_NOTE: ArticleAction[] = ['return_to_draft', 'review'];
const TAKES_NOTE: ArticleAction[] = [...NEEDS_NOTE, 'archive'];

interface Props {
  article: Article;
  etag: string;
  onDone: (article: Article, etag: string | undefined, message: MessageKey) => void;
  onStale: () => void;
}

export function ArticleSteps({ article, etag, onDone, onStale }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const [draft, update, reset] = useDraft(`knowledge.step.${article.id}`, { open: '', note: '' });
  const { errors, focusKey, sending, conflict, send, clear } = useSendForm({ note: NOTE_ID, action: NOTE_ID });
  const steps = ARTICLE_ACTIONS.filter((a) => article.allowed_actions.includes(a));
  const open = steps.find((a) => a === draft.open && TAKES_NOTE.includes(a)) ?? null;

  const take = (a: ArticleAction) =>
    send({
      check: ({ t }: I18n) => fieldErrors([[NOTE_ID, NEEDS_NOTE.includes(a) && !draft.note.trim() ? t('knowledge.error.noteMissing') : null]]),
      request: () => takeArticleStep(article.id, a, TAKES_NOTE.includes(a) ? draft.note.trim() : '', etag),
      onSent: (saved, savedEtag) => {
        reset();
        onDone(saved, savedEtag, `knowledge.done.${a}` as MessageKey);
      },
      // Said plainly first; then the server's words, which name the article of the regulation.
      explain: (error, shown, wording) => {
        if (error.status === 403) return { ...shown, summary: [{ text: wording.t('knowledge.forbiddenEdit') }, ...shown.summary] };
        if (error.status === 409) return { ...shown, summary: [{ text: wording.t('knowledge.stepRefused') }, ...shown.summary] };
        return shown;
      },
    });

  if (steps.length === 0) return null;
  return (
    <section class="section" aria-labelledby="kb-steps-title" data-testid="kb-steps">
      <h2 class="heading-m" id="kb-steps-title">
        {t('knowledge.stepsTitle')}
      </h2>
      {conflict && <ConflictBox onReload={onStale} testId="kb-step-conflict" />}
      {!open && <ErrorSummary items={errors.summary} focusKey={focusKey} />}
      {open ? (
        <FormPanel title={actionLabel(open, i18n)} testId="kb-step-form-panel">
          <form class="form" onSubmit={take(open)} noValidate data-testid="kb-step-form">
            <ErrorSummary items={errors.summary} focusKey={focusKey} />
            <TextArea
              id={NOTE_ID}
              label={NEEDS_NOTE.includes(open) ? t('knowledge.stepNote') : t('knowledge.stepNoteOptional')}
              hint={t(`knowledge.stepNoteHint.${open}` as MessageKey)}
              value={draft.note}
              onInput={(note) => update({ note })}
              error={errors.fields[NOTE_ID]}
            />
            <SaveCancelButtons
              saveLabel={actionLabel(open, i18n)}
              saveTestId="kb-step-submit"
              saving={sending}
              cancelTestId="kb-step-cancel"
              onCancel={() => {
                clear();
                reset();
              }}
            />
          </form>
        </FormPanel>
      ) : (
        <div class="button-group">
          {steps.map((a) =>
            TAKES_NOTE.includes(a) ? (
              <button
                key={a}
                type="button"
                class="button button--secondary"
                data-testid={`kb-step-${a}`}
                onClick={() => {
                  clear();
                  update({ open: a, note: '' });
                }}
              >
                {actionLabel(a, i18n)}
              </button>
            ) : (
              <button key={a} type="button" class={`button${a === 'publish' ? '' : ' button--secondary'}`} disabled={sending} data-testid={`kb-step-${a}`} onClick={take(a)}>
                {actionLabel(a, i18n)}
              </button>
            ),
          )}
        </div>
      )}
    </section>
  );
}

// "Artikel yang mungkin membantu": while a Tier 1 operator writes a ticket, the published
// articles of the knowledge base that match the words of its title and description (those
// linked to the chosen application first), so a known answer is found before the ticket is
// even sent (Madiun Pasal 37: knowledge in use). Asked ~400 ms after the typing stops, not for
// fewer than 3 letters; an older answer never replaces a newer one. "Gunakan artikel ini"
// shows the article here, without leaving the form, and remembers the choice: once the ticket
// is created, its page offers to link the article as used (TicketArticles).
import { useEffect, useRef, useState } from 'preact/hooks';
import { articlePagePath, getArticle, suggestArticles } from '../../api/knowledge';
import type { Article, Suggestion } from '../../api/knowledgeTypes';
import { useI18n } from '../../i18n/useI18n';
import type { ApiError } from '../../api/client';
import { Paragraphs } from './Paragraphs';
import { QuietError } from './QuietError';
import { RatingStars } from './RatingStars';
import { kindLabel } from './labels';
import { useChosenArticles } from './chosenArticles';

const DELAY_MS = 400;
const letters = (text: string) => (text.match(/\p{L}/gu) ?? []).length;

interface Props {
  title: string;
  description: string;
  applicationId: string | number | null; // as the form holds it ('' or null: none)
}

type State = { phase: 'idle' } | { phase: 'loading'; items: Suggestion[] } | { phase: 'ready'; items: Suggestion[] } | { phase: 'error'; error: ApiError; items: Suggestion[] };

export function KnowledgeSuggestions({ title, description, applicationId }: Props) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const text = `${title.trim()}\n${description.trim()}`.trim().slice(0, 2000);
  const application = applicationId === '' || applicationId === null ? null : Number(applicationId);
  const [state, setState] = useState<State>({ phase: 'idle' });
  const [attempt, setAttempt] = useState(0);
  const latest = useRef(0); // the number of the newest question; older answers are dropped
  const chosen = useChosenArticles();
  const [open, setOpen] = useState<number | null>(null);

  useEffect(() => {
    const asked = ++latest.current;
    if (letters(text) < 3) {
      setState({ phase: 'idle' });
      return;
    }
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      setState((previous) => ({ phase: 'loading', items: previous.phase === 'idle' ? [] : previous.items }));
      void suggestArticles(text, application, { signal: controller.signal }).then((answer) => {
        if (asked !== latest.current || controller.signal.aborted) return;
        if (answer.ok) setState({ phase: 'ready', items: answer.data.items });
        else if (answer.error.kind !== 'aborted') setState((previous) => ({ phase: 'error', error: answer.error, items: previous.phase === 'idle' ? [] : previous.items }));
      });
    }, DELAY_MS);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [text, application, attempt]);

  if (state.phase === 'idle') return null;
  const items = state.items;
  return (
    <aside class="kb-suggestions" aria-labelledby="kb-suggest-title" data-testid="kb-suggestions">
      <h2 class="heading-s" id="kb-suggest-title">
        {t('knowledge.suggestTitle')}
      </h2>
      <p class="body secondary" role="status" data-testid="kb-suggest-status">
        {state.phase === 'loading' && items.length === 0
          ? t('knowledge.suggestLoading')
          : items.length === 0 && state.phase === 'ready'
            ? t('knowledge.suggestNone')
            : items.length > 0
              ? t('knowledge.suggestIntro')
              : ''}
      </p>
      {state.phase === 'error' && <QuietError error={state.error} onRetry={() => setAttempt((n) => n + 1)} testId="kb-suggest-error" />}
      {items.length > 0 && (
        <ul class="kb-suggest-list" data-testid="kb-suggest-list">
          {items.map((s) => (
            <li key={s.id} class="kb-suggest" data-testid="kb-suggestion" data-article-id={s.id}>
              <p class="body kb-suggest__title">
                <strong data-testid="kb-suggestion-title">{s.title}</strong>
                <span class="cell-note">
                  {kindLabel(s.kind, i18n)} · {s.agency.short_name} ·{' '}
                  <RatingStars average={s.rating.average} count={s.rating.count} />
                </span>
              </p>
              <p class="body kb-text">{s.summary}</p>
              {s.why && (
                <p class="body secondary kb-text" data-testid="kb-suggestion-why">
                  {lang === 'id' ? s.why.id : s.why.en}
                </p>
              )}
              {chosen.has(s.id) && (
                <p class="body">
                  <strong class="tag tag--green" data-testid="kb-suggestion-chosen">
                    {t('knowledge.suggestChosen')}
                  </strong>
                </p>
              )}
              {open === s.id ? (
                <SuggestedArticle id={s.id} onClose={() => setOpen(null)} />
              ) : (
                <div class="button-group">
                  <button
                    type="button"
                    class="button button--secondary"
                    data-testid="kb-suggestion-use"
                    onClick={() => {
                      chosen.choose(s.id, s.title);
                      setOpen(s.id);
                    }}
                  >
                    {t('knowledge.suggestUse')}
                  </button>
                  <a class="link" href={articlePagePath(s.id)} target="_blank" rel="noopener" data-testid="kb-suggestion-open">
                    {t('knowledge.suggestOpenTab')}
                  </a>
                  {chosen.has(s.id) && (
                    <button type="button" class="link-button" onClick={() => chosen.forget(s.id)} data-testid="kb-suggestion-unchoose">
                      {t('knowledge.suggestUnchoose')}
                    </button>
                  )}
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}

// The chosen article in full, inside the form: what to try first, then the text.
function SuggestedArticle({ id, onClose }: { id: number; onClose: () => void }) {
  const { t } = useI18n();
  const [article, setArticle] = useState<Article | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    void getArticle(id, { signal: controller.signal }).then((answer) => {
      if (controller.signal.aborted) return;
      if (answer.ok) setArticle(answer.data);
      else setError(answer.error);
    });
    return () => controller.abort();
  }, [id, attempt]);
  return (
    <div class="kb-suggest__article" data-testid="kb-suggestion-article">
      {error && (
        <QuietError
          error={error}
          onRetry={() => {
            setError(null);
            setAttempt((n) => n + 1);
          }}
          testId="kb-suggestion-article-error"
        />
      )}
      {!article && !error && (
        <p class="body" role="status">
          {t('common.loading')}
        </p>
      )}
      {article && (
        <>
          {article.kind === 'known_error' && article.workaround && (
            <div class="kb-workaround">
              <p class="body">
                <strong>{t('knowledge.workaround')}</strong>
              </p>
              <Paragraphs text={article.workaround} testId="kb-suggestion-workaround" />
            </div>
          )}
          <Paragraphs text={article.body} testId="kb-suggestion-body" />
          <p class="body secondary">{t('knowledge.suggestWillOffer')}</p>
        </>
      )}
      <button type="button" class="link-button" onClick={onClose} data-testid="kb-suggestion-close">
        {t('knowledge.suggestClose')}
      </button>
    </div>
  );
}

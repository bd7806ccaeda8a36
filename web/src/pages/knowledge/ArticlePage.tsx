// /pengetahuan/{id} (everyone but citizens): one knowledge article, read first — its title,
// summary, the known error's symptom, cause and workaround, the text in paragraphs — then its
// facts (owner agency, keywords, review date, use), "Beri nilai", the steps it allows now
// (Madiun Pasal 37 ayat (2)), the change form while it is a draft, the tickets and applications
// it is linked to, the transfers of its knowledge, its journey, the downloads and the history.
// The owner agency (or the ICT office) keeps it; everyone else reads and rates it. The server
// decides (403, 409, 412).
import { useEffect, useState } from 'preact/hooks';
import { articlePath, countArticleView, getArticle, KNOWLEDGE_PAGE } from '../../api/knowledge';
import type { Article } from '../../api/knowledgeTypes';
import { ExportLinks } from '../../components/ExportLinks';
import { OpenFormButton } from '../../components/OpenFormButton';
import { RecordHistory } from '../../components/RecordHistory';
import { RecordPage, type RecordViewProps } from '../../components/RecordPage';
import { SavedNotice } from '../../components/SavedNotice';
import { SummaryList, type SummaryRow } from '../../components/SummaryList';
import { ArticleEditForm } from '../../components/knowledge/ArticleEditForm';
import { ArticleJourney } from '../../components/knowledge/ArticleJourney';
import { ArticleLinks } from '../../components/knowledge/ArticleLinks';
import { ArticleSteps } from '../../components/knowledge/ArticleSteps';
import { Paragraphs } from '../../components/knowledge/Paragraphs';
import { RatingPanel } from '../../components/knowledge/RatingPanel';
import { TransfersSection } from '../../components/knowledge/TransfersSection';
import { kindLabel, statusColour, statusLabel } from '../../components/knowledge/labels';
import { useKnowledgeAccess } from '../../components/knowledge/useKnowledgeAccess';
import { formatDateTime, formatDay } from '../../format/dateTime';
import { useRegionDetail } from '../../hooks/useRegionDetail';
import type { MessageKey } from '../../i18n/messages';
import { useI18n } from '../../i18n/useI18n';
import type { PageProps } from '../../routes';

export function ArticlePage({ params }: PageProps) {
  const { t } = useI18n();
  return (
    <RecordPage
      id={Number(params[0])}
      load={getArticle}
      titleOf={(a) => a.title}
      loadingTitle={t('knowledge.baseTitle')}
      back={{ href: KNOWLEDGE_PAGE, label: t('knowledge.back'), testId: 'back-to-knowledge' }}
      view={(props) => <ArticleView {...props} />}
    />
  );
}

function ArticleView({ record: article, etag, onChanged, reload }: RecordViewProps<Article>) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const zone = useRegionDetail()?.time_zone;
  const access = useKnowledgeAccess();
  const [editing, setEditing] = useState(false);
  const [done, setDone] = useState<MessageKey | null>(null);
  const [childChanges, setChildChanges] = useState(0);
  const owner = access.mayEdit(article.agency.id);
  const editable = article.status === 'collected' || article.status === 'processed';
  const published = article.status === 'published';
  // Opening a published article counts one view (penggunaan), once per article shown.
  useEffect(() => {
    if (published) void countArticleView(article.id);
  }, [article.id]);
  // A published article may be linked by an operator to their own agency's tickets and applications.
  const mayLink = owner || (published && access.operator);

  const changed = (message: MessageKey) => (next: Article, nextEtag?: string) => {
    onChanged(next, nextEtag ?? `"${next.version}"`);
    setEditing(false);
    setDone(message);
  };
  const childChanged = () => {
    setChildChanges((n) => n + 1);
    reload();
  };

  const knownError: SummaryRow[] =
    article.kind === 'known_error'
      ? [
          { key: 'symptom', label: t('knowledge.symptom'), value: <span class="kb-text" data-testid="kb-symptom">{article.symptom || '—'}</span> },
          { key: 'cause', label: t('knowledge.cause'), value: <span class="kb-text" data-testid="kb-cause">{article.cause || t('knowledge.causeUnknown')}</span> },
          { key: 'workaround', label: t('knowledge.workaround'), value: <span class="kb-text" data-testid="kb-workaround">{article.workaround || '—'}</span> },
        ]
      : [];

  const facts: SummaryRow[] = [
    { key: 'agency', label: t('knowledge.agency'), value: <span data-testid="kb-agency">{`${article.agency.name} (${article.agency.short_name})`}</span> },
    { key: 'owner', label: t('knowledge.owner'), value: <span data-testid="kb-owner">{article.owner?.display_name ?? '—'}</span> },
    { key: 'kind', label: t('knowledge.kindLabel'), value: <span data-testid="kb-kind">{kindLabel(article.kind, i18n)}</span> },
    { key: 'keywords', label: t('knowledge.keywords'), value: <span data-testid="kb-keywords">{article.keywords.length ? article.keywords.join(', ') : '—'}</span> },
    {
      key: 'published',
      label: t('knowledge.publishedAt'),
      value: <span data-testid="kb-published-at">{article.published_at ? t('knowledge.revisionAt', { revision: article.revision, at: formatDateTime(article.published_at, lang, zone) }) : t('knowledge.notPublished')}</span>,
    },
    {
      key: 'review',
      label: t('knowledge.reviewDueOn'),
      value: (
        <span data-testid="kb-review-due-on">
          {article.review_due_on ? formatDay(article.review_due_on, lang) : '—'}
          {article.last_reviewed_at && <span class="cell-note secondary">{t('knowledge.lastReviewed', { at: formatDateTime(article.last_reviewed_at, lang, zone) })}</span>}
        </span>
      ),
    },
    {
      key: 'usage',
      label: t('knowledge.usage'),
      value: <span data-testid="kb-usage">{t('knowledge.usageText', { views: article.usage.views, uses: article.usage.uses })}</span>,
    },
    { key: 'updated', label: t('knowledge.updatedAt'), value: t('knowledge.versionAt', { version: article.version, at: formatDateTime(article.updated_at, lang, zone) }) },
  ];

  return (
    <>
      <h1 class="heading-xl">
        <span class="caption" data-testid="kb-caption">
          {t('knowledge.baseTitle')} · {article.agency.short_name}
        </span>
        <span class="kb-text" data-testid="kb-title">
          {article.title}
        </span>
      </h1>
      <ul class="tag-list kb-header-tags">
        <li>
          <strong class={`tag tag--${statusColour(article.status)}`} data-testid="kb-status">
            {statusLabel(article.status, i18n)}
          </strong>
        </li>
        <li>
          <strong class="tag tag--blue">{kindLabel(article.kind, i18n)}</strong>
        </li>
        {article.review_due && (
          <li>
            <strong class="tag tag--red" data-testid="kb-review-due">
              {t('knowledge.reviewDue')}
            </strong>
          </li>
        )}
      </ul>
      {done && <SavedNotice testId="kb-done" text={t(done)} />}
      {!owner && (
        <p class="body secondary" data-testid="kb-read-only">
          {access.mayCreate ? t('knowledge.readOnlyOtherAgency', { agency: article.agency.short_name }) : t('knowledge.readOnlyRole')}
        </p>
      )}

      <p class="lead kb-text" data-testid="kb-summary">
        {article.summary}
      </p>
      {knownError.length > 0 && (
        <>
          <h2 class="heading-m">{t('knowledge.knownErrorPart')}</h2>
          <SummaryList testId="kb-known-error" rows={knownError} />
        </>
      )}
      <h2 class="heading-m">{t('knowledge.body')}</h2>
      <Paragraphs text={article.body} testId="kb-body" />

      <h2 class="heading-m">{t('knowledge.factsTitle')}</h2>
      <SummaryList testId="kb-facts" rows={facts} />

      {owner && !editing && <ArticleSteps key={etag} article={article} etag={etag} onDone={(next, nextEtag, message) => changed(message)(next, nextEtag)} onStale={reload} />}
      {owner && editable && !editing && (
        <OpenFormButton
          label={t('knowledge.edit')}
          testId="kb-edit-open"
          onClick={() => {
            setDone(null);
            setEditing(true);
          }}
        />
      )}
      {owner && !editable && article.status !== 'archived' && !editing && (
        <p class="body secondary" data-testid="kb-edit-not-now">
          {t('knowledge.editReturnFirst')}
        </p>
      )}
      {owner && editable && editing && <ArticleEditForm article={article} etag={etag} onSaved={changed('knowledge.saved')} onClose={() => setEditing(false)} />}

      {published && <RatingPanel key={article.id} article={article} mayRate={access.mayRate} onRated={() => setChildChanges((n) => n + 1)} />}

      <ArticleLinks article={article} mayAdd={mayLink} mayRemove={owner} onChanged={childChanged} />
      <TransfersSection article={article} mayEdit={owner} zone={zone} onChanged={childChanged} />
      <ArticleJourney article={article} zone={zone} />

      <ExportLinks basePath={articlePath(article.id)} testId="kb-export" />
      <RecordHistory recordPath={articlePath(article.id)} version={article.version * 1000 + childChanges} zone={zone} />
    </>
  );
}

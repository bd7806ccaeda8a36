// /pengetahuan (everyone but citizens): the region's knowledge base (Manajemen Pengetahuan,
// Madiun Pasal 37). A search over the text of every article (best match first) with filters by
// kind, agency and — for those who may see articles not yet in the base — status; each result
// with its summary or the words around the match, kind, rating and owner agency. Those who
// write articles see the articles whose review date has passed ("perlu ditinjau") and the
// button to write a new one; the ICT office also the region's review period.
import { listReviewDue, searchArticles, type KnowledgeFilter } from '../../api/knowledge';
import { ARTICLE_KINDS, ARTICLE_STATUSES, type ArticleSummary } from '../../api/knowledgeTypes';
import { FilterForm } from '../../components/FilterForm';
import { LoadView } from '../../components/LoadView';
import { PagedListView } from '../../components/PagedListView';
import { SelectField } from '../../components/form/SelectField';
import { TextField } from '../../components/form/TextField';
import { ArticleList } from '../../components/knowledge/ArticleList';
import { ReviewSettings } from '../../components/knowledge/ReviewSettings';
import { kindLabel, statusLabel } from '../../components/knowledge/labels';
import { useKnowledgeAccess } from '../../components/knowledge/useKnowledgeAccess';
import { useAgencies } from '../../hooks/useAgencies';
import { useListFilter } from '../../hooks/useListFilter';
import { useLoad } from '../../hooks/useLoad';
import { usePagedList } from '../../hooks/usePagedList';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useI18n } from '../../i18n/useI18n';
import type { PageProps } from '../../routes';
import { route } from '../../state/route';
import { useStore } from '../../state/store';

const EMPTY: KnowledgeFilter = { q: '', kind: '', agency_id: '', status: '' };

export function KnowledgePage(_props: PageProps) {
  const { search } = useStore(route);
  // A new address (e.g. /pengetahuan?q=printer) starts the search afresh.
  return <SearchView key={search.toString()} initialQ={search.get('q') ?? ''} />;
}

function SearchView({ initialQ }: { initialQ: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  usePageTitle(t('knowledge.baseTitle'));
  const access = useKnowledgeAccess();
  const { agencies } = useAgencies();
  const { draft, edit, filter, filtered, apply, clear } = useListFilter<KnowledgeFilter>({ ...EMPTY, q: initialQ });
  const list = usePagedList<ArticleSummary>((cursor, signal) => searchArticles(filter, cursor, { signal }), JSON.stringify(filter));

  return (
    <>
      <h1 class="heading-xl">
        <span class="caption">{t('knowledge.caption')}</span>
        <span data-testid="kb-heading">{t('knowledge.baseTitle')}</span>
      </h1>
      <p class="lead">{t('knowledge.intro')}</p>

      {access.mayCreate ? (
        <p class="body">
          <a class="button" href="/pengetahuan/baru" data-testid="kb-create">
            {t('knowledge.create')}
          </a>
        </p>
      ) : (
        <p class="body secondary" data-testid="kb-read-only">
          {t('knowledge.readOnly')}
        </p>
      )}

      {access.mayCreate && <ReviewDue agencyId={access.ownAgencyId} superadmin={access.superadmin} />}

      <section class="section" aria-labelledby="kb-search-title">
        <h2 class="heading-l" id="kb-search-title">
          {filter.q ? t('knowledge.resultsFor', { q: filter.q }) : t('knowledge.allArticles')}
        </h2>
        <FilterForm label={t('knowledge.search')} testId="kb-filter" filtered={filtered} onApply={apply} onClear={clear}>
          <TextField id="kb-filter-q" label={t('knowledge.searchWords')} hint={t('knowledge.searchWordsHint')} value={draft.q} onInput={(q) => edit({ q })} inputProps={{ maxLength: 200 }} />
          <SelectField
            id="kb-filter-kind"
            label={t('knowledge.kindLabel')}
            value={draft.kind}
            onChange={(kind) => edit({ kind })}
            options={[{ value: '', label: t('knowledge.allKinds') }, ...ARTICLE_KINDS.map((k) => ({ value: k, label: kindLabel(k, i18n) }))]}
          />
          <SelectField
            id="kb-filter-agency"
            label={t('knowledge.agency')}
            value={draft.agency_id}
            onChange={(agency_id) => edit({ agency_id })}
            options={[{ value: '', label: t('knowledge.allAgencies') }, ...agencies.map((a) => ({ value: String(a.id), label: a.short_name }))]}
          />
          {access.maySeeDrafts && (
            <SelectField
              id="kb-filter-status"
              label={t('knowledge.statusLabel')}
              hint={t('knowledge.statusHint')}
              value={draft.status}
              onChange={(status) => edit({ status })}
              options={[{ value: '', label: t('knowledge.allStatuses') }, ...ARTICLE_STATUSES.map((s) => ({ value: s, label: statusLabel(s, i18n) }))]}
            />
          )}
        </FilterForm>
        <PagedListView list={list}>
          {(items) =>
            items.length === 0 ? (
              <p class="body" data-testid="kb-empty">
                {filtered ? t('knowledge.noneFound') : t('knowledge.none')}
              </p>
            ) : (
              <ArticleList articles={items} />
            )
          }
        </PagedListView>
      </section>
    </>
  );
}

// "Perlu ditinjau": published articles past their review date, most overdue first.
function ReviewDue({ agencyId, superadmin }: { agencyId: number | null; superadmin: boolean }) {
  const { t } = useI18n();
  const loaded = useLoad((signal) => listReviewDue(agencyId, { signal }), String(agencyId));
  return (
    <section class="section" aria-labelledby="kb-review-title" data-testid="kb-review-due">
      <h2 class="heading-l" id="kb-review-title">
        {t('knowledge.reviewDueTitle')}
        {loaded.state.phase === 'ready' && <span class="heading-count"> ({loaded.state.data.items.length})</span>}
      </h2>
      {superadmin && <ReviewSettings />}
      <LoadView loaded={loaded}>
        {(answer) =>
          answer.items.length === 0 ? (
            <p class="body secondary" data-testid="kb-review-due-none">
              {t('knowledge.reviewDueNone')}
            </p>
          ) : (
            <>
              <p class="body">{t('knowledge.reviewDueIntro')}</p>
              <ArticleList articles={answer.items.slice(0, 10)} testId="kb-review-due-list" />
            </>
          )
        }
      </LoadView>
    </section>
  );
}

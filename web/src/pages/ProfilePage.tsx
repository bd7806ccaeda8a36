// /peraturan (everyone but citizens): the regulation the region runs (its
// profile, docs/profiles.md) with every obligation Simpul checks: the article,
// the sentence of the regulation word for word (Bahasa Indonesia: it is the
// law's text, in either UI language), whom it binds and the rule in plain
// words. Listed in the order of the articles, grouped by Pasal, with a text
// search and filters by rule kind and by whom it binds.
import { useState } from 'preact/hooks';
import { getRegionDetail } from '../api/organisation';
import type { Obligation, ProfileDetail, Terms } from '../api/organisationTypes';
import { getProfile } from '../api/profiles';
import type { Result } from '../api/client';
import { SelectField } from '../components/form/SelectField';
import { TextField } from '../components/form/TextField';
import { LoadView } from '../components/LoadView';
import { bindsLabel, chapterOf, compareArticles, describeRule, ruleKindLabel, whenLabel } from '../format/rules';
import { humanize } from '../format/organisation';
import { useLoad } from '../hooks/useLoad';
import { usePageTitle } from '../hooks/usePageTitle';
import { useI18n, type I18n } from '../i18n/useI18n';
import { MessagePage } from '../components/MessagePage';

// The region's profile: GET /api/v1/region names it, GET /api/v1/profiles/{name} gives it.
async function loadProfile(signal: AbortSignal): Promise<Result<ProfileDetail | null>> {
  const region = await getRegionDetail({ signal });
  if (!region.ok) return region;
  if (!region.data.profile) return { ok: true, data: null, status: 200 };
  return getProfile(region.data.profile, { signal });
}

export function ProfilePage() {
  const { t } = useI18n();
  usePageTitle(t('profile.title'));
  const loaded = useLoad(loadProfile);
  return (
    <LoadView loaded={loaded}>
      {(profile) =>
        profile ? (
          <ProfileView profile={profile} />
        ) : (
          <MessagePage title={t('profile.title')} testId="profile-none">
            <p class="body">{t('profile.none')}</p>
          </MessagePage>
        )
      }
    </LoadView>
  );
}

interface Filter {
  text: string;
  kind: string;
  binds: string;
}

const NO_FILTER: Filter = { text: '', kind: '', binds: '' };

function ProfileView({ profile }: { profile: ProfileDetail }) {
  const i18n = useI18n();
  const { t } = i18n;
  const terms = profile.terms;
  const [filter, setFilter] = useState<Filter>(NO_FILTER);
  const set = (changes: Partial<Filter>) => setFilter((f) => ({ ...f, ...changes }));

  const all = [...profile.obligations].sort((a, b) => compareArticles(a.article, b.article));
  const shown = all.filter((o) => matches(o, filter, terms, i18n));
  const kinds = distinct(all.map((o) => o.rule.kind));
  const binds = distinct(all.map((o) => o.binds));
  const groups = groupByChapter(shown);
  const filtered = filter.text.trim() !== '' || filter.kind !== '' || filter.binds !== '';

  return (
    <>
      <h1 class="heading-xl">
        <span class="caption">{t('profile.title')}</span>
        <span data-testid="profile-short">{profile.citation.short}</span>
      </h1>
      <p class="lead" data-testid="profile-citation" lang="id">
        {profile.citation.title}
      </p>
      <p class="body">{t('profile.intro')}</p>

      <form class="filter" role="search" aria-label={t('profile.filter')} onSubmit={(e) => e.preventDefault()} data-testid="obligation-filter">
        <h2 class="heading-s">{t('profile.filter')}</h2>
        <div class="filter__fields">
          <TextField
            id="filter-obligation-text"
            label={t('profile.search')}
            hint={t('profile.searchHint')}
            value={filter.text}
            onInput={(text) => set({ text })}
            autoComplete="off"
          />
        </div>
        <div class="filter__fields">
          <SelectField
            id="filter-obligation-kind"
            label={t('profile.ruleKind')}
            value={filter.kind}
            onChange={(kind) => set({ kind })}
            options={[{ value: '', label: t('common.all') }, ...kinds.map((k) => ({ value: k, label: ruleKindLabel(k, i18n) }))]}
          />
          <SelectField
            id="filter-obligation-binds"
            label={t('profile.binds')}
            value={filter.binds}
            onChange={(b) => set({ binds: b })}
            options={[{ value: '', label: t('common.all') }, ...binds.map((b) => ({ value: b, label: bindsLabel(b, terms, i18n) }))]}
          />
        </div>
        {filtered && (
          <div class="button-group">
            <button type="button" class="link-button" onClick={() => setFilter(NO_FILTER)} data-testid="obligation-filter-clear">
              {t('common.clearFilter')}
            </button>
          </div>
        )}
      </form>

      <p class="body" role="status" aria-live="polite" data-testid="obligation-count" data-shown={shown.length} data-total={all.length}>
        {filtered ? t('profile.countFiltered', { shown: shown.length, total: all.length }) : t('profile.count', { total: all.length })}
      </p>

      {shown.length === 0 ? (
        <p class="body" data-testid="obligations-empty">
          {t('profile.noneMatch')}
        </p>
      ) : (
        groups.map(([chapter, items]) => (
          <section class="section" key={chapter} aria-label={chapter} data-testid="obligation-group">
            <h2 class="heading-m" data-testid="obligation-group-title">
              {chapter}
            </h2>
            <ol class="obligations">
              {items.map((o) => (
                <ObligationItem key={o.id} obligation={o} terms={terms} />
              ))}
            </ol>
          </section>
        ))
      )}
    </>
  );
}

function ObligationItem({ obligation, terms }: { obligation: Obligation; terms: Terms }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <li class="obligation" data-testid="obligation" data-id={obligation.id} data-kind={obligation.rule.kind} data-binds={obligation.binds}>
      <h3 class="heading-s obligation__article" data-testid="obligation-article">
        {obligation.article}
      </h3>
      <blockquote class="obligation__text" lang="id" data-testid="obligation-text">
        {obligation.text}
      </blockquote>
      <dl class="facts">
        <div>
          <dt>{t('profile.binds')}:</dt>
          <dd data-testid="obligation-binds">
            {bindsLabel(obligation.binds, terms, i18n)}
            {obligation.when && ` (${whenLabel(obligation.when, terms, i18n)})`}
          </dd>
        </div>
        <div>
          <dt>{t('profile.rule')}:</dt>
          <dd data-testid="obligation-rule">
            <strong class="tag tag--grey">{ruleKindLabel(obligation.rule.kind, i18n)}</strong> {describeRule(obligation.rule, terms, i18n)}
          </dd>
        </div>
      </dl>
    </li>
  );
}

function matches(o: Obligation, filter: Filter, terms: Terms, i18n: I18n): boolean {
  if (filter.kind && o.rule.kind !== filter.kind) return false;
  if (filter.binds && o.binds !== filter.binds) return false;
  const words = filter.text.trim().toLocaleLowerCase('id').split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const ruleFields = Object.values(o.rule)
    .flatMap((v) => (Array.isArray(v) ? v : [v]))
    .filter((v): v is string => typeof v === 'string')
    .map(humanize);
  const haystack = [
    o.article,
    o.text,
    o.id,
    bindsLabel(o.binds, terms, i18n),
    ruleKindLabel(o.rule.kind, i18n),
    describeRule(o.rule, terms, i18n),
    ...ruleFields,
  ]
    .join(' ')
    .toLocaleLowerCase('id');
  return words.every((w) => haystack.includes(w));
}

function distinct(values: string[]): string[] {
  return [...new Set(values)];
}

function groupByChapter(obligations: Obligation[]): Array<[string, Obligation[]]> {
  const groups: Array<[string, Obligation[]]> = [];
  for (const o of obligations) {
    const chapter = chapterOf(o.article);
    const last = groups[groups.length - 1];
    if (last && last[0] === chapter) last[1].push(o);
    else groups.push([chapter, [o]]);
  }
  return groups;
}

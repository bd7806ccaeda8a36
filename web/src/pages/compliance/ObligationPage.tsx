// /kepatuhan/kewajiban/{id} (everyone but citizens): one duty of the region's
// regulation — its citation and original sentence, whom it binds and what rule judges
// it — and which of its subjects meet it, those still owing first.
import { getObligationCompliance, OBLIGATIONS_PAGE } from '../../api/compliance';
import { LoadView } from '../../components/LoadView';
import { SummaryList } from '../../components/SummaryList';
import { formatDay } from '../../format/dateTime';
import { useLoad } from '../../hooks/useLoad';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useI18n } from '../../i18n/useI18n';
import type { PageProps } from '../../routes';
import { FindingList } from './FindingList';
import { TallyCounts } from './TallyCounts';

export function ObligationPage({ params }: PageProps) {
  const { t, lang } = useI18n();
  const id = safeDecode(params[0] ?? '');
  const loaded = useLoad((signal) => getObligationCompliance(id, { signal }), id);
  usePageTitle(loaded.state.phase === 'ready' ? loaded.state.data.obligation.citation : t('compliance.obligationsTitle'));

  return (
    <>
      <p class="back">
        <a class="link" href={OBLIGATIONS_PAGE} data-testid="cm-back">
          {t('compliance.backToObligations')}
        </a>
      </p>
      <LoadView loaded={loaded}>
        {(view) => {
          const o = view.obligation;
          const binds = o.binds.replace(/_/g, ' ');
          return (
            <>
              <h1 class="heading-xl">
                <span class="caption">{t('compliance.caption')}</span>
                <span data-testid="cm-obligation-heading">{o.citation}</span>
              </h1>
              <blockquote class="lead" lang="id" data-testid="cm-obligation-text">
                {o.text}
              </blockquote>
              <SummaryList
                testId="cm-obligation-facts"
                rows={[
                  { key: 'binds', label: t('compliance.binds'), value: o.when ? `${binds} (${o.when.replace(/_/g, ' ')})` : binds },
                  { key: 'rule', label: t('compliance.rule'), value: <code>{o.rule.kind}</code> },
                  { key: 'as_of', label: t('compliance.asOfLabel'), value: formatDay(view.as_of, lang) },
                ]}
              />
              <TallyCounts tally={view.tally} testId="cm-obligation-tally" />
              <section class="section" aria-labelledby="cm-subjects-title">
                <h2 class="heading-l" id="cm-subjects-title">
                  {t('compliance.subjectsTitle')}
                </h2>
                <FindingList findings={view.findings} testId="cm-subjects" />
              </section>
            </>
          );
        }}
      </LoadView>
    </>
  );
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

// /evaluasi (every role but citizens): the region's SPBE evaluation campaigns, newest year
// first — the kind (Evaluasi / Pemantauan), the state, the index with its predicate and how
// far the self-assessment is (answered / verified) — the index year over year, and for the
// ICT office "Buat penilaian mandiri". The frameworks are one link away.
import { useState } from 'preact/hooks';
import { campaignPage, FRAMEWORKS_PAGE, getTrend, listCampaigns, listFrameworks } from '../../api/evaluation';
import { LoadView } from '../../components/LoadView';
import { useAgencyAccess } from '../../hooks/useAgencyAccess';
import { useLoad } from '../../hooks/useLoad';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useI18n } from '../../i18n/useI18n';
import type { PageProps } from '../../routes';
import './evaluation.css';
import { CampaignCreateForm } from './CampaignCreateForm';
import { kindLabel, statusLabel } from './evaluationWords';
import { IndexTrendChart } from './IndexTrendChart';
import { PredicateBadge } from './PredicateBadge';
import { QuestionInboxLink } from './QuestionInboxLink';

export function CampaignsPage(_props: PageProps) {
  const i18n = useI18n();
  const { t } = i18n;
  usePageTitle(t('evaluation.title'));
  const { superadmin } = useAgencyAccess();
  const [creating, setCreating] = useState(false);
  const campaigns = useLoad((signal) => listCampaigns({ signal }));
  const trend = useLoad((signal) => getTrend({ signal }));
  const years = campaigns.state.phase === 'ready' ? campaigns.state.data.map((c) => c.year) : [];
  const nextYear = years.length > 0 ? Math.max(...years) + 1 : new Date().getFullYear();

  return (
    <>
      <h1 class="heading-xl">
        <span class="caption">{t('nav.evaluation')}</span>
        <span data-testid="ev-heading">{t('evaluation.title')}</span>
      </h1>
      <p class="lead">{t('evaluation.intro')}</p>
      <QuestionInboxLink />
      <p class="body">
        <a class="link" href={FRAMEWORKS_PAGE} data-testid="ev-frameworks-link">
          {t('evaluation.frameworksLink')}
        </a>
      </p>

      {superadmin &&
        (creating ? (
          <CreatePanel suggestedYear={nextYear} onClose={() => setCreating(false)} />
        ) : (
          <p class="body">
            <button type="button" class="button" onClick={() => setCreating(true)} data-testid="ev-create-open">
              {t('evaluation.create')}
            </button>
          </p>
        ))}

      <section class="section" aria-labelledby="ev-campaigns-title">
        <h2 class="heading-l" id="ev-campaigns-title">
          {t('evaluation.campaignsTitle')}
        </h2>
        <LoadView loaded={campaigns}>
          {(list) =>
            list.length === 0 ? (
              <p class="body" data-testid="ev-campaigns-empty">
                {superadmin ? t('evaluation.campaignsNoneManage') : t('evaluation.campaignsNone')}
              </p>
            ) : (
              <table class="table table--stacked table--compact" data-testid="ev-campaigns">
                <thead>
                  <tr>
                    <th scope="col">{t('evaluation.year')}</th>
                    <th scope="col">{t('evaluation.kind')}</th>
                    <th scope="col">{t('evaluation.statusLabel')}</th>
                    <th scope="col">{t('evaluation.index')}</th>
                    <th scope="col">{t('evaluation.progress')}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((c) => (
                    <tr key={c.id} data-testid="ev-campaign-row" data-campaign-id={c.id} data-year={c.year}>
                      <th scope="row" data-label={t('evaluation.year')}>
                        <a class="link" href={campaignPage(c.id)} data-testid="ev-campaign-link">
                          {c.year}
                        </a>
                      </th>
                      <td data-label={t('evaluation.kind')}>{kindLabel(c.kind, i18n)}</td>
                      <td data-label={t('evaluation.statusLabel')}>
                        <strong class={`tag tag--${c.status === 'signed_off' ? 'green' : 'blue'}`} data-testid="ev-campaign-status" data-status={c.status}>
                          {statusLabel(c.status, i18n)}
                        </strong>
                      </td>
                      <td data-label={t('evaluation.index')}>
                        <PredicateBadge value={c.index} predicate={c.predicate} testId="ev-campaign-index" />
                        {c.index && !c.complete && <span class="cell-note">{t('evaluation.workingFigure')}</span>}
                      </td>
                      <td data-label={t('evaluation.progress')} data-testid="ev-campaign-progress">
                        <span class="cell-line">{t('evaluation.answeredOf', { answered: c.answered, total: c.indicators })}</span>
                        <span class="cell-line">{t('evaluation.verifiedOf', { verified: c.verified, total: c.indicators })}</span>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )
          }
        </LoadView>
      </section>

      <section class="section" aria-labelledby="ev-trend-heading">
        <h2 class="heading-l" id="ev-trend-heading">
          {t('evaluation.trendTitle')}
        </h2>
        <p class="body">{t('evaluation.trendIntro')}</p>
        <LoadView loaded={trend}>{(years) => <IndexTrendChart trend={years} />}</LoadView>
      </section>
    </>
  );
}

// The form, once the frameworks to choose from are there.
function CreatePanel({ suggestedYear, onClose }: { suggestedYear: number; onClose: () => void }) {
  const frameworks = useLoad((signal) => listFrameworks({ signal }));
  return <LoadView loaded={frameworks}>{(list) => <CampaignCreateForm frameworks={list} suggestedYear={suggestedYear} onClose={onClose} />}</LoadView>;
}

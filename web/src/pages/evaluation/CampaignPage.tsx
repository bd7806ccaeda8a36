// /evaluasi/{id} (every role but citizens): one campaign — its state and what to do next, the
// index (overall, predicate, domains, aspects weakest first with the radar), the indicators with
// their level, verification, evidence, questions and external result, sign-off and reopening
// (the coordinator), the history and the report downloads. The signed-in user's place on the
// team (from the campaign's team) decides which buttons are shown; the server decides in the end.
import { getCampaign, getCampaignIndex, listIndicators, resultReportPath, selfAssessmentPdfPath } from '../../api/evaluation';
import { LoadView } from '../../components/LoadView';
import { useLoad } from '../../hooks/useLoad';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useI18n } from '../../i18n/useI18n';
import type { PageProps } from '../../routes';
import './evaluation.css';
import { CampaignEvents } from './CampaignEvents';
import { CampaignHeading } from './CampaignHeading';
import { kindLabel, roleLabel, statusLabel } from './evaluationWords';
import { IndexSection } from './IndexSection';
import { IndicatorTable } from './IndicatorTable';
import { NextStep } from './NextStep';
import { SignOffPanel } from './SignOffPanel';
import { useCampaignAccess } from './useCampaignAccess';

export function CampaignPage({ params }: PageProps) {
  const id = Number(params[0]);
  const i18n = useI18n();
  const { t } = i18n;
  const campaign = useLoad((signal) => getCampaign(id, { signal }), String(id));
  const index = useLoad((signal) => getCampaignIndex(id, { signal }), String(id));
  const indicators = useLoad((signal) => listIndicators(id, {}, { signal }), String(id));
  const loaded = campaign.state.phase === 'ready' ? campaign.state.data : null;
  const access = useCampaignAccess(loaded);
  const title = loaded ? t('evaluation.campaignTitle', { year: loaded.year, kind: kindLabel(loaded.kind, i18n) }) : t('evaluation.campaign');
  usePageTitle(title);
  const reloadAll = () => {
    campaign.reload();
    index.reload();
    indicators.reload();
  };

  return (
    <>
      <CampaignHeading campaignId={id} year={loaded?.year ?? null} current="summary" title={title} intro={t('evaluation.campaignIntro')} testId="ev-campaign-heading" />
      <LoadView loaded={campaign}>
        {(c) => (
          <>
            <dl class="summary-list" data-testid="ev-campaign-facts">
              <div class="summary-list__row">
                <dt class="summary-list__key">{t('evaluation.statusLabel')}</dt>
                <dd class="summary-list__value">
                  <strong class={`tag tag--${c.status === 'signed_off' ? 'green' : 'blue'}`} data-testid="ev-status" data-status={c.status}>
                    {statusLabel(c.status, i18n)}
                  </strong>
                </dd>
              </div>
              <div class="summary-list__row">
                <dt class="summary-list__key">{t('evaluation.framework')}</dt>
                <dd class="summary-list__value">{c.framework_title ?? c.framework_code}</dd>
              </div>
              <div class="summary-list__row">
                <dt class="summary-list__key">{t('evaluation.targets')}</dt>
                <dd class="summary-list__value">
                  {t('evaluation.targetsValue', { level: c.target_level, index: c.target_index ? c.target_index.replace('.', i18n.lang === 'id' ? ',' : '.') : '—' })}
                </dd>
              </div>
              {c.decree_reference && (
                <div class="summary-list__row">
                  <dt class="summary-list__key">{t('evaluation.decree')}</dt>
                  <dd class="summary-list__value">{c.decree_reference}</dd>
                </div>
              )}
              <div class="summary-list__row">
                <dt class="summary-list__key">{t('evaluation.yourRole')}</dt>
                <dd class="summary-list__value" data-testid="ev-your-role">
                  {access.teamRole ? roleLabel(access.teamRole, i18n) : t('evaluation.notOnTeam')}
                </dd>
              </div>
            </dl>
            <NextStep campaign={c} />
          </>
        )}
      </LoadView>

      <LoadView loaded={index}>
        {(data) => <IndexSection index={data} targetIndex={loaded?.target_index ?? null} indexName={loaded?.index_name ?? t('evaluation.index')} />}
      </LoadView>

      <section class="section" aria-labelledby="ev-indicators-title">
        <h2 class="heading-l" id="ev-indicators-title">
          {t('evaluation.indicatorsTitle')}
        </h2>
        <LoadView loaded={indicators}>{(rows) => <IndicatorTable campaignId={id} rows={rows} />}</LoadView>
      </section>

      {loaded && access.coordinator && (
        <section class="section" aria-labelledby="ev-sign-off-title">
          <h2 class="heading-l" id="ev-sign-off-title">
            {t('evaluation.signOffSection')}
          </h2>
          <SignOffPanel campaign={loaded} onChanged={reloadAll} />
        </section>
      )}

      {loaded && (
        <section class="section" aria-labelledby="ev-events-title">
          <h2 class="heading-l" id="ev-events-title">
            {t('evaluation.eventsTitle')}
          </h2>
          <CampaignEvents events={loaded.events} />
        </section>
      )}

      <section class="section" aria-labelledby="ev-reports-title">
        <h2 class="heading-l" id="ev-reports-title">
          {t('evaluation.reportsTitle')}
        </h2>
        <ul class="list" data-testid="ev-reports">
          <li>
            <a class="link" href={selfAssessmentPdfPath(id)} data-testid="ev-report-self" download>
              {t('evaluation.reportSelf')}
            </a>
          </li>
          <li>
            <a class="link" href={resultReportPath(id, 'pdf')} data-testid="ev-report-result-pdf" download>
              {t('evaluation.reportResultPdf')}
            </a>
          </li>
          <li>
            <a class="link" href={resultReportPath(id, 'xlsx')} data-testid="ev-report-result-xlsx" download>
              {t('evaluation.reportResultXlsx')}
            </a>
          </li>
        </ul>
      </section>
    </>
  );
}

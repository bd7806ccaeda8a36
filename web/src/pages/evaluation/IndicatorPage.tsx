// /evaluasi/{id}/indikator/{no}: one indicator of a self-assessment (Penilaian Mandiri): what
// it asks, the five levels with their criteria to choose from, the explanation, the target and
// gap, the person in charge's verification, the level Simpul's records suggest, the evidence
// (data dukung), the questions to agencies and, after sign-off, the external results.
// Only the controls the server will allow are shown: a team member scores, the person in
// charge verifies, an agency operator adds evidence for their own agency; once signed off the
// page only reads, and says why.
import { campaignPage, getCampaign, indicatorPage, listIndicators } from '../../api/evaluation';
import { getIndicator } from '../../api/evaluationIndicator';
import { hasExternal, type IndicatorDetail } from '../../api/evaluationIndicatorTypes';
import type { Campaign, IndicatorRow } from '../../api/evaluationTypes';
import { LoadView } from '../../components/LoadView';
import { Notice } from '../../components/Notice';
import { SummaryList } from '../../components/SummaryList';
import { useAgencyAccess } from '../../hooks/useAgencyAccess';
import { useLoad, type Loaded } from '../../hooks/useLoad';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useI18n } from '../../i18n/useI18n';
import type { PageProps } from '../../routes';
import { EvidenceSection } from './EvidenceSection';
import { IndicatorPageAnswer } from './IndicatorPageAnswer';
import { IndicatorPageExternal } from './IndicatorPageExternal';
import { IndicatorPageVerification } from './IndicatorPageVerification';
import { QuestionSection } from './QuestionSection';
import { gapText, type IndicatorRights } from './IndicatorPageWords';
import { indexText } from './evaluationWords';
import { useCampaignAccess } from './useCampaignAccess';
import './IndicatorPage.css';

export function IndicatorPage({ params }: PageProps) {
  const { t } = useI18n();
  const campaignId = Number(params[0]);
  const no = Number(params[1]);
  usePageTitle(t('evalInd.title', { no: String(no) }));
  const campaign = useLoad((signal) => getCampaign(campaignId, { signal }), String(campaignId));
  const indicator = useLoad((signal) => getIndicator(campaignId, no, { signal }), `${campaignId}/${no}`);
  const list = useLoad((signal) => listIndicators(campaignId, {}, { signal }), String(campaignId));

  return (
    <>
      <p class="back">
        <a class="link" href={campaignPage(campaignId)} data-testid="ei-back">
          {t('evalInd.backToCampaign')}
        </a>
      </p>
      <LoadView loaded={campaign}>
        {(c) => (
          <LoadView loaded={indicator}>
            {(view, etag) => <IndicatorView campaign={c} view={view} etag={etag} indicator={indicator} />}
          </LoadView>
        )}
      </LoadView>
      {list.state.phase === 'ready' && <PrevNext campaignId={campaignId} no={no} list={list.state.data} />}
    </>
  );
}

function useRights(campaign: Campaign): IndicatorRights {
  const me = useAgencyAccess();
  const { teamRole } = useCampaignAccess(campaign);
  const open = campaign.status === 'open';
  return {
    open,
    teamRole,
    ownAgencyId: me.ownAgencyId,
    mayScore: open && teamRole !== null,
    mayVerify: open && teamRole === 'person_in_charge',
    mayAddEvidence: open && (teamRole !== null || me.ownAgencyId !== null),
    mayAsk: open && teamRole !== null,
  };
}

interface ViewProps {
  campaign: Campaign;
  view: IndicatorDetail;
  etag: string | undefined;
  indicator: Loaded<IndicatorDetail>;
}

function IndicatorView({ campaign, view, etag, indicator }: ViewProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const rights = useRights(campaign);
  return (
    <>
      <h1 class="heading-xl">
        <span class="caption" data-testid="ei-caption">
          {t('evalInd.caption', { year: String(campaign.year), domain: view.domain.name })}
        </span>
        <span data-testid="ei-heading">{t('evalInd.heading', { no: String(view.number), name: view.name })}</span>
      </h1>
      {view.question && <p class="lead">{view.question}</p>}
      {!rights.open && (
        <Notice kind="info" title={t('evalInd.signedOffTitle')} testId="ei-signed-off">
          <p class="body">{t('evalInd.signedOffBody')}</p>
        </Notice>
      )}
      <SummaryList
        testId="ei-facts"
        rows={[
          { key: 'domain', label: t('evalInd.domain'), value: `${view.domain.number}. ${view.domain.name}` },
          { key: 'aspect', label: t('evalInd.aspect'), value: `${view.aspect.number}. ${view.aspect.name}` },
          { key: 'weight', label: t('evalInd.weight'), value: <span data-testid="ei-weight">{`${indexText(view.weight, i18n.lang)}%`}</span> },
          { key: 'scale', label: t('evalInd.scale'), value: view.scale.name },
          { key: 'target', label: t('evalInd.target'), value: <span data-testid="ei-target">{String(view.target)}</span> },
          { key: 'gap', label: t('evalInd.gap'), value: <span data-testid="ei-gap">{gapText(view, i18n)}</span> },
        ]}
      />
      <IndicatorPageAnswer key={`${campaign.id}/${view.number}`} campaignId={campaign.id} view={view} etag={etag} rights={rights} onSaved={indicator.replace} />
      <IndicatorPageVerification campaignId={campaign.id} view={view} etag={etag} rights={rights} onChanged={indicator.replace} />
      {hasExternal(view) && <IndicatorPageExternal view={view} />}
      <EvidenceSection campaignId={campaign.id} no={view.number} rights={rights} />
      <QuestionSection campaignId={campaign.id} no={view.number} rights={rights} />
    </>
  );
}

function PrevNext({ campaignId, no, list }: { campaignId: number; no: number; list: IndicatorRow[] }) {
  const { t } = useI18n();
  const at = list.findIndex((i) => i.number === no);
  if (at < 0) return null;
  const prev = list[at - 1];
  const next = list[at + 1];
  return (
    <nav class="ei-prevnext" aria-label={t('evalInd.prevNextLabel')} data-testid="ei-prevnext">
      {prev ? (
        <a class="link ei-prevnext__prev" href={indicatorPage(campaignId, prev.number)} data-testid="ei-prev">
          <span class="ei-prevnext__dir">{t('evalInd.prev')}</span> {prev.number}. {prev.name}
        </a>
      ) : (
        <span />
      )}
      {next && (
        <a class="link ei-prevnext__next" href={indicatorPage(campaignId, next.number)} data-testid="ei-next">
          <span class="ei-prevnext__dir">{t('evalInd.next')}</span> {next.number}. {next.name}
        </a>
      )}
    </nav>
  );
}

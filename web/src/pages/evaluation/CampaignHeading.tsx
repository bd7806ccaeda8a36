// The heading the pages of one campaign share: "Evaluasi SPBE <year>" as caption, the page's
// title and introduction, and the links between the campaign's pages (Ringkasan, Tim, Hasil
// eksternal, Usulan tingkat).
import { campaignPage, externalPage, suggestionsPage, teamPage } from '../../api/evaluation';
import { SubNavHeading, type SubNavLink } from '../../components/SubNav';
import { useI18n } from '../../i18n/useI18n';

export type CampaignPageKey = 'summary' | 'team' | 'external' | 'suggestions';

interface Props {
  campaignId: number;
  year: number | null;
  current: CampaignPageKey;
  title: string;
  intro: string;
  testId: string;
}

export function CampaignHeading({ campaignId, year, current, title, intro, testId }: Props) {
  const { t } = useI18n();
  const links: ReadonlyArray<SubNavLink<CampaignPageKey>> = [
    { key: 'summary', href: campaignPage(campaignId), label: 'evaluation.nav.summary', testId: 'ev-nav-summary' },
    { key: 'team', href: teamPage(campaignId), label: 'evaluation.nav.team', testId: 'ev-nav-team' },
    { key: 'external', href: externalPage(campaignId), label: 'evaluation.nav.external', testId: 'ev-nav-external' },
    { key: 'suggestions', href: suggestionsPage(campaignId), label: 'evaluation.nav.suggestions', testId: 'ev-nav-suggestions' },
  ];
  return (
    <>
      <p class="body back">
        <a class="link" href="/evaluasi" data-testid="ev-back">
          {t('evaluation.backToList')}
        </a>
      </p>
      <SubNavHeading
        caption={year === null ? t('nav.evaluation') : t('evaluation.captionYear', { year })}
        title={title}
        intro={intro}
        testId={testId}
        nav={{ label: t('evaluation.nav.label'), testId: 'ev-nav', links, current }}
      />
    </>
  );
}

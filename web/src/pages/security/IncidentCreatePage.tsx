// /keamanan/insiden/baru (the ICT office and agency operators): report a security
// incident. An operator reports for their own agency; the ICT office (CSIRT)
// records one for any agency.
import { IncidentCreateForm } from '../../components/security/IncidentCreateForm';
import { useSecurityAccess } from '../../components/security/useSecurityAccess';
import { useAgencies } from '../../hooks/useAgencies';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useI18n } from '../../i18n/useI18n';
import type { PageProps } from '../../routes';
import { navigate } from '../../state/route';

export function IncidentCreatePage(_props: PageProps) {
  const { t } = useI18n();
  usePageTitle(t('security.incidentReportTitle'));
  const access = useSecurityAccess();
  const { agencies } = useAgencies();
  return (
    <>
      <p class="back">
        <a class="link" href="/keamanan" data-testid="sec-back">
          {t('security.back')}
        </a>
      </p>
      <h1 class="heading-xl">
        <span class="caption">{t('security.title')}</span>
        <span data-testid="sec-new-heading">{t('security.incidentReportTitle')}</span>
      </h1>
      <p class="lead">{t('security.incidentReportIntro')}</p>
      <IncidentCreateForm agencies={agencies} ownAgencyId={access.manage ? null : access.ownAgencyId} onCancel={() => navigate('/keamanan')} />
    </>
  );
}

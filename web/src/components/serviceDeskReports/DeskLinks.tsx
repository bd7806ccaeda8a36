// The links from the service desk's queues to its reports and, for the ICT office,
// its settings; each shows only to whoever may open it.
import { REPORTS_PAGE_PATH, SETTINGS_PAGE_PATH } from '../../api/serviceDesk';
import { useI18n } from '../../i18n/useI18n';
import { ACCESS, mayOpen } from '../../state/access';
import { session } from '../../state/session';
import { useStore } from '../../state/store';

export function DeskLinks() {
  const { t } = useI18n();
  const now = useStore(session);
  if (now.phase !== 'signedIn') return null;
  const role = now.user.role;
  const reports = mayOpen(role, ACCESS.serviceDesk);
  const settings = mayOpen(role, ACCESS.serviceDeskManage);
  if (!reports && !settings) return null;
  return (
    <p class="body" data-testid="sd-desk-links">
      {reports && (
        <a class="link" href={REPORTS_PAGE_PATH} data-testid="sd-link-reports">
          {t('sdReports.pageTitle')}
        </a>
      )}
      {reports && settings && <span class="secondary"> · </span>}
      {settings && (
        <a class="link" href={SETTINGS_PAGE_PATH} data-testid="sd-link-settings">
          {t('sdSettings.pageTitle')}
        </a>
      )}
    </p>
  );
}

// /elemen/infrastruktur (everyone but citizens): the region's SPBE infrastructure
// (Madiun Pasal 13-22): one card per part (servers, data center and recovery
// center, networks, IP ranges, domains, LAN diagrams, backups) and the overview
// the ICT office supervises: which agencies' LAN diagrams are to be renewed or
// were never submitted, and the latest backup of each agency.
import { getLanDiagramStatus, getLatestBackups, INFRA_PAGE } from '../../api/infrastructure';
import { LoadView } from '../../components/LoadView';
import { BackupLatestTable } from '../../components/infrastructure/BackupLatestTable';
import { InfraSectionCards } from '../../components/infrastructure/InfraSections';
import { LanStatusCounts, LanStatusTable, NeverSubmitted } from '../../components/infrastructure/LanStatusTable';
import { useLoad } from '../../hooks/useLoad';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useI18n } from '../../i18n/useI18n';
import type { PageProps } from '../../routes';

export function InfrastructurePage(_props: PageProps) {
  const { t } = useI18n();
  usePageTitle(t('elements.infrastructure'));
  const lan = useLoad((signal) => getLanDiagramStatus({ signal }));
  const backups = useLoad((signal) => getLatestBackups({ signal }));
  return (
    <>
      <p class="back">
        <a class="link" href="/elemen">
          {t('infra.backToElements')}
        </a>
      </p>
      <h1 class="heading-xl">
        <span class="caption">{t('elements.title')}</span>
        <span data-testid="infra-heading">{t('elements.infrastructure')}</span>
      </h1>
      <p class="lead">{t('infra.intro')}</p>
      <InfraSectionCards />

      <section class="section" aria-labelledby="infra-lan-title" data-testid="infra-overview-lan">
        <h2 class="heading-l" id="infra-lan-title">
          {t('infra.lanStatusTitle')}
        </h2>
        <LoadView loaded={lan}>
          {(status) => (
            <>
              <p class="body">
                {status.citation ? t('infra.lanStatusIntroCited', { citation: status.citation }) : t('infra.lanStatusIntro')}
              </p>
              <LanStatusCounts status={status} />
              <LanStatusTable status={status} only={['stale']} />
              <NeverSubmitted status={status} />
              <p class="body">
                <a class="link" href={`${INFRA_PAGE}/diagram-lan`} data-testid="infra-lan-go">
                  {t('infra.lanGo')}
                </a>
              </p>
            </>
          )}
        </LoadView>
      </section>

      <section class="section" aria-labelledby="infra-backup-title" data-testid="infra-overview-backups">
        <h2 class="heading-l" id="infra-backup-title">
          {t('infra.backupLatestTitle')}
        </h2>
        <LoadView loaded={backups}>{(latest) => <BackupLatestTable latest={latest} onlyReported />}</LoadView>
        <p class="body">
          <a class="link" href={`${INFRA_PAGE}/cadangan`} data-testid="infra-backup-go">
            {t('infra.backupGo')}
          </a>
        </p>
      </section>
    </>
  );
}

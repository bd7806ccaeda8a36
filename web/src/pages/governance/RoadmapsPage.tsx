// /tata-kelola/peta-rencana (everyone but citizens): the region's roadmaps
// (Peta Rencana SPBE) with period, status, decree and number of activities;
// for the superadmin (the ICT office) the form for a new roadmap.
import { useState } from 'preact/hooks';
import { listRoadmaps } from '../../api/roadmaps';
import { CreateOrReadOnly } from '../../components/CreateOrReadOnly';
import { LoadView } from '../../components/LoadView';
import { RoadmapCreateForm } from '../../components/roadmap/RoadmapCreateForm';
import { RoadmapTable } from '../../components/roadmap/RoadmapTable';
import { useLoad } from '../../hooks/useLoad';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useI18n } from '../../i18n/useI18n';
import type { PageProps } from '../../routes';
import { session } from '../../state/session';
import { useStore } from '../../state/store';

export function RoadmapsPage(_props: PageProps) {
  const { t } = useI18n();
  usePageTitle(t('governance.roadmap'));
  const me = useStore(session);
  const mayManage = me.phase === 'signedIn' && me.user.role === 'superadmin';
  const [creating, setCreating] = useState(false);
  const loaded = useLoad((signal) => listRoadmaps({ signal }));

  return (
    <>
      <p class="back">
        <a class="link" href="/tata-kelola">
          {t('roadmap.backToGovernance')}
        </a>
      </p>
      <h1 class="heading-xl">
        <span class="caption">{t('governance.title')}</span>
        <span data-testid="roadmaps-heading">{t('governance.roadmap')}</span>
      </h1>
      <p class="lead">{t('roadmap.intro')}</p>

      <CreateOrReadOnly
        mayCreate={mayManage}
        open={creating}
        onOpen={() => setCreating(true)}
        openLabel={t('roadmap.create')}
        openTestId="roadmap-create"
        readOnly={t('roadmap.readOnly')}
        readOnlyTestId="roadmaps-read-only"
      >
        <RoadmapCreateForm onClose={() => setCreating(false)} />
      </CreateOrReadOnly>

      <section class="section" aria-labelledby="roadmaps-title">
        <h2 class="heading-l" id="roadmaps-title">
          {t('roadmap.listTitle')}
        </h2>
        <LoadView loaded={loaded}>
          {({ items }) =>
            items.length === 0 ? (
              <p class="body" data-testid="roadmaps-empty">
                {t('roadmap.none')}
              </p>
            ) : (
              <RoadmapTable roadmaps={[...items].sort((a, b) => b.start_year - a.start_year || b.id - a.id)} />
            )
          }
        </LoadView>
      </section>
    </>
  );
}

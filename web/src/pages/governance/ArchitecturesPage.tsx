// /tata-kelola/arsitektur (everyone but citizens): the region's architecture
// versions (Arsitektur SPBE) with status, period, decree and the reviews due, a
// filter by status, and for the superadmin the form for a new version.
import { useState } from 'preact/hooks';
import { listArchitectures } from '../../api/architectures';
import { ARCHITECTURE_STATUSES } from '../../api/architectureTypes';
import { CreateOrReadOnly } from '../../components/CreateOrReadOnly';
import { ArchitectureCreateForm } from '../../components/architecture/ArchitectureCreateForm';
import { ArchitectureTable } from '../../components/architecture/ArchitectureTable';
import { LoadView } from '../../components/LoadView';
import { SelectField } from '../../components/form/SelectField';
import { architectureStatusLabel } from '../../format/architecture';
import { todayInZone } from '../../format/dateTime';
import { useLoad } from '../../hooks/useLoad';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useRegionDetail } from '../../hooks/useRegionDetail';
import { useI18n } from '../../i18n/useI18n';
import type { PageProps } from '../../routes';
import { session } from '../../state/session';
import { useStore } from '../../state/store';

export function ArchitecturesPage(_props: PageProps) {
  const i18n = useI18n();
  const { t } = i18n;
  usePageTitle(t('governance.architecture'));
  const me = useStore(session);
  const mayManage = me.phase === 'signedIn' && me.user.role === 'superadmin';
  const zone = useRegionDetail()?.time_zone;
  const [status, setStatus] = useState('');
  const [creating, setCreating] = useState(false);
  const loaded = useLoad((signal) => listArchitectures(status, { signal }), status);

  return (
    <>
      <p class="back">
        <a class="link" href="/tata-kelola">
          {t('architecture.backToGovernance')}
        </a>
      </p>
      <h1 class="heading-xl">
        <span class="caption">{t('governance.title')}</span>
        <span data-testid="architectures-heading">{t('governance.architecture')}</span>
      </h1>
      <p class="lead">{t('architecture.intro')}</p>

      <CreateOrReadOnly
        mayCreate={mayManage}
        open={creating}
        onOpen={() => setCreating(true)}
        openLabel={t('architecture.create')}
        openTestId="architecture-create"
        readOnly={t('architecture.readOnly')}
        readOnlyTestId="architectures-read-only"
      >
        <ArchitectureCreateForm today={todayInZone(zone)} onClose={() => setCreating(false)} />
      </CreateOrReadOnly>

      <section class="section" aria-labelledby="architectures-title">
        <h2 class="heading-l" id="architectures-title">
          {t('architecture.listTitle')}
        </h2>
        <div class="filter">
          <SelectField
            id="architecture-status-filter"
            label={t('architecture.filterStatus')}
            value={status}
            onChange={setStatus}
            options={[{ value: '', label: t('architecture.filterAll') }, ...ARCHITECTURE_STATUSES.map((s) => ({ value: s, label: architectureStatusLabel(s, i18n) }))]}
          />
        </div>
        <LoadView loaded={loaded}>
          {({ items }) =>
            items.length === 0 ? (
              <p class="body" data-testid="architectures-empty">
                {status ? t('architecture.noneWithStatus') : t('architecture.none')}
              </p>
            ) : (
              <ArchitectureTable versions={items} />
            )
          }
        </LoadView>
      </section>
    </>
  );
}

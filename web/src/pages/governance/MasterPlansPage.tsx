// /tata-kelola/rencana-induk (everyone but citizens): the region's master plans
// (Rencana Induk SPBE) with status, period, decree and the next review, a filter
// by status, and for the superadmin (the ICT office) the form for a new plan.
import { useState } from 'preact/hooks';
import { listMasterPlans } from '../../api/masterPlans';
import { MASTER_PLAN_STATUSES } from '../../api/masterPlanTypes';
import { CreateOrReadOnly } from '../../components/CreateOrReadOnly';
import { LoadView } from '../../components/LoadView';
import { SelectField } from '../../components/form/SelectField';
import { MasterPlanCreateForm } from '../../components/masterPlan/MasterPlanCreateForm';
import { MasterPlanTable } from '../../components/masterPlan/MasterPlanTable';
import { todayInZone } from '../../format/dateTime';
import { masterPlanStatusLabel } from '../../format/masterPlan';
import { useLoad } from '../../hooks/useLoad';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useRegionDetail } from '../../hooks/useRegionDetail';
import { useI18n } from '../../i18n/useI18n';
import type { PageProps } from '../../routes';
import { session } from '../../state/session';
import { useStore } from '../../state/store';

export function MasterPlansPage(_props: PageProps) {
  const i18n = useI18n();
  const { t } = i18n;
  usePageTitle(t('governance.masterPlan'));
  const me = useStore(session);
  const mayManage = me.phase === 'signedIn' && me.user.role === 'superadmin';
  const zone = useRegionDetail()?.time_zone;
  const [status, setStatus] = useState('');
  const [creating, setCreating] = useState(false);
  const loaded = useLoad((signal) => listMasterPlans(status, { signal }), status);

  return (
    <>
      <p class="back">
        <a class="link" href="/tata-kelola">
          {t('masterPlan.backToGovernance')}
        </a>
      </p>
      <h1 class="heading-xl">
        <span class="caption">{t('governance.title')}</span>
        <span data-testid="master-plans-heading">{t('governance.masterPlan')}</span>
      </h1>
      <p class="lead">{t('masterPlan.intro')}</p>

      <CreateOrReadOnly
        mayCreate={mayManage}
        open={creating}
        onOpen={() => setCreating(true)}
        openLabel={t('masterPlan.create')}
        openTestId="master-plan-create"
        readOnly={t('masterPlan.readOnly')}
        readOnlyTestId="master-plans-read-only"
      >
        <MasterPlanCreateForm today={todayInZone(zone)} onClose={() => setCreating(false)} />
      </CreateOrReadOnly>

      <section class="section" aria-labelledby="master-plans-title">
        <h2 class="heading-l" id="master-plans-title">
          {t('masterPlan.listTitle')}
        </h2>
        <div class="filter">
          <SelectField
            id="master-plan-status-filter"
            label={t('masterPlan.filterStatus')}
            value={status}
            onChange={setStatus}
            options={[{ value: '', label: t('masterPlan.filterAll') }, ...MASTER_PLAN_STATUSES.map((s) => ({ value: s, label: masterPlanStatusLabel(s, i18n) }))]}
          />
        </div>
        <LoadView loaded={loaded}>
          {({ items }) =>
            items.length === 0 ? (
              <p class="body" data-testid="master-plans-empty">
                {status ? t('masterPlan.noneWithStatus') : t('masterPlan.none')}
              </p>
            ) : (
              <MasterPlanTable plans={items} />
            )
          }
        </LoadView>
      </section>
    </>
  );
}

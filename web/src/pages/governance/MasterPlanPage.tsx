// /tata-kelola/rencana-induk/{id} (everyone but citizens): one master plan
// (Rencana Induk SPBE): its facts (period, status, decree, review rhythm and
// the next review due), its contents (vision, missions, goals, targets, policy
// directions, strategies), its reviews, history and exports. The superadmin
// (the ICT office) changes it, enacts a draft by decree (superseding an
// overlapping plan in force when they choose to), retires an enacted plan and
// records reviews; others read it. The server decides in the end (403, 409, 412).
import { useState } from 'preact/hooks';
import { getMasterPlan, masterPlanPath } from '../../api/masterPlans';
import { MASTER_PLAN_LISTS, type MasterPlan } from '../../api/masterPlanTypes';
import { RecordPage, type RecordViewProps } from '../../components/RecordPage';
import { ExportLinks } from '../../components/ExportLinks';
import { OpenFormButton } from '../../components/OpenFormButton';
import { RecordHistory } from '../../components/RecordHistory';
import { SavedNotice } from '../../components/SavedNotice';
import { SummaryList } from '../../components/SummaryList';
import { EnactPanel } from '../../components/masterPlan/EnactPanel';
import { MasterPlanEditForm } from '../../components/masterPlan/MasterPlanEditForm';
import { MasterPlanReviewForm, MasterPlanReviewList } from '../../components/masterPlan/MasterPlanReviews';
import { SupersedeButton } from '../../components/masterPlan/SupersedeButton';
import { formatDateTime, formatDay, todayInZone } from '../../format/dateTime';
import {
  LIST_LABELS,
  masterPlanStatusColour,
  masterPlanStatusLabel,
  periodText,
  reviewStateColour,
  reviewStateLabel,
} from '../../format/masterPlan';
import { useRegionDetail } from '../../hooks/useRegionDetail';
import type { MessageKey } from '../../i18n/messages';
import { useI18n } from '../../i18n/useI18n';
import type { PageProps } from '../../routes';
import { session } from '../../state/session';
import { useStore } from '../../state/store';

export function MasterPlanPage({ params }: PageProps) {
  const { t } = useI18n();
  return (
    <RecordPage
      id={Number(params[0])}
      load={getMasterPlan}
      titleOf={(p) => p.title}
      loadingTitle={t('governance.masterPlan')}
      back={{ href: '/tata-kelola/rencana-induk', label: t('masterPlan.back'), testId: 'back-to-master-plans' }}
      view={MasterPlanView}
    />
  );
}

type Open = 'edit' | null;

function MasterPlanView({ record: plan, etag, onChanged, reload }: RecordViewProps<MasterPlan>) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const zone = useRegionDetail()?.time_zone;
  const today = todayInZone(zone);
  const me = useStore(session);
  const mayManage = me.phase === 'signedIn' && me.user.role === 'superadmin';
  const can = (action: string) => mayManage && plan.allowed_actions.includes(action);
  const [open, setOpen] = useState<Open>(null);
  const [done, setDone] = useState<MessageKey | null>(null);

  const changed = (message: MessageKey) => (next: MasterPlan, nextEtag?: string) => {
    onChanged(next, nextEtag ?? `"${next.version}"`);
    setOpen(null);
    setDone(message);
  };

  return (
    <>
      <h1 class="heading-xl">
        <span class="caption">{t('governance.masterPlan')}</span>
        <span data-testid="master-plan-heading">{plan.title}</span>
      </h1>
      <p class="body">
        <strong class={`tag tag--${masterPlanStatusColour(plan.status)}`} data-testid="master-plan-status">
          {masterPlanStatusLabel(plan.status, i18n)}
        </strong>
      </p>
      {done && <SavedNotice testId="master-plan-done" text={t(done)} />}

      <SummaryList
        testId="master-plan-summary"
        rows={[
          { key: 'period', label: t('masterPlan.period'), value: <span data-testid="master-plan-period-value">{periodText(plan.start_year, plan.end_year)}</span> },
          {
            key: 'decree',
            label: t('masterPlan.decree'),
            value: (
              <span data-testid="master-plan-decree">
                {plan.decree_number
                  ? t('masterPlan.decreeValue', { number: plan.decree_number, date: plan.decree_date ? formatDay(plan.decree_date, lang) : '—' })
                  : t('masterPlan.noDecree')}
              </span>
            ),
          },
          ...(plan.rpjmd_reference ? [{ key: 'rpjmd', label: t('masterPlan.rpjmd'), value: plan.rpjmd_reference }] : []),
          ...(plan.enacted_at ? [{ key: 'enacted', label: t('masterPlan.enactedAt'), value: formatDateTime(plan.enacted_at, lang, zone) }] : []),
          ...(plan.status === 'superseded'
            ? [
                {
                  key: 'superseded',
                  label: t('masterPlan.supersededAt'),
                  value: (
                    <span data-testid="master-plan-superseded">
                      {plan.superseded_at ? formatDateTime(plan.superseded_at, lang, zone) : '—'}
                      {plan.superseded_by !== null && (
                        <span class="cell-note">
                          <a class="link" href={`/tata-kelola/rencana-induk/${plan.superseded_by}`} data-testid="master-plan-superseded-by">
                            {t('masterPlan.supersededBy')}
                          </a>
                        </span>
                      )}
                      {plan.supersede_note && <span class="cell-note">{plan.supersede_note}</span>}
                    </span>
                  ),
                },
              ]
            : []),
          {
            key: 'rhythm',
            label: t('masterPlan.reviewRhythm'),
            value: t('masterPlan.reviewEvery', { months: plan.review_months }) + (plan.review_article ? ` (${plan.review_article})` : ''),
          },
          {
            key: 'next',
            label: t('masterPlan.nextReview'),
            value: plan.next_review_due ? (
              <span data-testid="master-plan-next-review">
                {formatDay(plan.next_review_due, lang)}{' '}
                {plan.review_state && (
                  <strong class={`tag tag--${reviewStateColour(plan.review_state)}`} data-testid="master-plan-review-state">
                    {reviewStateLabel(plan.review_state, i18n)}
                  </strong>
                )}
              </span>
            ) : (
              <span class="secondary" data-testid="master-plan-next-review">
                {t('masterPlan.reviewNotInForce')}
              </span>
            ),
          },
        ]}
      />

      {!mayManage && (
        <p class="body secondary" data-testid="master-plan-read-only">
          {t('masterPlan.readOnly')}
        </p>
      )}
      {can('edit') && open !== 'edit' && (
        <OpenFormButton
          label={t('masterPlan.edit')}
          testId="master-plan-edit"
          onClick={() => {
            setDone(null);
            setOpen('edit');
          }}
        />
      )}
      {can('edit') && open === 'edit' && (
        <MasterPlanEditForm plan={plan} etag={etag} today={today} onSaved={changed('masterPlan.saved')} onClose={() => setOpen(null)} />
      )}
      {can('enact') && open !== 'edit' && <EnactPanel plan={plan} etag={etag} today={today} onEnacted={changed('masterPlan.enacted')} onStale={reload} />}
      {can('supersede') && open !== 'edit' && <SupersedeButton plan={plan} etag={etag} onDone={changed('masterPlan.supersededDone')} onStale={reload} />}

      <section class="section" aria-labelledby="mp-contents-title" data-testid="master-plan-contents">
        <h2 class="heading-l" id="mp-contents-title">
          {t('masterPlan.contents')}
          {plan.contents_article && <span class="heading-count"> ({plan.contents_article})</span>}
        </h2>
        <h3 class="heading-m">{t('masterPlan.vision')}</h3>
        <p class="body" data-testid="master-plan-vision">
          {plan.vision || <span class="secondary">{t('masterPlan.notFilled')}</span>}
        </p>
        {MASTER_PLAN_LISTS.map((list) => (
          <div key={list} data-testid={`master-plan-${list.replace(/_/g, '-')}`}>
            <h3 class="heading-m">{t(LIST_LABELS[list])}</h3>
            {plan[list].length === 0 ? (
              <p class="body secondary">{t('masterPlan.notFilled')}</p>
            ) : (
              <ol class="list">
                {plan[list].map((item, i) => (
                  <li key={i} data-testid="master-plan-item">
                    {item}
                  </li>
                ))}
              </ol>
            )}
          </div>
        ))}
      </section>

      <section class="section" aria-labelledby="mp-reviews-title">
        <h2 class="heading-l" id="mp-reviews-title">
          {t('masterPlan.reviewsTitle')}
        </h2>
        <p class="body">
          {t('masterPlan.reviewsIntro', { months: plan.review_months })}
          {plan.review_article ? ` (${plan.review_article})` : ''}
        </p>
        <MasterPlanReviewList plan={plan} />
        {can('review') && <MasterPlanReviewForm plan={plan} today={today} onRecorded={changed('masterPlan.reviewRecorded')} />}
        {mayManage && !plan.allowed_actions.includes('review') && (
          <p class="body secondary" data-testid="master-plan-review-not-now">
            {t('masterPlan.reviewOnlyEnacted')}
          </p>
        )}
      </section>

      <ExportLinks basePath={masterPlanPath(plan.id)} testId="master-plan-export" />
      <RecordHistory recordPath={masterPlanPath(plan.id)} version={plan.version} zone={zone} />
    </>
  );
}

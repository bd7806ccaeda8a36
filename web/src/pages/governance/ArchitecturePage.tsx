// /tata-kelola/arsitektur/{id} (everyone but citizens): one architecture version
// (Arsitektur SPBE): period, status, decree, the reference architecture, the six
// domains with their coordinating agencies, the reviews due and recorded,
// history and exports. The superadmin changes a draft or a version in review,
// changes domains, moves the status (enacting by decree) and records reviews;
// others read it. The server decides in the end (403, 409, 412).
import { useState } from 'preact/hooks';
import { architecturePath, getArchitecture } from '../../api/architectures';
import type { Architecture } from '../../api/architectureTypes';
import { RecordPage, type RecordViewProps } from '../../components/RecordPage';
import { ArchitectureEditForm } from '../../components/architecture/ArchitectureEditForm';
import { ArchitectureReviewForm, ArchitectureReviewList, DueReviewTable } from '../../components/architecture/ArchitectureReviews';
import { DomainList } from '../../components/architecture/DomainList';
import { TransitionPanel } from '../../components/architecture/TransitionPanel';
import { ExportLinks } from '../../components/ExportLinks';
import { OpenFormButton } from '../../components/OpenFormButton';
import { RecordHistory } from '../../components/RecordHistory';
import { SavedNotice } from '../../components/SavedNotice';
import { SummaryList } from '../../components/SummaryList';
import { architectureStatusColour, architectureStatusLabel } from '../../format/architecture';
import { formatDay, todayInZone } from '../../format/dateTime';
import { periodText } from '../../format/masterPlan';
import { useAgencies } from '../../hooks/useAgencies';
import { useRegionDetail } from '../../hooks/useRegionDetail';
import type { MessageKey } from '../../i18n/messages';
import { useI18n } from '../../i18n/useI18n';
import type { PageProps } from '../../routes';
import { session } from '../../state/session';
import { useStore } from '../../state/store';

export function ArchitecturePage({ params }: PageProps) {
  const { t } = useI18n();
  return (
    <RecordPage
      id={Number(params[0])}
      load={getArchitecture}
      titleOf={(a) => a.title}
      loadingTitle={t('governance.architecture')}
      back={{ href: '/tata-kelola/arsitektur', label: t('architecture.back'), testId: 'back-to-architectures' }}
      view={ArchitectureView}
    />
  );
}

const STEP_DONE: Record<string, MessageKey> = {
  in_review: 'architecture.done.in_review',
  draft: 'architecture.done.draft',
  enacted: 'architecture.done.enacted',
  superseded: 'architecture.done.superseded',
};

function ArchitectureView({ record: a, etag, onChanged, reload }: RecordViewProps<Architecture>) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const zone = useRegionDetail()?.time_zone;
  const today = todayInZone(zone);
  const { agencies } = useAgencies();
  const me = useStore(session);
  const mayManage = me.phase === 'signedIn' && me.user.role === 'superadmin';
  const editable = a.status === 'draft' || a.status === 'in_review';
  const [editing, setEditing] = useState(false);
  const [done, setDone] = useState<MessageKey | null>(null);

  const changed = (message: MessageKey) => (next: Architecture, nextEtag?: string) => {
    onChanged(next, nextEtag ?? `"${next.version}"`);
    setEditing(false);
    setDone(message);
  };

  return (
    <>
      <h1 class="heading-xl">
        <span class="caption">{t('governance.architecture')}</span>
        <span data-testid="architecture-heading">{a.title}</span>
      </h1>
      <p class="body">
        <strong class={`tag tag--${architectureStatusColour(a.status)}`} data-testid="architecture-status">
          {architectureStatusLabel(a.status, i18n)}
        </strong>
      </p>
      {done && <SavedNotice testId="architecture-done" text={t(done)} />}

      <SummaryList
        testId="architecture-summary"
        rows={[
          { key: 'period', label: t('architecture.period'), value: <span data-testid="architecture-period-value">{periodText(a.start_year, a.end_year)}</span> },
          { key: 'mid', label: t('architecture.midTermYear'), value: String(a.mid_term_year) },
          {
            key: 'decree',
            label: t('architecture.decree'),
            value: (
              <span data-testid="architecture-decree">
                {a.decree_number
                  ? t('architecture.decreeValue', { number: a.decree_number, date: a.decree_date ? formatDay(a.decree_date, lang) : '—' })
                  : t('architecture.noDecree')}
                {a.decree_article && <span class="cell-note">{a.decree_article}</span>}
              </span>
            ),
          },
          {
            key: 'reference',
            label: t('architecture.reference'),
            value: <span class="domain-description">{a.reference_summary || <span class="secondary">{t('architecture.noDescription')}</span>}</span>,
          },
        ]}
      />

      {!mayManage && (
        <p class="body secondary" data-testid="architecture-read-only">
          {t('architecture.readOnly')}
        </p>
      )}
      {mayManage && editable && !editing && (
        <OpenFormButton
          label={t('architecture.edit')}
          testId="architecture-edit"
          onClick={() => {
            setDone(null);
            setEditing(true);
          }}
        />
      )}
      {mayManage && editable && editing && (
        <ArchitectureEditForm architecture={a} etag={etag} today={today} onSaved={changed('architecture.saved')} onClose={() => setEditing(false)} />
      )}
      {mayManage && !editing && (
        <TransitionPanel
          architecture={a}
          etag={etag}
          today={today}
          onDone={(next, to, nextEtag) => changed(STEP_DONE[to] ?? 'architecture.saved')(next, nextEtag)}
          onStale={reload}
        />
      )}

      <section class="section" aria-labelledby="arch-domains-title">
        <h2 class="heading-l" id="arch-domains-title">
          {t('architecture.domainsTitle')}
        </h2>
        <p class="body">{t('architecture.domainsIntro')}</p>
        <DomainList architecture={a} etag={etag} agencies={agencies} mayManage={mayManage} onSaved={changed('architecture.domainSaved')} />
      </section>

      <section class="section" aria-labelledby="arch-reviews-title">
        <h2 class="heading-l" id="arch-reviews-title">
          {t('architecture.reviewsTitle')}
        </h2>
        <p class="body">
          {a.review_schedule.kind === 'annual' ? t('architecture.scheduleAnnual') : t('architecture.scheduleMidFinal')}
          {a.review_schedule.article ? ` (${a.review_schedule.article})` : ''}
        </p>
        <h3 class="heading-m">{t('architecture.dueTitle')}</h3>
        <DueReviewTable architecture={a} />
        <h3 class="heading-m">{t('architecture.reviewsDone')}</h3>
        <ArchitectureReviewList architecture={a} />
        {mayManage && a.status === 'enacted' && <ArchitectureReviewForm architecture={a} today={today} onRecorded={changed('architecture.reviewRecorded')} />}
        {mayManage && a.status !== 'enacted' && (
          <p class="body secondary" data-testid="architecture-review-not-now">
            {t('architecture.reviewOnlyEnacted')}
          </p>
        )}
      </section>

      <ExportLinks basePath={architecturePath(a.id)} testId="architecture-export" />
      <RecordHistory recordPath={architecturePath(a.id)} version={a.version} zone={zone} />
    </>
  );
}

// /tata-kelola/peta-rencana/{id} (everyone but citizens): one roadmap (Peta
// Rencana SPBE): its facts, what is still missing (areas without activities,
// years without monitoring), the activities by area with their year-by-year
// grid, the yearly monitoring, the change log, history and exports. The
// superadmin (the ICT office) adds and changes activities (with the reason the
// regulation lists once it is enacted), enacts a draft by decree and records
// the monitoring; others read it. The server decides in the end (403, 409, 412).
import { useState } from 'preact/hooks';
import { getRoadmap, roadmapPath } from '../../api/roadmaps';
import type { Activity, Roadmap } from '../../api/roadmapTypes';
import { RecordPage, type RecordViewProps } from '../../components/RecordPage';
import { ExportLinks } from '../../components/ExportLinks';
import { OpenFormButton } from '../../components/OpenFormButton';
import { RecordHistory } from '../../components/RecordHistory';
import { SavedNotice } from '../../components/SavedNotice';
import { SummaryList } from '../../components/SummaryList';
import { ActivityForm } from '../../components/roadmap/ActivityForm';
import { ActivityGrid } from '../../components/roadmap/ActivityGrid';
import { ChangeLog } from '../../components/roadmap/ChangeLog';
import { EnactPanel } from '../../components/roadmap/EnactPanel';
import { MonitoringSection } from '../../components/roadmap/MonitoringSection';
import { RoadmapEditForm } from '../../components/roadmap/RoadmapEditForm';
import { formatDateTime, formatDay, todayInZone } from '../../format/dateTime';
import { areaLabel, periodText, roadmapStatusColour, roadmapStatusLabel } from '../../format/roadmap';
import { useRegionDetail } from '../../hooks/useRegionDetail';
import type { MessageKey } from '../../i18n/messages';
import { useI18n } from '../../i18n/useI18n';
import type { PageProps } from '../../routes';
import { session } from '../../state/session';
import { useStore } from '../../state/store';

export function RoadmapPage({ params }: PageProps) {
  const { t } = useI18n();
  return (
    <RecordPage
      id={Number(params[0])}
      load={getRoadmap}
      titleOf={(r) => r.title}
      loadingTitle={t('governance.roadmap')}
      back={{ href: '/tata-kelola/peta-rencana', label: t('roadmap.back'), testId: 'back-to-roadmaps' }}
      view={RoadmapView}
    />
  );
}

type Open = { kind: 'edit' } | { kind: 'activity'; activity: Activity | null } | null;

function RoadmapView({ record: roadmap, etag, onChanged, reload }: RecordViewProps<Roadmap>) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const zone = useRegionDetail()?.time_zone;
  const today = todayInZone(zone);
  const me = useStore(session);
  const mayManage = me.phase === 'signedIn' && me.user.role === 'superadmin';
  const changeable = mayManage && roadmap.status !== 'superseded';
  const [open, setOpen] = useState<Open>(null);
  const [done, setDone] = useState<{ key: MessageKey; name?: string } | null>(null);

  const changed = (key: MessageKey) => (next: Roadmap, nextEtag?: string) => {
    onChanged(next, nextEtag ?? `"${next.version}"`);
    setOpen(null);
    setDone({ key });
  };
  const childChanged = (key: MessageKey, name?: string) => {
    setOpen(null);
    setDone({ key, ...(name ? { name } : {}) });
    reload();
  };
  const openForm = (next: Open) => {
    setDone(null);
    setOpen(next);
  };

  return (
    <>
      <h1 class="heading-xl">
        <span class="caption">{t('governance.roadmap')}</span>
        <span data-testid="roadmap-heading">{roadmap.title}</span>
      </h1>
      <p class="body">
        <strong class={`tag tag--${roadmapStatusColour(roadmap.status)}`} data-testid="roadmap-status">
          {roadmapStatusLabel(roadmap.status, i18n)}
        </strong>
      </p>
      {done && <SavedNotice testId="roadmap-done" text={t(done.key, { name: done.name ?? '' })} />}

      <SummaryList
        testId="roadmap-summary"
        rows={[
          { key: 'period', label: t('roadmap.period'), value: <span data-testid="roadmap-period">{periodText(roadmap.start_year, roadmap.end_year)}</span> },
          {
            key: 'decree',
            label: t('roadmap.decree'),
            value: (
              <span data-testid="roadmap-decree">
                {roadmap.decree_number
                  ? t('roadmap.decreeValue', { number: roadmap.decree_number, date: roadmap.decree_date ? formatDay(roadmap.decree_date, lang) : '—' })
                  : t('roadmap.noDecree')}
              </span>
            ),
          },
          ...(roadmap.enacted_at
            ? [{ key: 'enacted', label: t('roadmap.enactedAt'), value: `${formatDateTime(roadmap.enacted_at, lang, zone)}${roadmap.enacted_by ? ` · ${roadmap.enacted_by}` : ''}` }]
            : []),
          { key: 'activities', label: t('roadmap.activityCount'), value: <span data-testid="roadmap-activity-count">{roadmap.activities.length}</span> },
        ]}
      />

      {roadmap.status === 'superseded' && (
        <p class="body" data-testid="roadmap-superseded-note">
          {t('roadmap.supersededNote')}
        </p>
      )}
      {roadmap.areas_without_activities.length > 0 && (
        <p class="body" data-testid="roadmap-areas-missing">
          <strong class="tag tag--yellow">{t('roadmap.areasMissingTag')}</strong>{' '}
          {t('roadmap.areasMissing', { areas: roadmap.areas_without_activities.map((a) => areaLabel(a, i18n)).join(', ') })}
        </p>
      )}

      {!mayManage && (
        <p class="body secondary" data-testid="roadmap-read-only">
          {t('roadmap.readOnly')}
        </p>
      )}
      {changeable && open?.kind !== 'edit' && <OpenFormButton label={t('roadmap.edit')} testId="roadmap-edit" onClick={() => openForm({ kind: 'edit' })} />}
      {changeable && open?.kind === 'edit' && (
        <RoadmapEditForm roadmap={roadmap} etag={etag} today={today} onSaved={changed('roadmap.saved')} onClose={() => setOpen(null)} />
      )}
      {mayManage && roadmap.status === 'draft' && open?.kind !== 'edit' && (
        <EnactPanel roadmap={roadmap} etag={etag} today={today} onEnacted={changed('roadmap.enacted')} onStale={reload} />
      )}

      <section class="section" aria-labelledby="rm-activities-title">
        <h2 class="heading-l" id="rm-activities-title">
          {t('roadmap.activitiesTitle')}
        </h2>
        <p class="body">{t('roadmap.activitiesIntro')}</p>
        {changeable && open?.kind !== 'activity' && (
          <OpenFormButton label={t('roadmap.activityAdd')} testId="activity-add" onClick={() => openForm({ kind: 'activity', activity: null })} />
        )}
        {changeable && open?.kind === 'activity' && (
          <ActivityForm
            key={open.activity?.id ?? 'new'}
            roadmap={roadmap}
            activity={open.activity}
            today={today}
            onSaved={(a) => childChanged(open.activity ? 'roadmap.activitySaved' : 'roadmap.activityAdded', a.name)}
            onClose={() => setOpen(null)}
          />
        )}
        <ActivityGrid
          roadmap={roadmap}
          mayEdit={changeable}
          zone={zone}
          onEdit={(activity) => openForm({ kind: 'activity', activity })}
          onDeleted={(a) => childChanged('roadmap.activityDeleted', a.name)}
        />
      </section>

      <MonitoringSection roadmap={roadmap} mayRecord={mayManage} today={today} onRecorded={() => childChanged('roadmap.monitoringRecorded')} />
      <ChangeLog roadmap={roadmap} zone={zone} />

      <ExportLinks basePath={roadmapPath(roadmap.id)} testId="roadmap-export" />
      <RecordHistory recordPath={roadmapPath(roadmap.id)} version={roadmap.version} zone={zone} />
    </>
  );
}

// /keamanan/insiden/{id} (everyone but citizens; an agency operator only their
// own agency's, 403 otherwise): one security incident — what happened, where and
// how severe, the CSIRT's stages as a stepper with the next step for the ICT
// office (OKI Pasal 26 ayat (7)), the two notices with their due times and state
// (Kendari Pasal 14 ayat (8)), what it touched (hosts, applications, datasets,
// risks) and the timeline of its handling.
import { useState } from 'preact/hooks';
import { getIncident, incidentPath } from '../../api/security';
import type { Incident } from '../../api/securityTypes';
import { Notice } from '../../components/Notice';
import { OpenFormButton } from '../../components/OpenFormButton';
import { RecordPage, type RecordViewProps } from '../../components/RecordPage';
import { SavedNotice } from '../../components/SavedNotice';
import { SummaryList } from '../../components/SummaryList';
import { IncidentEditForm } from '../../components/security/IncidentEditForm';
import { IncidentLinks } from '../../components/security/IncidentLinks';
import { IncidentNotices } from '../../components/security/IncidentNotices';
import { IncidentActions, StageStepper } from '../../components/security/IncidentStages';
import { RecordHistory } from '../../components/RecordHistory';
import { IncidentTimeline } from '../../components/security/IncidentTimeline';
import { NoticeLine } from '../../components/security/NoticeLine';
import { actionLabel, severityColour, severityLabel, stageColour, stageLabel } from '../../components/security/labels';
import { useSecurityAccess } from '../../components/security/useSecurityAccess';
import { formatDateTime } from '../../format/dateTime';
import { useRegionDetail } from '../../hooks/useRegionDetail';
import { useI18n } from '../../i18n/useI18n';
import type { PageProps } from '../../routes';

export function IncidentPage({ params }: PageProps) {
  const { t } = useI18n();
  return (
    <RecordPage
      id={Number(params[0])}
      load={getIncident}
      titleOf={(i) => `${i.number} ${i.title}`}
      loadingTitle={t('security.incident')}
      back={{ href: '/keamanan', label: t('security.back'), testId: 'sec-back' }}
      view={IncidentView}
    />
  );
}

function IncidentView({ record: incident, etag, onChanged, reload }: RecordViewProps<Incident>) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const zone = useRegionDetail()?.time_zone;
  const access = useSecurityAccess();
  const [editing, setEditing] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const mayAct = access.mayActFor(incident.agency.id);
  const open = incident.stage !== 'closed';
  const when = (iso: string | null) => (iso ? formatDateTime(iso, lang, zone) : '—');

  const changed = (next?: Incident, nextEtag?: string) => {
    if (next) onChanged(next, nextEtag ?? `"${next.version}"`);
    else reload();
  };
  const overdueNotices = (['ict_office', 'data_owner'] as const).filter((k) => incident.notices[k].state === 'overdue');

  return (
    <>
      <h1 class="heading-xl">
        <span class="caption">
          {t('security.incident')} · <span data-testid="sec-number">{incident.number}</span>
        </span>
        <span class="sec-text" data-testid="sec-title">
          {incident.title}
        </span>
      </h1>
      <p class="body sec-tags">
        <strong class={`tag tag--${stageColour(incident.stage)}`} data-testid="sec-stage-now">
          {stageLabel(incident.stage, i18n)}
        </strong>{' '}
        <strong class={`tag tag--${severityColour(incident.severity)}`} data-testid="sec-severity">
          {severityLabel(incident.severity, i18n)}
        </strong>{' '}
        {incident.serious && (
          <strong class="tag tag--red" data-testid="sec-serious">
            {t('security.serious')}
          </strong>
        )}
      </p>
      {done && <SavedNotice testId="sec-done" text={done} />}
      {(overdueNotices.length > 0 || incident.open_too_long) && (
        <div class="sec-alert" role="region" aria-label={t('security.overdueTitle')} data-testid="sec-overdue">
          <h2 class="heading-m">{t('security.overdueTitle')}</h2>
          <ul class="list">
            {overdueNotices.map((k) => (
              <li key={k}>
                <NoticeLine kind={k} notice={incident.notices[k]} compact />
              </li>
            ))}
            {incident.open_too_long && <li data-testid="sec-overdue-open">{t('security.openTooLongLong')}</li>}
          </ul>
        </div>
      )}

      <StageStepper stage={incident.stage} />
      <IncidentActions
        key={etag}
        incident={incident}
        etag={etag}
        manage={access.manage}
        onStale={reload}
        onDone={(next, nextEtag, action) => {
          setDone(t('security.actionDone', { action: actionLabel(action, i18n), stage: stageLabel(next.stage, i18n) }));
          changed(next, nextEtag);
        }}
      />

      <SummaryList
        testId="sec-summary"
        rows={[
          {
            key: 'agency',
            label: t('security.agencyPse'),
            value: (
              <span data-testid="sec-agency">
                {incident.agency.name} ({incident.agency.short_name})
              </span>
            ),
          },
          { key: 'detected', label: t('security.detectedAt'), value: <span data-testid="sec-detected">{when(incident.detected_at)}</span> },
          { key: 'reported', label: t('security.reportedAt'), value: when(incident.reported_at) },
          ...(incident.closed_at ? [{ key: 'closed', label: t('security.closedAt'), value: when(incident.closed_at) }] : []),
          {
            key: 'description',
            label: t('security.description'),
            value: (
              <span class="sec-text" data-testid="sec-description">
                {incident.description}
              </span>
            ),
          },
          {
            key: 'lessons',
            label: t('security.lessonsLearned'),
            value: incident.lessons_learned ? (
              <span class="sec-text" data-testid="sec-lessons">
                {incident.lessons_learned}
              </span>
            ) : (
              <span class="secondary" data-testid="sec-lessons">
                {t('security.notFilled')}
              </span>
            ),
          },
          { key: 'updated', label: t('security.updatedAt'), value: t('security.versionAt', { version: incident.version, at: when(incident.updated_at) }) },
        ]}
      />
      {incident.citations.csirt && (
        <p class="body secondary" data-testid="sec-csirt-citation">
          {t('security.basedOn', { citation: incident.citations.csirt.citation })}
        </p>
      )}
      {mayAct && open && !editing && (
        <OpenFormButton
          label={t('security.incidentEdit')}
          testId="sec-edit-open"
          onClick={() => {
            setDone(null);
            setEditing(true);
          }}
        />
      )}
      {mayAct && open && editing && (
        <IncidentEditForm
          incident={incident}
          etag={etag}
          onSaved={(next, nextEtag) => {
            setEditing(false);
            setDone(t('security.incidentSaved'));
            changed(next, nextEtag);
          }}
          onClose={() => setEditing(false)}
        />
      )}
      {!mayAct && access.role !== '' && (
        <p class="body secondary" data-testid="sec-read-only">
          {t('security.incidentReadOnly')}
        </p>
      )}

      <IncidentNotices incident={incident} mayRecord={mayAct} onChanged={changed} />
      <IncidentLinks incident={incident} mayWrite={mayAct && open} onChanged={changed} />
      <IncidentTimeline incident={incident} />
      {!open && (
        <Notice kind="info" testId="sec-closed-note">
          <p class="body">{t('security.closedNote')}</p>
        </Notice>
      )}
      <RecordHistory recordPath={incidentPath(incident.id)} version={incident.version} zone={zone} />
    </>
  );
}

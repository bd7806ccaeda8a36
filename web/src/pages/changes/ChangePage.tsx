// /perubahan/{id} (everyone but citizens): one request for change — its stage as
// a stepper with the steps allowed now, the approval (who must approve under the
// region's regulation, the decision, and for the approver the buttons), what it
// changes and why, the records it touches, its risk, impact and rollback plan, the
// planned window in the region's zone, the steps taken, the downloads and the
// history. Its agency (or the ICT office) changes it; everyone else reads it. The
// server decides (403, 409 with the article, 412).
import { useState } from 'preact/hooks';
import { calendarMonthPath, changePath, getChange } from '../../api/changes';
import { linkedRecordPath } from '../../api/recordPages';
import type { Change } from '../../api/changeTypes';
import { ExportLinks } from '../../components/ExportLinks';
import { OpenFormButton } from '../../components/OpenFormButton';
import { RecordHistory } from '../../components/RecordHistory';
import { RecordPage, type RecordViewProps } from '../../components/RecordPage';
import { SavedNotice } from '../../components/SavedNotice';
import { SummaryList, type SummaryRow } from '../../components/SummaryList';
import { ApprovalBox } from '../../components/changes/ApprovalBox';
import { ChangeActions } from '../../components/changes/ChangeActions';
import { ChangeEditForm } from '../../components/changes/ChangeEditForm';
import { ChangeSteps } from '../../components/changes/ChangeSteps';
import { StageBar } from '../../components/changes/StageBar';
import { actionDone, changeTypeHint, changeTypeLabel, linkKindLabel, resultLabel, riskLevelColour, riskLevelLabel, stageColour, stageLabel, targetKindLabel, windowText } from '../../components/changes/labels';
import { useChangeAccess } from '../../components/changes/useChangeAccess';
import { formatDateTime } from '../../format/dateTime';
import { zoneAbbreviation } from '../../format/region';
import { useRegionDetail } from '../../hooks/useRegionDetail';
import { useI18n } from '../../i18n/useI18n';
import type { PageProps } from '../../routes';

const FULL_EDIT = ['planning', 'analysis', 'awaiting_approval'];
const LIMITED_EDIT = ['approved', 'development'];

export function ChangePage({ params }: PageProps) {
  const { t } = useI18n();
  return (
    <RecordPage
      id={Number(params[0])}
      load={getChange}
      titleOf={(c) => `${c.number} ${c.title}`}
      loadingTitle={t('change.title')}
      back={{ href: '/perubahan', label: t('change.back'), testId: 'change-back' }}
      view={ChangeView}
    />
  );
}

function ChangeView({ record: change, etag, onChanged, reload }: RecordViewProps<Change>) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const regionZone = useRegionDetail()?.time_zone;
  const zone = change.time_zone || regionZone;
  const zoneName = (zone && zoneAbbreviation(zone)) || zone || '';
  const access = useChangeAccess();
  const [editing, setEditing] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const owner = access.mayEdit(change.agency.id);
  const editable = FULL_EDIT.includes(change.stage) || LIMITED_EDIT.includes(change.stage);
  const when = (iso: string | null) => (iso ? formatDateTime(iso, lang, zone) : '—');

  const changed = (message: string) => (next: Change, nextEtag?: string) => {
    onChanged(next, nextEtag ?? `"${next.version}"`);
    setEditing(false);
    setDone(message);
  };
  const stepDone = (next: Change, nextEtag: string | undefined, action: string) =>
    changed(t('change.stepDone', { action: actionDone(action, i18n), stage: stageLabel(next.stage, i18n) }))(next, nextEtag);

  const text = (value: string | null, testId: string) =>
    value ? (
      <span class="change-text" data-testid={testId}>
        {value}
      </span>
    ) : (
      <span class="secondary" data-testid={testId}>
        {t('change.notFilled')}
      </span>
    );

  const what: SummaryRow[] = [
    { key: 'agency', label: t('change.agency'), value: <span data-testid="change-agency">{`${change.agency.name} (${change.agency.short_name})`}</span> },
    { key: 'description', label: t('change.description'), value: text(change.description, 'change-description') },
    { key: 'reason', label: t('change.reason'), value: text(change.reason, 'change-reason') },
    {
      key: 'target',
      label: t('change.target'),
      value: (
        <span data-testid="change-target">
          {targetKindLabel(change.target_kind, i18n)}
          {change.target_label && <span class="cell-note change-text">{change.target_label}</span>}
        </span>
      ),
    },
    {
      key: 'links',
      label: t('change.links'),
      value:
        change.links.length === 0 ? (
          <span class="secondary" data-testid="change-links-none">
            {t('change.linksNone')}
          </span>
        ) : (
          <ul class="change-links" data-testid="change-links">
            {change.links.map((l) => {
              const path = linkedRecordPath(l.kind, l.id);
              const label = l.label ?? `#${l.id}`;
              return (
                <li key={`${l.kind}:${l.id}`} data-testid="change-link" data-kind={l.kind} data-target-id={l.id}>
                  <strong class="tag tag--grey">{linkKindLabel(l.kind, i18n)}</strong>{' '}
                  {path ? (
                    <a class="link change-text" href={path} data-testid="change-link-label">
                      {label}
                    </a>
                  ) : (
                    <span class="change-text" data-testid="change-link-label">
                      {label}
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
        ),
    },
  ];
  const risk: SummaryRow[] = [
    {
      key: 'type',
      label: t('change.typeLabel'),
      value: (
        <span data-testid="change-type">
          {changeTypeLabel(change.change_type, i18n)}
          <span class="cell-note secondary">{changeTypeHint(change.change_type, i18n)}</span>
        </span>
      ),
    },
    {
      key: 'risk',
      label: t('change.riskLevel'),
      value: (
        <span data-testid="change-risk">
          <strong class={`tag tag--${riskLevelColour(change.risk_level)}`}>{riskLevelLabel(change.risk_level, i18n)}</strong>
          {change.risk_notes && <span class="cell-note change-text">{change.risk_notes}</span>}
        </span>
      ),
    },
    { key: 'impact', label: t('change.impact'), value: text(change.impact, 'change-impact') },
    { key: 'rollback', label: t('change.rollbackPlan'), value: text(change.rollback_plan, 'change-rollback') },
  ];
  const schedule: SummaryRow[] = [
    {
      key: 'window',
      label: t('change.window'),
      value: (
        <>
          <span data-testid="change-window">{windowText(change.planned_start, change.planned_end, i18n, zone)}</span>
          <a class="link cell-note" href={calendarMonthPath(change.planned_start_local)} data-testid="change-to-calendar">
            {t('change.toCalendar')}
          </a>
        </>
      ),
    },
    { key: 'implementer', label: t('change.implementer'), value: text(change.implementer, 'change-implementer') },
    ...(change.implemented_at ? [{ key: 'implemented', label: t('change.implementedAt'), value: <span data-testid="change-implemented-at">{when(change.implemented_at)}</span> }] : []),
    ...(change.result
      ? [
          { key: 'result', label: t('change.resultLabel'), value: <span data-testid="change-result">{resultLabel(change.result, i18n)}</span> },
          { key: 'lessons', label: t('change.lessons'), value: text(change.lessons, 'change-lessons') },
        ]
      : []),
    { key: 'updated', label: t('change.updatedAt'), value: t('change.versionAt', { version: change.version, at: when(change.updated_at) }) },
  ];

  return (
    <>
      <h1 class="heading-xl">
        <span class="caption">
          {t('change.title')} · <span data-testid="change-number">{change.number}</span>
        </span>
        <span class="change-text" data-testid="change-title">
          {change.title}
        </span>
      </h1>
      <p class="body change-tags">
        <strong class={`tag tag--${stageColour(change.stage)}`} data-testid="change-stage-now">
          {stageLabel(change.stage, i18n)}
        </strong>{' '}
        <strong class={`tag tag--${riskLevelColour(change.risk_level)}`} data-testid="change-risk-top">
          {t('change.riskShort', { level: riskLevelLabel(change.risk_level, i18n) })}
        </strong>{' '}
        {change.change_type === 'emergency' && <strong class="tag tag--red">{changeTypeLabel('emergency', i18n)}</strong>}{' '}
        {change.overdue && (
          <strong class="tag tag--red" data-testid="change-overdue">
            {t('change.overdue')}
          </strong>
        )}
      </p>
      {done && <SavedNotice testId="change-done" text={done} />}

      <StageBar change={change} />
      {owner ? (
        <ChangeActions key={etag} change={change} etag={etag} zone={zone} zoneName={zoneName} onDone={stepDone} onStale={reload} />
      ) : (
        <p class="body secondary" data-testid="change-read-only">
          {access.mayCreate ? t('change.readOnlyOtherAgency', { agency: change.agency.short_name }) : t('change.readOnlyRole')}
        </p>
      )}
      <ApprovalBox key={`approval-${etag}`} change={change} etag={etag} zone={zone} onDone={stepDone} onStale={reload} />

      <h2 class="heading-m">{t('change.partWhat')}</h2>
      <SummaryList testId="change-what" rows={what} />
      <h2 class="heading-m">{t('change.partRisk')}</h2>
      <SummaryList testId="change-risk-part" rows={risk} />
      <h2 class="heading-m">{t('change.partWhen')}</h2>
      <SummaryList testId="change-when" rows={schedule} />

      {owner && editable && !editing && (
        <OpenFormButton
          label={t('change.edit')}
          testId="change-edit-open"
          onClick={() => {
            setDone(null);
            setEditing(true);
          }}
        />
      )}
      {owner && editable && editing && (
        <ChangeEditForm
          change={change}
          etag={etag}
          limited={LIMITED_EDIT.includes(change.stage)}
          zone={zone}
          zoneName={zoneName}
          onSaved={(next, nextEtag) => changed(next.approval.decision === null && change.approval.decision === 'approved' ? t('change.savedNeedsApproval') : t('change.saved'))(next, nextEtag)}
          onClose={() => setEditing(false)}
        />
      )}

      <ChangeSteps change={change} zone={zone} />
      <ExportLinks basePath={changePath(change.id)} testId="change-export-links" />
      <RecordHistory recordPath={changePath(change.id)} version={change.version} zone={zone} />
    </>
  );
}

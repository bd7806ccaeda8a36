// /audit-tik/{id} (everyone but citizens): one ICT audit: its object, planned date,
// the internal pre-evaluation where the region requires it (with the article), the
// auditor (government institution, accredited institution or certified auditor, with
// the credential), the aspects examined, the state and the next step; the findings
// with their follow-ups. The ICT office takes the steps, an auditor (or the ICT
// office) completes the audit and records and closes findings, the owner agency's
// operator adds follow-up evidence; the server decides in the end (403, 409, 412).
import { useState } from 'preact/hooks';
import { fileUrl, getAudit, ICT_AUDIT_PAGE } from '../../api/ictAudits';
import type { Audit } from '../../api/ictAuditTypes';
import { OpenFormButton } from '../../components/OpenFormButton';
import { RecordPage, type RecordViewProps } from '../../components/RecordPage';
import { SavedNotice } from '../../components/SavedNotice';
import { SummaryList, type SummaryRow } from '../../components/SummaryList';
import { FindingCard } from '../../components/ictAudits/FindingCard';
import { FindingForm } from '../../components/ictAudits/FindingForm';
import { AUDIT_STATE_COLOUR, aspectLabel, auditorKindLabel, auditStateLabel, objectKindLabel, obligationLine } from '../../components/ictAudits/ictAuditWords';
import { StepsPanel } from '../../components/ictAudits/StepsPanel';
import { useIctAuditAccess } from '../../components/ictAudits/useIctAuditAccess';
import { formatDay } from '../../format/dateTime';
import { useAgencies } from '../../hooks/useAgencies';
import { useRegionDetail } from '../../hooks/useRegionDetail';
import type { MessageKey } from '../../i18n/messages';
import { useI18n } from '../../i18n/useI18n';
import type { PageProps } from '../../routes';

const FINDING_STATES = ['in_progress', 'completed', 'reported'];

export function IctAuditPage({ params }: PageProps) {
  const { t } = useI18n();
  return (
    <RecordPage
      id={Number(params[0])}
      load={getAudit}
      titleOf={(a) => `${t('ictAudit.auditOf')} ${a.object_name}`}
      loadingTitle={t('ictAudit.title')}
      back={{ href: ICT_AUDIT_PAGE, label: t('ictAudit.back'), testId: 'ia-back' }}
      view={AuditView}
    />
  );
}

function AuditView({ record: audit, etag, onChanged, reload }: RecordViewProps<Audit>) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const zone = useRegionDetail()?.time_zone;
  const access = useIctAuditAccess();
  const { agencies } = useAgencies();
  const [done, setDone] = useState<MessageKey | null>(null);
  const [adding, setAdding] = useState(false);
  const findings = audit.findings ?? [];
  const day = (d: string | null | undefined) => (d ? formatDay(d, lang) : '—');
  const file = (sha: string | null, testId: string) =>
    sha ? (
      <a class="link" href={fileUrl(sha)} data-testid={testId}>
        {t('ictAudit.download')}
      </a>
    ) : null;

  const rows: SummaryRow[] = [
    {
      key: 'object',
      label: t('ictAudit.object'),
      value: (
        <span data-testid="ia-audit-object">
          {audit.object_name} <span class="cell-note secondary">{objectKindLabel(audit.object_kind, i18n)}</span>
        </span>
      ),
    },
    { key: 'planned', label: t('ictAudit.plannedDate'), value: <span data-testid="ia-audit-planned">{day(audit.planned_on)}</span> },
    ...(audit.pre_evaluation_required || audit.pre_evaluated_on
      ? [
          {
            key: 'pre',
            label: t('ictAudit.preEvaluation'),
            value: (
              <span data-testid="ia-audit-pre">
                {audit.pre_evaluated_on
                  ? t('ictAudit.preDoneOn', { date: day(audit.pre_evaluated_on) })
                  : t('ictAudit.preDueOn', { date: day(audit.pre_evaluation_due_on) })}
                {audit.pre_evaluation_note && <span class="cell-note ia-text">{audit.pre_evaluation_note}</span>}
                {file(audit.pre_evaluation_sha256, 'ia-audit-pre-file')}
                {audit.pre_evaluation_obligation && <span class="cell-note secondary">{obligationLine(audit.pre_evaluation_obligation)}</span>}
              </span>
            ),
          },
        ]
      : []),
    {
      key: 'auditor',
      label: t('ictAudit.auditor'),
      value: (
        <span data-testid="ia-audit-auditor">
          {audit.auditor_name}
          <span class="cell-note secondary">
            {auditorKindLabel(audit.auditor_kind, i18n)}
            {audit.auditor_credential ? ` · ${t('ictAudit.credential')}: ${audit.auditor_credential}` : ''}
          </span>
        </span>
      ),
    },
    {
      key: 'aspects',
      label: t('ictAudit.aspects'),
      value: (
        <ul class="list" data-testid="ia-audit-aspects">
          {audit.aspects.map((a) => (
            <li key={a}>{aspectLabel(a, i18n)}</li>
          ))}
        </ul>
      ),
    },
    ...(audit.started_on ? [{ key: 'started', label: t('ictAudit.startedOn'), value: day(audit.started_on) }] : []),
    ...(audit.completed_on
      ? [
          {
            key: 'completed',
            label: t('ictAudit.completedOn'),
            value: (
              <span data-testid="ia-audit-completed">
                {day(audit.completed_on)} {file(audit.report_sha256, 'ia-audit-report-file')}
              </span>
            ),
          },
        ]
      : []),
    ...(audit.reported_on
      ? [
          {
            key: 'reported',
            label: t('ictAudit.reportedOn'),
            value: (
              <span data-testid="ia-audit-reported">
                {day(audit.reported_on)}
                {audit.reported_through && <span class="cell-note">{t('ictAudit.reportThrough', { through: audit.reported_through })}</span>}
                {audit.report_note && <span class="cell-note ia-text">{audit.report_note}</span>}
              </span>
            ),
          },
        ]
      : []),
    ...(audit.report_obligation
      ? [{ key: 'report-article', label: t('ictAudit.reportArticle'), value: <span class="ia-article">{obligationLine(audit.report_obligation)}</span> }]
      : []),
  ];

  const mayRecord = access.record && FINDING_STATES.includes(audit.state);

  return (
    <>
      <h1 class="heading-xl">
        <span class="caption">{t('ictAudit.auditOf')}</span>
        <span data-testid="ia-audit-name">{audit.object_name}</span>
      </h1>
      <p class="body">
        <strong class={`tag tag--${AUDIT_STATE_COLOUR[audit.state] ?? 'grey'}`} data-testid="ia-audit-state">
          {auditStateLabel(audit.state, i18n)}
        </strong>
      </p>
      {done && <SavedNotice testId="ia-audit-done" text={t(done)} />}
      <SummaryList testId="ia-audit-summary" rows={rows} />

      <StepsPanel
        key={etag}
        audit={audit}
        etag={etag}
        access={access}
        zone={zone}
        onDone={(next, nextEtag, message) => {
          onChanged(next, nextEtag ?? `"${next.version}"`);
          setDone(message);
        }}
        onStale={reload}
      />

      <section class="section" aria-labelledby="ia-findings-title" data-testid="ia-findings">
        <h2 class="heading-l" id="ia-findings-title">
          {t('ictAudit.findingsTitle')}
          <span class="heading-count"> ({findings.length})</span>
        </h2>
        {findings.length === 0 ? (
          <p class="body secondary" data-testid="ia-findings-none">
            {t('ictAudit.findingsNone')}
          </p>
        ) : (
          <ul class="ia-findings">
            {findings.map((f) => (
              <FindingCard key={f.id} finding={f} access={access} zone={zone} onChanged={reload} />
            ))}
          </ul>
        )}
        {mayRecord &&
          (adding ? (
            <FindingForm
              audit={audit}
              agencies={agencies}
              ownerAgencyId={null}
              onClose={() => setAdding(false)}
              onSaved={() => {
                setAdding(false);
                setDone('ictAudit.findingAdded');
                reload();
              }}
            />
          ) : (
            <OpenFormButton
              label={t('ictAudit.findingAdd')}
              testId="ia-finding-add"
              onClick={() => {
                setDone(null);
                setAdding(true);
              }}
            />
          ))}
        {access.record && !FINDING_STATES.includes(audit.state) && (
          <p class="body secondary" data-testid="ia-findings-later">
            {t('ictAudit.findingsAfterStart')}
          </p>
        )}
      </section>
    </>
  );
}

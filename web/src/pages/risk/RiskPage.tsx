// /risiko/{id} (everyone but citizens): one risk of the register (Formulir 3.0) as the
// server judged it — identification, analysis (likelihood × impact, magnitude, level as a
// coloured badge with its name), evaluation (decision to treat against the appetite,
// priority) — with its treatment plans (Formulir 4.0) and the residual loop, closing when
// the rule allows it, reopening, the downloads and the history. The agency (or the ICT
// office) changes it; everyone else reads it. The server decides (403, 409, 412).
import { useState } from 'preact/hooks';
import { getRisk, riskPath, setRiskStatus } from '../../api/risks';
import type { Risk, RiskCriteria } from '../../api/riskTypes';
import { ErrorSummary } from '../../components/ErrorSummary';
import { ExportLinks } from '../../components/ExportLinks';
import { LoadView } from '../../components/LoadView';
import { OpenFormButton } from '../../components/OpenFormButton';
import { RecordHistory } from '../../components/RecordHistory';
import { RecordPage, type RecordViewProps } from '../../components/RecordPage';
import { SavedNotice } from '../../components/SavedNotice';
import { SummaryList, type SummaryRow } from '../../components/SummaryList';
import { LevelBadge } from '../../components/risk/LevelBadge';
import { RiskEditForm } from '../../components/risk/RiskEditForm';
import { TreatmentsSection } from '../../components/risk/TreatmentsSection';
import { controlLabel, polarityLabel, riskStatusColour, riskStatusLabel } from '../../components/risk/labels';
import { useRiskAccess } from '../../components/risk/useRiskAccess';
import { useRiskCriteria } from '../../components/risk/useRiskCriteria';
import { formatDateTime } from '../../format/dateTime';
import { useAgencies } from '../../hooks/useAgencies';
import { useRegionDetail } from '../../hooks/useRegionDetail';
import { useSendForm } from '../../hooks/useSendForm';
import type { MessageKey } from '../../i18n/messages';
import { useI18n } from '../../i18n/useI18n';
import type { PageProps } from '../../routes';

export function RiskPage({ params }: PageProps) {
  const { t } = useI18n();
  const criteria = useRiskCriteria();
  return (
    <LoadView loaded={criteria}>
      {(answer) => (
        <RecordPage
          id={Number(params[0])}
          load={getRisk}
          titleOf={(r) => `${t('risk.riskNumber', { n: r.number })} ${r.agency_short_name} ${r.year}`}
          loadingTitle={t('risk.registerTitle')}
          back={{ href: '/risiko', label: t('risk.back'), testId: 'back-to-risks' }}
          view={(props) => <RiskView {...props} criteria={answer.criteria} />}
        />
      )}
    </LoadView>
  );
}

function RiskView({ record: risk, etag, onChanged, reload, criteria }: RecordViewProps<Risk> & { criteria: RiskCriteria }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const zone = useRegionDetail()?.time_zone;
  const access = useRiskAccess();
  const { agencies } = useAgencies();
  const [editing, setEditing] = useState(false);
  const [done, setDone] = useState<MessageKey | null>(null);
  const [treatmentChanges, setTreatmentChanges] = useState(0);
  const owner = access.mayEdit(risk.agency_id);
  const closed = risk.status === 'closed';
  const status = useSendForm({});

  const changed = (message: MessageKey) => (next: Risk, nextEtag?: string) => {
    onChanged(next, nextEtag ?? `"${next.version}"`);
    setEditing(false);
    setDone(message);
  };
  const step = (to: 'closed' | 'open') =>
    status.send({
      request: () => setRiskStatus(risk.id, to, etag),
      onSent: (next: Risk, nextEtag) => changed(to === 'closed' ? 'risk.closed' : 'risk.reopened')(next, nextEtag),
    });
  const text = (value: string, testId: string) =>
    value ? (
      <span class="risk-text" data-testid={testId}>
        {value}
      </span>
    ) : (
      <span class="secondary" data-testid={testId}>
        {t('risk.notFilled')}
      </span>
    );
  const scaleName = (levels: RiskCriteria['likelihood_levels'], level: number) => levels.find((l) => l.level === level)?.name ?? '';

  const identification: SummaryRow[] = [
    { key: 'agency', label: t('risk.agency'), value: <span data-testid="risk-agency">{`${risk.agency_name} (${risk.agency_short_name})`}</span> },
    { key: 'period', label: t('risk.periodYear'), value: <span data-testid="risk-year">{risk.year}</span> },
    { key: 'polarity', label: t('risk.polarityLabel'), value: <span data-testid="risk-polarity">{polarityLabel(risk.polarity, i18n)}</span> },
    { key: 'goal', label: t('risk.spbeGoal'), value: text(risk.spbe_goal, 'risk-goal') },
    { key: 'indicator', label: t('risk.indicator'), value: text(risk.indicator, 'risk-indicator') },
    { key: 'cause', label: t('risk.cause'), value: text(risk.cause, 'risk-cause') },
    { key: 'category', label: t('risk.category'), value: <span data-testid="risk-category">{risk.category_name || risk.category}</span> },
    { key: 'impact', label: t('risk.impact'), value: text(risk.impact, 'risk-impact') },
    { key: 'area', label: t('risk.impactArea'), value: <span data-testid="risk-impact-area">{risk.impact_area_name || risk.impact_area}</span> },
  ];
  const analysis: SummaryRow[] = [
    {
      key: 'controls',
      label: t('risk.controls'),
      value: (
        <span data-testid="risk-controls">
          {risk.controls.length ? risk.controls.map((c) => controlLabel(c, i18n)).join(', ') : t('risk.controlsNone')}
          {risk.controls_note && <span class="cell-note risk-text">{risk.controls_note}</span>}
        </span>
      ),
    },
    {
      key: 'likelihood',
      label: t('risk.likelihood'),
      value: (
        <span data-testid="risk-likelihood">
          {risk.likelihood} – {scaleName(criteria.likelihood_levels, risk.likelihood)}
          {risk.likelihood_note && <span class="cell-note risk-text">{risk.likelihood_note}</span>}
        </span>
      ),
    },
    {
      key: 'impactLevel',
      label: t('risk.impactLevel'),
      value: (
        <span data-testid="risk-impact-level">
          {risk.impact_level} – {scaleName(criteria.impact_levels, risk.impact_level)}
          {risk.impact_note && <span class="cell-note risk-text">{risk.impact_note}</span>}
        </span>
      ),
    },
    { key: 'magnitude', label: t('risk.magnitude'), value: <span data-testid="risk-magnitude">{risk.magnitude}</span> },
    { key: 'level', label: t('risk.level'), value: <LevelBadge level={risk.level} name={risk.level_name} colour={risk.colour} testId="risk-level" /> },
  ];
  const evaluation: SummaryRow[] = [
    {
      key: 'treat',
      label: t('risk.treatDecision'),
      value: (
        <span data-testid="risk-treat">
          {risk.treat ? t('risk.treatYesAppetite', { appetite: risk.appetite }) : t('risk.treatNoAppetite', { appetite: risk.appetite })}
        </span>
      ),
    },
    {
      key: 'residual',
      label: t('risk.residualLatest'),
      value: risk.residual ? (
        <span data-testid="risk-residual">
          <LevelBadge level={risk.residual.level} name={risk.residual.level_name} colour={risk.residual.colour} magnitude={risk.residual.magnitude} />{' '}
          {risk.residual.treat ? t('risk.residualStillTreat') : t('risk.residualAccepted')}
        </span>
      ) : (
        <span class="secondary" data-testid="risk-residual">
          {t('risk.residualNotYet')}
        </span>
      ),
    },
    { key: 'priority', label: t('risk.priority'), value: <span data-testid="risk-priority">{risk.priority_rank ?? t('risk.priorityNone')}</span> },
    { key: 'updated', label: t('risk.updatedAt'), value: t('risk.versionAt', { version: risk.version, at: formatDateTime(risk.updated_at, lang, zone) }) },
  ];

  return (
    <>
      <h1 class="heading-xl">
        <span class="caption" data-testid="risk-caption">
          {t('risk.registerTitle')} · {risk.agency_short_name} · {risk.year} · {t('risk.riskNumber', { n: risk.number })}
        </span>
        <span class="risk-text" data-testid="risk-event">
          {risk.event}
        </span>
      </h1>
      <p class="body">
        <strong class={`tag tag--${riskStatusColour(risk.status)}`} data-testid="risk-status">
          {riskStatusLabel(risk.status, i18n)}
        </strong>{' '}
        <LevelBadge level={risk.level} name={risk.level_name} colour={risk.colour} magnitude={risk.magnitude} testId="risk-level-top" />
      </p>
      {done && <SavedNotice testId="risk-done" text={t(done)} />}
      <ErrorSummary items={status.errors.summary} focusKey={status.focusKey} />

      {!owner && (
        <p class="body secondary" data-testid="risk-read-only">
          {access.mayCreate ? t('risk.readOnlyOtherAgency', { agency: risk.agency_short_name }) : t('risk.readOnlyRole')}
        </p>
      )}

      <h2 class="heading-m">{t('risk.partIdentification')}</h2>
      <SummaryList testId="risk-identification" rows={identification} />
      <h2 class="heading-m">{t('risk.partAnalysis')}</h2>
      <SummaryList testId="risk-analysis" rows={analysis} />
      <h2 class="heading-m">{t('risk.partEvaluation')}</h2>
      <SummaryList testId="risk-evaluation" rows={evaluation} />

      {owner && !closed && !editing && <OpenFormButton label={t('risk.edit')} testId="risk-edit-open" onClick={() => { setDone(null); setEditing(true); }} />}
      {owner && !closed && editing && <RiskEditForm risk={risk} etag={etag} criteria={criteria} onSaved={changed('risk.saved')} onClose={() => setEditing(false)} />}

      {owner && !editing && (
        <div class="button-group">
          {!closed && risk.may_close && (
            <button type="button" class="button button--secondary" disabled={status.sending} onClick={step('closed')} data-testid="risk-close">
              {t('risk.close')}
            </button>
          )}
          {!closed && !risk.may_close && (
            <p class="body secondary" data-testid="risk-close-not-yet">
              {t('risk.closeNotYet')}
            </p>
          )}
          {closed && (
            <button type="button" class="button button--secondary" disabled={status.sending} onClick={step('open')} data-testid="risk-reopen">
              {t('risk.reopen')}
            </button>
          )}
        </div>
      )}

      <TreatmentsSection
        key={etag}
        risk={risk}
        criteria={criteria}
        agencies={agencies}
        mayEdit={owner}
        onChanged={() => {
          setDone('risk.treatmentSaved');
          setTreatmentChanges((n) => n + 1);
          reload();
        }}
      />

      <ExportLinks basePath={riskPath(risk.id)} testId="risk-export" />
      <RecordHistory recordPath={riskPath(risk.id)} version={risk.version * 1000 + treatmentChanges} zone={zone} />
    </>
  );
}

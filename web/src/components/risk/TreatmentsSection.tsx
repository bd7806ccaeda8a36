// "Rencana penanganan" (Formulir 4.0) of one risk: each treatment with its option,
// action plan, output, schedule, responsible agency, status (overdue said in words) and
// residual level once done; the residual loop explained (above the appetite: another
// treatment is needed; below it: the risk may be closed); the forms to add and change
// treatments for those who may edit the risk while it is not closed.
import { useState } from 'preact/hooks';
import type { Agency } from '../../api/identityTypes';
import type { Risk, RiskCriteria, RiskTreatment } from '../../api/riskTypes';
import { useI18n } from '../../i18n/useI18n';
import { Notice } from '../Notice';
import { OpenFormButton } from '../OpenFormButton';
import { formatDay, optionLabel, treatmentStatusLabel } from './labels';
import { LevelBadge } from './LevelBadge';
import { TreatmentAddForm, TreatmentEditForm } from './TreatmentForms';

interface Props {
  risk: Risk;
  criteria: RiskCriteria;
  agencies: Agency[];
  mayEdit: boolean;
  onChanged: () => void; // the risk moves on with its treatments: load it again
}

export function TreatmentsSection({ risk, criteria, agencies, mayEdit, onChanged }: Props) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<number | null>(null);
  const treatments = risk.treatments ?? [];
  const open = mayEdit && risk.status !== 'closed';
  const agencyName = (id: number) => agencies.find((a) => a.id === id)?.short_name ?? `#${id}`;
  const saved = () => {
    setAdding(false);
    setEditing(null);
    onChanged();
  };

  return (
    <section class="section" aria-labelledby="risk-tr-title" data-testid="risk-treatments">
      <h2 class="heading-l" id="risk-tr-title">
        {t('risk.treatmentsTitle')}
        <span class="heading-count"> ({treatments.length})</span>
      </h2>
      <p class="body secondary">{t('risk.treatmentsIntro')}</p>

      {risk.residual && risk.status !== 'closed' && (
        risk.needs_treatment ? (
          <Notice kind="info" title={t('risk.residualAboveTitle')} testId="risk-residual-above">
            <p class="body" data-testid="risk-residual-explain">
              {t('risk.residualAbove')}
            </p>
            <p class="body">
              {t('risk.residualNumbers', { magnitude: risk.residual.magnitude, level: risk.residual.level_name, appetite: risk.appetite })}
            </p>
          </Notice>
        ) : (
          <Notice kind="info" title={t('risk.residualBelowTitle')} testId="risk-residual-below">
            <p class="body" data-testid="risk-residual-explain">
              {t('risk.residualBelow')}
            </p>
            <p class="body">
              {t('risk.residualNumbers', { magnitude: risk.residual.magnitude, level: risk.residual.level_name, appetite: risk.appetite })}
            </p>
          </Notice>
        )
      )}
      {!risk.residual && risk.treat && risk.status !== 'closed' && treatments.length === 0 && (
        <p class="body" data-testid="risk-needs-plan">
          {t('risk.needsPlan')}
        </p>
      )}

      {treatments.length === 0 ? (
        <p class="body secondary" data-testid="risk-tr-none">
          {t('risk.treatmentsNone')}
        </p>
      ) : (
        <ol class="risk-treatments">
          {treatments.map((x: RiskTreatment, i) => (
            <li key={x.id} class="risk-treatments__item" data-testid="risk-tr" data-treatment-id={x.id} data-status={x.status}>
              <p class="heading-s">
                {t('risk.treatmentNumber', { n: i + 1 })}: <span data-testid="risk-tr-option">{optionLabel(x.treatment_option, i18n)}</span>
              </p>
              <p class="body risk-text" data-testid="risk-tr-actions">
                {x.actions}
              </p>
              <dl class="summary-list">
                {x.output && (
                  <div class="summary-list__row">
                    <dt class="summary-list__key">{t('risk.output')}</dt>
                    <dd class="summary-list__value risk-text">{x.output}</dd>
                  </div>
                )}
                <div class="summary-list__row">
                  <dt class="summary-list__key">{t('risk.schedule')}</dt>
                  <dd class="summary-list__value" data-testid="risk-tr-schedule">
                    {formatDay(x.starts_on, lang)} – {formatDay(x.due_on, lang)}
                  </dd>
                </div>
                <div class="summary-list__row">
                  <dt class="summary-list__key">{t('risk.ownerAgency')}</dt>
                  <dd class="summary-list__value" data-testid="risk-tr-owner">
                    {x.owner_agency_short_name || agencyName(x.owner_agency_id)}
                    {x.supporting_agencies.length > 0 && (
                      <span class="cell-note secondary">{t('risk.supportedBy', { names: x.supporting_agencies.map(agencyName).join(', ') })}</span>
                    )}
                  </dd>
                </div>
                <div class="summary-list__row">
                  <dt class="summary-list__key">{t('risk.treatmentStatusLabel')}</dt>
                  <dd class="summary-list__value">
                    <strong class={`tag tag--${x.status === 'done' ? 'green' : x.overdue ? 'red' : 'blue'}`} data-testid="risk-tr-status">
                      {treatmentStatusLabel(x.status, i18n)}
                    </strong>
                    {x.overdue && (
                      <span class="cell-note risk-overdue" data-testid="risk-tr-overdue">
                        {t('risk.treatmentOverdue')}
                      </span>
                    )}
                    {x.done_on && <span class="cell-note secondary">{t('risk.doneOnText', { date: formatDay(x.done_on, lang) })}</span>}
                  </dd>
                </div>
                <div class="summary-list__row">
                  <dt class="summary-list__key">{t('risk.residualQuestion')}</dt>
                  <dd class="summary-list__value" data-testid="risk-tr-residual">
                    {x.residual ? (
                      <>
                        <LevelBadge level={x.residual.level} name={x.residual.level_name} colour={x.residual.colour} magnitude={x.residual.magnitude} />{' '}
                        {x.residual.treat ? t('risk.residualStillTreat') : t('risk.residualAccepted')}
                      </>
                    ) : (
                      <span class="secondary">{t('risk.residualNotYet')}</span>
                    )}
                  </dd>
                </div>
              </dl>
              {open && x.status !== 'done' && editing !== x.id && (
                <p class="body">
                  <button type="button" class="button button--secondary" data-testid="risk-tr-edit-open" onClick={() => setEditing(x.id)}>
                    {t('risk.treatmentEdit')}
                  </button>
                </p>
              )}
              {open && editing === x.id && (
                <TreatmentEditForm risk={risk} treatment={x} criteria={criteria} agencies={agencies} onSaved={saved} onClose={() => setEditing(null)} />
              )}
            </li>
          ))}
        </ol>
      )}
      {open && !adding && <OpenFormButton label={t('risk.treatmentAdd')} testId="risk-tr-add" onClick={() => setAdding(true)} />}
      {open && adding && <TreatmentAddForm risk={risk} criteria={criteria} agencies={agencies} onSaved={saved} onClose={() => setAdding(false)} />}
    </section>
  );
}

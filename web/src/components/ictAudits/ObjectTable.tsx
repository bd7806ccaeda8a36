// The audit objects of the programme: what is audited (kind, application category),
// the agency that owns it, when it is next due and its state (overdue, due soon,
// scheduled, not required), the last audit, and the article of the region's
// regulation that requires it. The ICT office plans an audit from a row.
import { auditPagePath } from '../../api/ictAudits';
import type { AuditObject, ProgrammeItem } from '../../api/ictAuditTypes';
import { formatDay } from '../../format/dateTime';
import { useI18n } from '../../i18n/useI18n';
import { applicationCategoryLabel, auditStateLabel, DUE_STATUS_COLOUR, dueStatusLabel, inLanguage, objectKindLabel, obligationLine } from './ictAuditWords';

interface Props {
  objects: AuditObject[];
  planned: Map<number, NonNullable<ProgrammeItem['planned_audit']>>; // an object's audit planned or under way
  onPlan: ((object: AuditObject) => void) | null; // null: the user does not keep the programme
}

export function ObjectTable({ objects, planned, onPlan }: Props) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  return (
    <table class="table table--stacked table--compact" data-testid="ia-objects-table">
      <caption class="visually-hidden">{t('ictAudit.objectsTitle')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('ictAudit.object')}</th>
          <th scope="col">{t('ictAudit.ownerAgency')}</th>
          <th scope="col">{t('ictAudit.nextDue')}</th>
          <th scope="col">{t('ictAudit.lastAudit')}</th>
          <th scope="col">{t('ictAudit.article')}</th>
          {onPlan && <th scope="col">{t('ictAudit.actions')}</th>}
        </tr>
      </thead>
      <tbody>
        {objects.map((o) => (
          <tr key={o.id} data-testid="ia-object" data-object-id={o.id} data-status={o.status}>
            <th scope="row" data-label={t('ictAudit.object')}>
              <span class="cell-line" data-testid="ia-object-name">
                {o.name}
              </span>
              <span class="cell-note secondary" data-testid="ia-object-kind">
                {objectKindLabel(o.kind, i18n)}
                {o.application_category ? ` · ${applicationCategoryLabel(o.application_category, i18n)}` : ''}
                {o.source === 'manual' ? ` · ${t('ictAudit.sourceManual')}` : ''}
              </span>
            </th>
            <td data-label={t('ictAudit.ownerAgency')}>{o.owner_agency_name}</td>
            <td data-label={t('ictAudit.nextDue')}>
              <strong class={`tag tag--${DUE_STATUS_COLOUR[o.status] ?? 'grey'}`} data-testid="ia-object-status">
                {dueStatusLabel(o.status, i18n)}
              </strong>
              {o.next_due_on && (
                <span class="cell-note" data-testid="ia-object-due">
                  {formatDay(o.next_due_on, lang)}
                </span>
              )}
              {planned.has(o.id) && (
                <a class="cell-note link" href={auditPagePath(planned.get(o.id)!.id)} data-testid="ia-object-planned">
                  {t('ictAudit.plannedAudit', { date: formatDay(planned.get(o.id)!.planned_on, lang), state: auditStateLabel(planned.get(o.id)!.state, i18n) })}
                </a>
              )}
            </td>
            <td data-label={t('ictAudit.lastAudit')}>{o.last_audit_on ? formatDay(o.last_audit_on, lang) : <span class="secondary">{t('ictAudit.neverAudited')}</span>}</td>
            <td data-label={t('ictAudit.article')} data-testid="ia-object-article">
              {o.obligation ? (
                <>
                  <span class="ia-article">{obligationLine(o.obligation)}</span>
                  {o.obligation.period_from_profile === false && o.obligation.period_note && (
                    <span class="cell-note secondary">{inLanguage(o.obligation.period_note, i18n)}</span>
                  )}
                </>
              ) : (
                <span class="secondary">{t('ictAudit.noObligation')}</span>
              )}
            </td>
            {onPlan && (
              <td data-label={t('ictAudit.actions')}>
                {o.status !== 'not_required' && !planned.has(o.id) && (
                  <button type="button" class="link-button" onClick={() => onPlan(o)} data-testid="ia-object-plan">
                    {t('ictAudit.planThis')}
                    <span class="visually-hidden"> {o.name}</span>
                  </button>
                )}
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

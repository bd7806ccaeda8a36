// The audits of the programme, newest plans first: the object, the planned date, the
// auditor, the state, and the pre-evaluation date where the region requires one.
import { auditPagePath } from '../../api/ictAudits';
import type { Audit } from '../../api/ictAuditTypes';
import { formatDay } from '../../format/dateTime';
import { useI18n } from '../../i18n/useI18n';
import { AUDIT_STATE_COLOUR, auditorKindLabel, auditStateLabel, objectKindLabel } from './ictAuditWords';

export function AuditTable({ audits }: { audits: Audit[] }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  return (
    <table class="table table--stacked table--compact" data-testid="ia-audits-table">
      <caption class="visually-hidden">{t('ictAudit.auditsTitle')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('ictAudit.object')}</th>
          <th scope="col">{t('ictAudit.plannedDate')}</th>
          <th scope="col">{t('ictAudit.auditor')}</th>
          <th scope="col">{t('ictAudit.state')}</th>
        </tr>
      </thead>
      <tbody>
        {audits.map((a) => (
          <tr key={a.id} data-testid="ia-audit-row" data-audit-id={a.id} data-state={a.state}>
            <th scope="row" data-label={t('ictAudit.object')}>
              <a class="link" href={auditPagePath(a.id)} data-testid="ia-audit-open">
                <span class="cell-line">{a.object_name}</span>
              </a>
              <span class="cell-note secondary">{objectKindLabel(a.object_kind, i18n)}</span>
            </th>
            <td data-label={t('ictAudit.plannedDate')}>
              {formatDay(a.planned_on, lang)}
              {a.pre_evaluation_required && a.pre_evaluation_due_on && !a.pre_evaluated_on && (
                <span class="cell-note secondary">{t('ictAudit.preDueOn', { date: formatDay(a.pre_evaluation_due_on, lang) })}</span>
              )}
            </td>
            <td data-label={t('ictAudit.auditor')}>
              <span class="cell-line">{a.auditor_name}</span>
              <span class="cell-note secondary">{auditorKindLabel(a.auditor_kind, i18n)}</span>
            </td>
            <td data-label={t('ictAudit.state')}>
              <strong class={`tag tag--${AUDIT_STATE_COLOUR[a.state] ?? 'grey'}`} data-testid="ia-audit-row-state">
                {auditStateLabel(a.state, i18n)}
              </strong>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

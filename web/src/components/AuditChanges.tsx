// What an audit entry (or one version in a record's history) changed: each field with its value before and after.
import type { AuditChange } from '../api/auditTypes';
import { useI18n } from '../i18n/useI18n';

export function AuditChanges({ changes }: { changes: Record<string, AuditChange> }) {
  const { t } = useI18n();
  const fields = Object.entries(changes);
  if (fields.length === 0) {
    return (
      <p class="body" data-testid="audit-no-changes">
        {t('audit.noChanges')}
      </p>
    );
  }
  return (
    <table class="table table--compact table--stacked" data-testid="audit-changes">
      <caption class="visually-hidden">{t('audit.changes')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('audit.field')}</th>
          <th scope="col">{t('audit.before')}</th>
          <th scope="col">{t('audit.after')}</th>
        </tr>
      </thead>
      <tbody>
        {fields.map(([field, change]) => (
          <tr key={field} data-testid="audit-change" data-field={field}>
            <th scope="row" data-label={t('audit.field')}>
              <code>{field}</code>
            </th>
            <td data-label={t('audit.before')} data-testid="audit-before">
              {showValue(change.before, t('audit.none'))}
            </td>
            <td data-label={t('audit.after')} data-testid="audit-after">
              {showValue(change.after, t('audit.none'))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function showValue(value: unknown, none: string): string {
  if (value === null || value === undefined) return none;
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

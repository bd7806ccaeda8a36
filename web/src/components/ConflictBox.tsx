// When a change was refused because someone else changed the record first
// (412): say so plainly and offer to load the latest version. After loading it,
// UnsavedValues lists what this user had typed, so they can enter it again.
import { Notice } from './Notice';
import { useI18n } from '../i18n/useI18n';

export function ConflictBox({ onReload, testId, busy = false }: { onReload: () => void; testId: string; busy?: boolean }) {
  const { t } = useI18n();
  return (
    <div class="error-summary" role="alert" data-testid={testId}>
      <h2 class="error-summary__title">{t('conflict.title')}</h2>
      <p class="body">{t('conflict.body')}</p>
      <button type="button" class="button" onClick={onReload} disabled={busy} data-testid={`${testId}-reload`}>
        {t('conflict.reload')}
      </button>
    </div>
  );
}

export function UnsavedValues({ rows, testId }: { rows: Array<[string, string]>; testId: string }) {
  const { t } = useI18n();
  return (
    <Notice kind="info" title={t('userEdit.unsavedTitle')} testId={testId}>
      <p class="body">{t('userEdit.unsavedBody')}</p>
      <ul class="list">
        {rows.map(([label, value]) => (
          <li key={label}>
            {label}: {value || '—'}
          </li>
        ))}
      </ul>
    </Notice>
  );
}

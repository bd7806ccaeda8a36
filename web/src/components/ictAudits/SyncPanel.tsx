// "Sinkronkan objek dari register" (the ICT office): adds the objects the registries
// call for (the region's infrastructure and its security; each application in
// production and its security). Idempotent: a second run adds nothing, and says so.
import { useState } from 'preact/hooks';
import type { ApiError } from '../../api/client';
import { syncAuditObjects } from '../../api/ictAudits';
import type { SyncResult } from '../../api/ictAuditTypes';
import { useI18n } from '../../i18n/useI18n';
import { ErrorBox } from '../ErrorBox';
import { Notice } from '../Notice';
import { inLanguage } from './ictAuditWords';

export function SyncPanel({ onSynced }: { onSynced: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<SyncResult | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  const sync = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    setResult(null);
    const answer = await syncAuditObjects();
    setBusy(false);
    if (!answer.ok) {
      setError(answer.error);
      return;
    }
    setResult(answer.data);
    onSynced();
  };

  return (
    <div class="ia-sync" data-testid="ia-sync">
      <p class="body">{t('ictAudit.syncIntro')}</p>
      <p class="body">
        <button type="button" class="button button--secondary" disabled={busy} onClick={() => void sync()} data-testid="ia-sync-button">
          {t('ictAudit.sync')}
        </button>
      </p>
      {error && <ErrorBox error={error} onRetry={() => void sync()} />}
      {result && (
        <Notice kind="success" testId="ia-sync-done" focus>
          <p class="notice__heading" data-testid="ia-sync-count">
            {result.created === 0 ? t('ictAudit.syncNothing') : t('ictAudit.syncCreated', { count: result.created })}
          </p>
          {result.items.length > 0 && (
            <ul class="list">
              {result.items.map((o) => (
                <li key={o.id} data-testid="ia-sync-item">
                  {o.name}
                </li>
              ))}
            </ul>
          )}
          {result.warning && <p class="body">{inLanguage(result.warning, i18n)}</p>}
        </Notice>
      )}
    </div>
  );
}

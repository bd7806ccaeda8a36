// "Riwayat perubahan": every saved version of a record, newest first, with who
// saved it, when (in the region's time zone) and what changed. Loaded when the
// reader opens it, so the record's page stays quick.
import { useState } from 'preact/hooks';
import { getHistory, type HistoryItem } from '../api/history';
import { formatDateTime } from '../format/dateTime';
import { auditActionKey } from '../format/audit';
import { useI18n } from '../i18n/useI18n';
import { AuditChanges } from './AuditChanges';
import { ErrorBox } from './ErrorBox';
import type { ApiError } from '../api/client';

interface Props {
  recordPath: string; // e.g. /api/v1/master-plans/3
  version: number; // reloads when the record has been saved again
  zone?: string;
}

export function RecordHistory({ recordPath, version, zone }: Props) {
  const { t, lang } = useI18n();
  const actionLabel = (action: string) => {
    const key = auditActionKey(action);
    return key ? t(key) : action;
  };
  const [items, setItems] = useState<HistoryItem[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loadedVersion, setLoadedVersion] = useState<number | null>(null);

  const load = async () => {
    const answer = await getHistory(recordPath);
    if (answer.ok) {
      setItems(answer.data.items);
      setError(null);
      setLoadedVersion(version);
    } else setError(answer.error);
  };

  const onToggle = (event: Event) => {
    if ((event.currentTarget as HTMLDetailsElement).open && loadedVersion !== version) void load();
  };

  return (
    <details class="details" onToggle={onToggle} data-testid="record-history">
      <summary class="details__summary">{t('history.title')}</summary>
      <div class="details__text">
        {error && <ErrorBox error={error} onRetry={load} />}
        {items === null && !error && <p class="body">{t('history.loading')}</p>}
        {items !== null && items.length === 0 && <p class="body">{t('history.empty')}</p>}
        {items !== null && items.length > 0 && (
          <ol class="history-list" data-testid="history-list">
            {items.map((item) => (
              <li key={item.seq} class="history-list__item" data-testid="history-item" data-action={item.action}>
                <p class="body">
                  <strong>{actionLabel(item.action)}</strong>
                  {' · '}
                  {formatDateTime(item.at, lang, zone)}
                  {' · '}
                  {item.actor.username}
                </p>
                <AuditChanges changes={item.changes} />
              </li>
            ))}
          </ol>
        )}
      </div>
    </details>
  );
}

// Audit entries, newest first: when (in the region's time zone), who, what in
// plain words, on which record, and the request id. Each row opens to show the
// changes before and after.
import { useState } from 'preact/hooks';
import type { AuditEntry } from '../api/auditTypes';
import { AuditChanges } from './AuditChanges';
import { auditActionKey, auditEntityKey } from '../format/audit';
import { formatDateTime } from '../format/dateTime';
import { roleKey } from '../format/role';
import { useI18n } from '../i18n/useI18n';
import { currentRegion } from '../state/region';
import { useStore } from '../state/store';

export function AuditTable({ entries }: { entries: AuditEntry[] }) {
  const { t } = useI18n();
  const [open, setOpen] = useState<Set<number>>(new Set());
  if (entries.length === 0) {
    return (
      <p class="body" data-testid="audit-empty">
        {t('audit.empty')}
      </p>
    );
  }
  const toggle = (seq: number) =>
    setOpen((previous) => {
      const next = new Set(previous);
      if (next.has(seq)) next.delete(seq);
      else next.add(seq);
      return next;
    });
  return (
    <table class="table table--stacked audit-table" data-testid="audit-table">
      <caption class="visually-hidden">{t('audit.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('audit.time')}</th>
          <th scope="col">{t('audit.actor')}</th>
          <th scope="col">{t('audit.action')}</th>
          <th scope="col">{t('audit.entity')}</th>
          <th scope="col">{t('audit.requestId')}</th>
          <th scope="col">
            <span class="visually-hidden">{t('audit.details')}</span>
          </th>
        </tr>
      </thead>
      {entries.map((entry) => (
        <AuditRow key={entry.seq} entry={entry} expanded={open.has(entry.seq)} onToggle={() => toggle(entry.seq)} />
      ))}
    </table>
  );
}

function AuditRow({ entry, expanded, onToggle }: { entry: AuditEntry; expanded: boolean; onToggle: () => void }) {
  const { t, lang } = useI18n();
  const zone = useStore(currentRegion)?.time_zone;
  const actionKey = auditActionKey(entry.action);
  const entityKey = auditEntityKey(entry.entity_type);
  const detailsId = `audit-details-${entry.seq}`;
  const actorRole = entry.actor ? roleKey(entry.actor.role) : null;
  return (
    <tbody class="audit-entry" data-testid="audit-row" data-action={entry.action} data-seq={entry.seq}>
      <tr>
        <td data-label={t('audit.time')} data-testid="audit-time">
          <time dateTime={entry.at}>{formatDateTime(entry.at, lang, zone, true)}</time>
        </td>
        <td data-label={t('audit.actor')} data-testid="audit-actor">
          {entry.actor ? (
            <>
              {entry.actor.username}
              <span class="secondary"> ({actorRole ? t(actorRole) : entry.actor.role})</span>
            </>
          ) : (
            t('audit.noActor')
          )}
        </td>
        <td data-label={t('audit.action')} data-testid="audit-action">
          {actionKey ? t(actionKey) : entry.action}
        </td>
        <td data-label={t('audit.entity')} data-testid="audit-entity">
          {entityKey ? t(entityKey) : entry.entity_type} <span class="secondary">{entry.entity_id}</span>
        </td>
        <td data-label={t('audit.requestId')} data-testid="audit-request-id">
          <code>{entry.request_id ?? '—'}</code>
        </td>
        <td>
          <button
            type="button"
            class="link-button"
            aria-expanded={expanded}
            aria-controls={detailsId}
            onClick={onToggle}
            data-testid="audit-toggle"
          >
            {t(expanded ? 'audit.hideDetails' : 'audit.showDetails')}
            <span class="visually-hidden"> #{entry.seq}</span>
          </button>
        </td>
      </tr>
      {expanded && (
        <tr class="audit-entry__details" id={detailsId} data-testid="audit-details">
          <td colSpan={6}>
            <AuditChanges changes={entry.changes} />
            <dl class="facts">
              <div>
                <dt>{t('audit.seq')}</dt>
                <dd>{entry.seq}</dd>
              </div>
              <div>
                <dt>{t('audit.actionCode')}</dt>
                <dd>
                  <code>{entry.action}</code>
                </dd>
              </div>
              {entry.client && (
                <div>
                  <dt>{t('audit.client')}</dt>
                  <dd>{entry.client}</dd>
                </div>
              )}
              <div>
                <dt>{t('audit.hash')}</dt>
                <dd>
                  <code class="hash">{entry.hash}</code>
                </dd>
              </div>
            </dl>
          </td>
        </tr>
      )}
    </tbody>
  );
}

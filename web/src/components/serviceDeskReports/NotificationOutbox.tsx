// The notification outbox: the messages the service desk sends (a new ticket to
// the agency's Tier 1 staff, an escalation to Tier 2, replies to the reporter),
// filtered by state. A message that failed after every attempt shows its error
// and can be sent again.
import { useState } from 'preact/hooks';
import { listNotifications, retryNotification } from '../../api/serviceDesk';
import { NOTIFICATION_STATUSES, type OutboxMessage } from '../../api/serviceDeskTypes';
import { describeError } from '../../errors/describe';
import { formatDateTime } from '../../format/dateTime';
import { usePagedList } from '../../hooks/usePagedList';
import { useI18n } from '../../i18n/useI18n';
import { FilterForm } from '../FilterForm';
import { Notice } from '../Notice';
import { PagedListView } from '../PagedListView';
import { SelectField } from '../form/SelectField';
import { outboxStatusColour, outboxStatusLabel } from './deskLabels';

export function NotificationOutbox({ zone }: { zone: string | undefined }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const [draft, setDraft] = useState('failed');
  const [status, setStatus] = useState('failed');
  const [done, setDone] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState<number | null>(null);
  const list = usePagedList<OutboxMessage>((cursor, signal) => listNotifications(status, cursor, { signal }), status);

  const retry = async (message: OutboxMessage) => {
    setBusy(message.id);
    setDone(null);
    setFailure(null);
    const answer = await retryNotification(message.id);
    setBusy(null);
    if (!answer.ok) {
      setFailure(describeError(answer.error, i18n));
      return;
    }
    setDone(t('sdSettings.outbox.retried', { to: message.recipient ?? `#${message.id}` }));
    list.reload();
  };
  const when = (iso: string | null | undefined) => (iso ? formatDateTime(iso, lang, zone) : '—');

  return (
    <section class="section" aria-labelledby="sd-outbox-title" data-testid="sd-outbox">
      <h2 class="heading-l" id="sd-outbox-title">
        {t('sdSettings.outbox.title')}
      </h2>
      <p class="body">{t('sdSettings.outbox.intro')}</p>
      <FilterForm label={t('sdSettings.outbox.filter')} testId="sd-outbox-filter" filtered={false} onApply={() => setStatus(draft)} onClear={() => undefined}>
        <SelectField
          id="sd-outbox-status"
          label={t('sdSettings.outbox.status')}
          value={draft}
          onChange={setDraft}
          options={[{ value: '', label: t('common.all') }, ...NOTIFICATION_STATUSES.map((s) => ({ value: s, label: outboxStatusLabel(s, i18n) }))]}
        />
      </FilterForm>
      {done && (
        <Notice kind="success" testId="sd-outbox-done" focus>
          <p class="notice__heading">{done}</p>
        </Notice>
      )}
      {failure && (
        <div class="error-summary" role="alert" data-testid="sd-outbox-error">
          <p class="body">{failure}</p>
        </div>
      )}
      <PagedListView list={list}>
        {(items) =>
          items.length === 0 ? (
            <p class="body" data-testid="sd-outbox-empty">
              {status === 'failed' ? t('sdSettings.outbox.noneFailed') : t('sdSettings.outbox.none')}
            </p>
          ) : (
            <ul class="sd-outbox-list">
              {items.map((m) => (
                <li key={m.id} class="card" data-testid="sd-outbox-item" data-status={m.status} data-id={m.id}>
                  <p class="card__title">
                    <strong class={`tag tag--${outboxStatusColour(m.status)}`} data-testid="sd-outbox-item-status">
                      {outboxStatusLabel(m.status, i18n)}
                    </strong>{' '}
                    <span class="sd-outbox-subject">{m.subject ?? `#${m.id}`}</span>
                  </p>
                  <dl class="facts card__facts">
                    <div>
                      <dt>{t('sdSettings.outbox.recipient')}</dt>
                      <dd class="sd-outbox-recipient">{m.recipient ?? '—'}</dd>
                    </div>
                    {m.ticket && (
                      <div>
                        <dt>{t('sdSettings.outbox.ticket')}</dt>
                        <dd>
                          <a class="link" href={`/tiket/${m.ticket.id}`}>
                            {m.ticket.number}
                          </a>
                        </dd>
                      </div>
                    )}
                    <div>
                      <dt>{t('sdSettings.outbox.queuedAt')}</dt>
                      <dd>{when(m.created_at)}</dd>
                    </div>
                    {m.sent_at && (
                      <div>
                        <dt>{t('sdSettings.outbox.sentAt')}</dt>
                        <dd>{when(m.sent_at)}</dd>
                      </div>
                    )}
                    {m.attempts !== undefined && (
                      <div>
                        <dt>{t('sdSettings.outbox.attempts')}</dt>
                        <dd>{m.attempts}</dd>
                      </div>
                    )}
                    {m.last_error && (
                      <div>
                        <dt>{t('sdSettings.outbox.error')}</dt>
                        <dd class="sd-outbox-error" data-testid="sd-outbox-item-error">
                          {m.last_error}
                        </dd>
                      </div>
                    )}
                  </dl>
                  {m.status === 'failed' && (
                    <button type="button" class="button button--secondary" disabled={busy !== null} onClick={() => void retry(m)} data-testid="sd-outbox-retry">
                      {t('sdSettings.outbox.retry')}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          )
        }
      </PagedListView>
    </section>
  );
}

// "Lampiran": files added to a ticket (a screenshot of the error, a letter), each
// with its size, when it was added and a link to download it. The file is uploaded
// first (FileField), then attached to the ticket by its SHA-256.
import { useState } from 'preact/hooks';
import type { StoredFile } from '../../api/files';
import { addTicketAttachment, fileDownloadPath } from '../../api/tickets';
import type { Ticket } from '../../api/ticketTypes';
import { formatDateTime } from '../../format/dateTime';
import { formatFileSize } from '../../format/fileSize';
import { fieldErrors } from '../../forms/formErrors';
import { useRegionDetail } from '../../hooks/useRegionDetail';
import { useSendForm } from '../../hooks/useSendForm';
import { useI18n, type I18n } from '../../i18n/useI18n';
import { ErrorSummary } from '../ErrorSummary';
import { FileField } from '../form/FileField';

const FILE_ID = 'sd-attachment-file';

interface Props {
  ticket: Ticket;
  mayWrite: boolean;
  onAdded: () => void;
}

export function TicketAttachments({ ticket, mayWrite, onAdded }: Props) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const zone = useRegionDetail()?.time_zone;
  const [file, setFile] = useState<StoredFile | null>(null);
  const [round, setRound] = useState(0); // a fresh file field after each attachment
  const { errors, focusKey, sending, send } = useSendForm({ sha256: FILE_ID });

  const submit = send({
    check: ({ t }: I18n) => fieldErrors([[FILE_ID, file ? null : t('ticket.error.fileMissing')]]),
    request: () => addTicketAttachment(ticket.id, file!.sha256),
    onSent: () => {
      setFile(null);
      setRound((n) => n + 1);
      onAdded();
    },
  });

  return (
    <section class="section" aria-labelledby="sd-attachments-title" data-testid="sd-attachments">
      <h2 class="heading-l" id="sd-attachments-title">
        {t('ticket.attachmentsTitle')}
        <span class="heading-count"> ({ticket.attachments.length})</span>
      </h2>
      {ticket.attachments.length === 0 ? (
        <p class="body secondary" data-testid="sd-attachments-empty">
          {t('ticket.attachmentsNone')}
        </p>
      ) : (
        <ul class="list sd-attachments">
          {ticket.attachments.map((a) => (
            <li key={a.id} data-testid="sd-attachment">
              <a href={fileDownloadPath(a.sha256)} download={a.name} data-testid="sd-attachment-link">
                {a.name}
              </a>{' '}
              <span class="secondary">
                ({formatFileSize(a.size_bytes, lang)} · {formatDateTime(a.added_at, lang, zone)})
              </span>
            </li>
          ))}
        </ul>
      )}
      {mayWrite && (
        <form class="form" onSubmit={submit} noValidate data-testid="sd-attachment-form">
          <ErrorSummary items={errors.summary} focusKey={focusKey} />
          <FileField key={round} id={FILE_ID} label={t('ticket.attachmentFile')} hint={t('ticket.attachmentHint')} value={file} onChange={setFile} error={errors.fields[FILE_ID]} />
          <div class="button-group">
            <button type="submit" class="button button--secondary" disabled={sending} data-testid="sd-attachment-submit">
              {t('ticket.attachmentSubmit')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}

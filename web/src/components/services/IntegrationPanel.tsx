// "Koordinasi integrasi layanan": a service run by several agencies is
// coordinated with the ICT office (Madiun Pasal 30 ayat (3)); only the superadmin
// records it. Operators are told who does it; a refusal (403 citing the article,
// 409) is shown in plain words, 412 as a conflict.
import { useState } from 'preact/hooks';
import { coordinateIntegration } from '../../api/services';
import type { Service } from '../../api/serviceTypes';
import { formatDateTime } from '../../format/dateTime';
import { useSendForm } from '../../hooks/useSendForm';
import { useI18n } from '../../i18n/useI18n';
import { ConflictBox } from '../ConflictBox';
import { ErrorSummary } from '../ErrorSummary';
import { TextArea } from '../form/TextArea';
import type { ServiceAccess } from './useServiceAccess';

const NOTE_ID = 'svc-coordinate-note';

interface Props {
  service: Service;
  etag: string;
  access: ServiceAccess;
  zone?: string;
  onDone: (service: Service, etag?: string) => void;
  onStale: () => void;
}

export function IntegrationPanel({ service, etag, access, zone, onDone, onStale }: Props) {
  const { t, lang } = useI18n();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const { errors, focusKey, sending, conflict, send } = useSendForm({ note: NOTE_ID });
  const citation = service.integration_citation ?? '';
  const state = service.integration_status;

  const submit = send({
    request: () => coordinateIntegration(service.id, etag, note.trim()),
    onSent: (saved, savedEtag) => {
      setOpen(false);
      setNote('');
      onDone(saved, savedEtag);
    },
    explain: (error, shown, wording) => (error.status === 403 ? { ...shown, summary: [{ text: wording.t('svc.forbiddenCoordinate') }, ...shown.summary] } : shown),
  });

  return (
    <section class="section panel" aria-labelledby="svc-integration-title" data-testid="svc-integration">
      <h2 class="heading-m" id="svc-integration-title">
        {t('svc.integrationTitle')}
      </h2>
      {state === 'none' && (
        <p class="body" data-testid="svc-integration-state">
          {t('svc.integrationNone')}
        </p>
      )}
      {state === 'coordinated' && (
        <p class="body" data-testid="svc-integration-state">
          {t('svc.integrationDone', { user: service.integration_coordinated_by ?? '—', at: service.integration_coordinated_at ? formatDateTime(service.integration_coordinated_at, lang, zone) : '—' })}
          {service.integration_note && <span class="cell-note">{service.integration_note}</span>}
        </p>
      )}
      {state === 'awaiting_coordination' && (
        <>
          <p class="body" data-testid="svc-integration-state">
            {t('svc.integrationAwaiting', { citation })}
          </p>
          {conflict && <ConflictBox onReload={onStale} testId="svc-integration-conflict" />}
          <ErrorSummary items={errors.summary} focusKey={focusKey} testId="svc-integration-error" />
          {access.superadmin ? (
            open ? (
              <form class="form" noValidate onSubmit={submit} data-testid="svc-coordinate-form">
                <TextArea id={NOTE_ID} label={t('svc.coordinateNote')} hint={t('svc.coordinateNoteHint')} value={note} onInput={setNote} error={errors.fields[NOTE_ID]} />
                <div class="button-group">
                  <button type="submit" class="button" disabled={sending} data-testid="svc-coordinate-submit">
                    {t('svc.coordinateSubmit')}
                  </button>
                  <button type="button" class="link-button" onClick={() => setOpen(false)}>
                    {t('common.cancel')}
                  </button>
                </div>
              </form>
            ) : (
              <p class="body">
                <button type="button" class="button button--secondary" onClick={() => setOpen(true)} data-testid="svc-coordinate">
                  {t('svc.coordinate')}
                </button>
              </p>
            )
          ) : (
            <p class="body secondary" data-testid="svc-integration-only-ict">
              {t('svc.integrationOnlyIct', { citation })}
            </p>
          )}
        </>
      )}
    </section>
  );
}

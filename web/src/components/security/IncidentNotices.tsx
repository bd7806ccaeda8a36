// The two notices an incident needs (Kendari Pasal 14 ayat (8)): the report to
// the ICT office and the written notice to the data owner (walidata; required
// when the incident is a serious disruption or touches a dataset). Each shows
// whether it is required, its due time in the region's zone, its state in plain
// words ("belum dikirim, lewat batas 26 jam") and, once sent, when, with the note
// and letter. The agency (or the ICT office) records a notice that was sent.
import { useState } from 'preact/hooks';
import type { StoredFile } from '../../api/files';
import { recordNotice } from '../../api/security';
import { NOTICE_KINDS, type Incident, type NoticeKind } from '../../api/securityTypes';
import { formatDateTime } from '../../format/dateTime';
import { fieldErrors } from '../../forms/formErrors';
import { useRegionDetail } from '../../hooks/useRegionDetail';
import { useSendForm } from '../../hooks/useSendForm';
import { useI18n, type I18n } from '../../i18n/useI18n';
import { ErrorSummary } from '../ErrorSummary';
import { FormPanel } from '../FormPanel';
import { SavedNotice } from '../SavedNotice';
import { FileField } from '../form/FileField';
import { SaveCancelButtons } from '../form/SaveCancelButtons';
import { TextArea } from '../form/TextArea';
import { MomentFields, momentError } from './IncidentFields';
import { NoticeLine } from './NoticeLine';
import { noticeName } from './labels';
import { instantOf, isTimeOfDay, partsOf } from './when';

interface Props {
  incident: Incident;
  mayRecord: boolean;
  onChanged: (incident: Incident, etag?: string) => void;
}

export function IncidentNotices({ incident, mayRecord, onChanged }: Props) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const zone = useRegionDetail()?.time_zone;
  const [recording, setRecording] = useState<NoticeKind | null>(null);
  const [done, setDone] = useState<string | null>(null);
  return (
    <section class="section" aria-labelledby="sec-notices-title" data-testid="sec-notices">
      <h2 class="heading-l" id="sec-notices-title">
        {t('security.noticesTitle')}
      </h2>
      <p class="body">{t('security.noticesIntro')}</p>
      {done && <SavedNotice testId="sec-notice-done" text={done} />}
      <ul class="sec-notice-list">
        {NOTICE_KINDS.map((kind) => {
          const n = incident.notices[kind];
          const cited = incident.citations[kind];
          return (
            <li key={kind} class={`sec-notice-list__item sec-notice-list__item--${n.state}`} data-testid={`sec-notice-card-${kind}`} data-state={n.state}>
              <h3 class="heading-s">{noticeName(kind, i18n)}</h3>
              <p class="body">
                <NoticeLine kind={kind} notice={n} />
              </p>
              <dl class="facts">
                <div>
                  <dt>{t('security.noticeRequired')}</dt>
                  <dd data-testid={`sec-notice-required-${kind}`}>{n.required ? t('security.yes') : kind === 'data_owner' ? t('security.dataOwnerNotRequired') : t('security.no')}</dd>
                </div>
                {n.due_at && (
                  <div>
                    <dt>{t('security.noticeDue')}</dt>
                    <dd data-testid={`sec-notice-due-${kind}`}>{formatDateTime(n.due_at, lang, zone)}</dd>
                  </div>
                )}
                {n.sent_at && (
                  <div>
                    <dt>{t('security.noticeSent')}</dt>
                    <dd data-testid={`sec-notice-sent-${kind}`}>{formatDateTime(n.sent_at, lang, zone)}</dd>
                  </div>
                )}
                {n.note && (
                  <div>
                    <dt>{t('security.noticeNote')}</dt>
                    <dd class="sec-text">{n.note}</dd>
                  </div>
                )}
                {n.sha256 && (
                  <div>
                    <dt>{t('security.noticeLetter')}</dt>
                    <dd>
                      <a class="link" href={`/api/v1/files/${n.sha256}`}>
                        {t('security.noticeLetterDownload')}
                      </a>
                    </dd>
                  </div>
                )}
              </dl>
              {cited && (
                <p class="body secondary" data-testid={`sec-notice-citation-${kind}`}>
                  {t('security.basedOn', { citation: cited.citation })}
                </p>
              )}
              {mayRecord && !n.sent_at && n.state !== 'not_required' && incident.stage !== 'closed' &&
                (recording === kind ? (
                  <NoticeForm
                    incident={incident}
                    kind={kind}
                    onClose={() => setRecording(null)}
                    onSaved={(next, etag) => {
                      setRecording(null);
                      setDone(t('security.noticeRecorded', { name: noticeName(kind, i18n) }));
                      onChanged(next, etag);
                    }}
                  />
                ) : (
                  <p class="body">
                    <button
                      type="button"
                      class="button button--secondary"
                      onClick={() => {
                        setDone(null);
                        setRecording(kind);
                      }}
                      data-testid={`sec-notice-record-${kind}`}
                    >
                      {t('security.noticeRecord')}
                      <span class="visually-hidden"> {noticeName(kind, i18n)}</span>
                    </button>
                  </p>
                ))}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

const IDS = { sent_at: 'sec-notice-date', sent_time: 'sec-notice-time', note: 'sec-notice-note', sha256: 'sec-notice-file' };

function NoticeForm({ incident, kind, onClose, onSaved }: { incident: Incident; kind: NoticeKind; onClose: () => void; onSaved: (incident: Incident, etag?: string) => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const zone = useRegionDetail()?.time_zone;
  const now = partsOf(new Date(), zone);
  const [date, setDate] = useState(now.date);
  const [time, setTime] = useState(now.time);
  const [note, setNote] = useState('');
  const [file, setFile] = useState<StoredFile | null>(null);
  const { errors, focusKey, sending, send } = useSendForm(IDS);
  const sentAt = () => instantOf(date, time, zone);
  const submit = send({
    check: (wording: I18n) => {
      const when = sentAt();
      const { t } = wording;
      return fieldErrors([
        [IDS.sent_at, momentError(date, time, zone, wording) ?? (when && Date.parse(when) < Date.parse(incident.detected_at) ? t('security.error.beforeDetected') : null)],
        [IDS.sent_time, isTimeOfDay(time) ? null : t('security.error.timeInvalid')],
      ]);
    },
    request: () => recordNotice(incident.id, { kind, sent_at: sentAt()!, ...(note.trim() ? { note: note.trim() } : {}), ...(file ? { sha256: file.sha256 } : {}) }),
    onSent: (next, etag) => onSaved(next, etag),
  });
  return (
    <FormPanel title={t('security.noticeRecordTitle', { name: noticeName(kind, i18n) })} testId="sec-notice-form-panel">
      <form class="form" onSubmit={submit} noValidate data-testid="sec-notice-form">
        <ErrorSummary items={errors.summary} focusKey={focusKey} />
        <MomentFields legend={t('security.noticeSent')} dateId={IDS.sent_at} timeId={IDS.sent_time} date={date} time={time} onDate={setDate} onTime={setTime} errors={errors.fields} />
        <TextArea id={IDS.note} label={t('security.noticeNoteOptional')} hint={t('security.noticeNoteHint')} value={note} onInput={setNote} error={errors.fields[IDS.note]} />
        {kind === 'data_owner' && <FileField id={IDS.sha256} label={t('security.noticeLetterOptional')} hint={t('security.noticeLetterHint')} value={file} onChange={setFile} error={errors.fields[IDS.sha256]} />}
        <SaveCancelButtons saveLabel={t('security.noticeSave')} saveTestId="sec-notice-save" saving={sending} cancelTestId="sec-notice-cancel" onCancel={onClose} />
      </form>
    </FormPanel>
  );
}

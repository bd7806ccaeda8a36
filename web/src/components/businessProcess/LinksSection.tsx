// "Keterkaitan": how this process connects with others, said from its own side
// ("menerima masukan dari", "memberi keluaran ke", "berbagi langkah dengan"),
// whichever side recorded the link. The owner of a process (or the organisation
// bureau, which coordinates the integration, Kendari Pasal 9 ayat (3)) links it
// to another process; either side, or the bureau, may remove a link. The other
// side need not accept: the link shows on its process and in its history.
import { useState } from 'preact/hooks';
import type { ApiError } from '../../api/client';
import { addProcessLink, listBusinessProcesses, processPagePath, removeProcessLink } from '../../api/businessProcesses';
import { LINK_KINDS, type BusinessProcess, type ProcessLink } from '../../api/businessProcessTypes';
import { formatDateTime } from '../../format/dateTime';
import { linkPhrase, processStatusColour, processStatusLabel } from '../../format/businessProcess';
import { apiFormErrors, fieldErrors, hasErrors } from '../../forms/formErrors';
import { useFormErrors } from '../../forms/useFormErrors';
import { useLoad } from '../../hooks/useLoad';
import type { MessageKey } from '../../i18n/messages';
import { useI18n, type I18n } from '../../i18n/useI18n';
import { ErrorBox } from '../ErrorBox';
import { ErrorSummary } from '../ErrorSummary';
import { FormPanel } from '../FormPanel';
import { LoadView } from '../LoadView';
import { OpenFormButton } from '../OpenFormButton';
import { SavedNotice } from '../SavedNotice';
import { RadioGroup } from '../form/RadioGroup';
import { SaveCancelButtons } from '../form/SaveCancelButtons';
import { SelectField } from '../form/SelectField';
import { TextArea } from '../form/TextArea';
import type { ProcessAccess } from './useProcessAccess';

const IDS = { to_process_id: 'bp-link-to', kind: 'bp-link-kind', note: 'bp-link-note' };

interface Props {
  process: BusinessProcess;
  access: ProcessAccess;
  zone?: string;
  onChanged: () => void; // the links changed: load the process again
}

export function LinksSection({ process, access, zone, onChanged }: Props) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const links = process.links ?? [];
  const [adding, setAdding] = useState(false);
  const [done, setDone] = useState<MessageKey | null>(null);
  const [confirming, setConfirming] = useState<number | null>(null);
  const [removing, setRemoving] = useState(false);
  const [removeError, setRemoveError] = useState<ApiError | null>(null);
  const mayLink = access.mayLinkFrom(process.agency_id);

  const mayRemove = (l: ProcessLink) => {
    const other = l.other?.agency_id ?? null;
    return l.direction === 'out' ? access.mayUnlink(process.agency_id, other) : access.mayUnlink(other, process.agency_id);
  };

  const remove = async (l: ProcessLink) => {
    if (removing) return;
    setRemoving(true);
    const answer = await removeProcessLink(l.id);
    setRemoving(false);
    if (!answer.ok) {
      setRemoveError(answer.error);
      return;
    }
    setRemoveError(null);
    setConfirming(null);
    setDone('businessProcess.linkRemoved');
    onChanged();
  };

  return (
    <section class="section" aria-labelledby="bp-links-title" data-testid="bp-links">
      <h2 class="heading-l" id="bp-links-title">
        {t('businessProcess.linksTitle')}
        <span class="heading-count"> ({links.length})</span>
      </h2>
      <p class="body">{t('businessProcess.linksIntro')}</p>
      {done && <SavedNotice testId="bp-link-done" text={t(done)} />}
      {removeError && <ErrorBox error={removeError} onRetry={() => setRemoveError(null)} />}
      {links.length === 0 ? (
        <p class="body secondary" data-testid="bp-links-empty">
          {t('businessProcess.linksNone')}
        </p>
      ) : (
        <ul class="bp-link-list" data-testid="bp-link-list">
          {links.map((l) => (
            <li key={l.id} class="bp-link-list__item" data-testid="bp-link" data-link-id={l.id} data-direction={l.direction}>
              <p class="body">
                <span data-testid="bp-link-phrase">{t('businessProcess.linkThis', { phrase: linkPhrase(l.kind, l.direction, i18n) })}</span>{' '}
                {l.other ? (
                  <>
                    <a class="link" href={processPagePath(l.other.id)} data-testid="bp-link-other">
                      {l.other.code} — {l.other.name}
                    </a>{' '}
                    ({l.other.agency_short_name}){' '}
                    <strong class={`tag tag--${processStatusColour(l.other.status)}`}>{processStatusLabel(l.other.status, i18n)}</strong>
                  </>
                ) : (
                  <span class="secondary">{t('businessProcess.linkOtherUnknown')}</span>
                )}
              </p>
              {l.note && (
                <p class="body bp-link-note" data-testid="bp-link-note">
                  {l.note}
                </p>
              )}
              <p class="body secondary bp-link-meta">
                {l.direction === 'in' ? t('businessProcess.linkRecordedByOther', { user: l.created_by }) : t('businessProcess.linkRecordedBy', { user: l.created_by })}
                {' · '}
                {formatDateTime(l.created_at, lang, zone)}
              </p>
              {mayRemove(l) &&
                (confirming === l.id ? (
                  <div class="confirm" role="alert" data-testid="bp-link-remove-confirm">
                    <p class="body">{t('businessProcess.linkRemoveQuestion')}</p>
                    <div class="button-group">
                      <button type="button" class="button button--warning" disabled={removing} onClick={() => void remove(l)} data-testid="bp-link-remove-yes">
                        {t('businessProcess.linkRemoveYes')}
                      </button>
                      <button type="button" class="link-button" onClick={() => setConfirming(null)}>
                        {t('common.cancel')}
                      </button>
                    </div>
                  </div>
                ) : (
                  <p class="body">
                    <button
                      type="button"
                      class="link-button link-button--danger"
                      onClick={() => {
                        setDone(null);
                        setRemoveError(null);
                        setConfirming(l.id);
                      }}
                      data-testid="bp-link-remove"
                    >
                      {t('businessProcess.linkRemove')}
                      <span class="visually-hidden"> {l.other?.code ?? ''}</span>
                    </button>
                  </p>
                ))}
            </li>
          ))}
        </ul>
      )}
      {mayLink &&
        (adding ? (
          <LinkForm
            process={process}
            onClose={() => setAdding(false)}
            onAdded={() => {
              setAdding(false);
              setDone('businessProcess.linkAdded');
              onChanged();
            }}
          />
        ) : (
          <OpenFormButton
            label={t('businessProcess.linkAdd')}
            testId="bp-link-add"
            onClick={() => {
              setDone(null);
              setAdding(true);
            }}
          />
        ))}
    </section>
  );
}

function LinkForm({ process, onClose, onAdded }: { process: BusinessProcess; onClose: () => void; onAdded: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const others = useLoad((signal) => listBusinessProcesses({}, { signal }));
  const [to, setTo] = useState('');
  const [kind, setKind] = useState('');
  const [note, setNote] = useState('');
  const [sending, setSending] = useState(false);
  const { errors, focusKey, show, clear } = useFormErrors();

  const submit = async (event: Event) => {
    event.preventDefault();
    if (sending) return;
    const found = ({ t }: I18n) =>
      fieldErrors([
        [IDS.to_process_id, to ? null : t('businessProcess.error.linkProcessMissing')],
        [IDS.kind, kind ? null : t('businessProcess.error.linkKindMissing')],
      ]);
    if (hasErrors(found(i18n))) {
      show(found);
      return;
    }
    setSending(true);
    const answer = await addProcessLink(process.id, { to_process_id: Number(to), kind, ...(note.trim() ? { note: note.trim() } : {}) });
    setSending(false);
    if (!answer.ok) {
      const error = answer.error;
      // The same connection twice (409): said beside the process chosen.
      show((wording) => {
        const shown = apiFormErrors(error, wording, IDS);
        return error.status === 409
          ? { summary: shown.summary.map((s) => ({ ...s, fieldId: IDS.to_process_id })), fields: { [IDS.to_process_id]: shown.summary[0]?.text ?? '' } }
          : shown;
      });
      return;
    }
    clear();
    onAdded();
  };

  return (
    <FormPanel title={t('businessProcess.linkAddTitle', { code: process.code })} testId="bp-link-form-panel">
      <LoadView loaded={others}>
        {({ items }) => (
          <form class="form" onSubmit={submit} noValidate data-testid="bp-link-form">
            <ErrorSummary items={errors.summary} focusKey={focusKey} />
            <SelectField
              id={IDS.to_process_id}
              label={t('businessProcess.linkOther')}
              hint={t('businessProcess.linkOtherHint')}
              value={to}
              onChange={setTo}
              options={[
                { value: '', label: t('businessProcess.linkChooseProcess') },
                ...items.filter((p) => p.id !== process.id).map((p) => ({ value: String(p.id), label: `${p.agency_short_name} · ${p.code} — ${p.name}` })),
              ]}
              error={errors.fields[IDS.to_process_id]}
            />
            <RadioGroup
              id={IDS.kind}
              legend={t('businessProcess.linkKind', { code: process.code })}
              value={kind}
              onChange={setKind}
              options={LINK_KINDS.map((k) => ({ value: k, label: linkPhrase(k, 'out', i18n) }))}
              error={errors.fields[IDS.kind]}
            />
            <TextArea id={IDS.note} label={t('businessProcess.linkNoteOptional')} hint={t('businessProcess.linkNoteHint')} value={note} onInput={setNote} error={errors.fields[IDS.note]} />
            <SaveCancelButtons saveLabel={t('businessProcess.linkSave')} saveTestId="bp-link-save" saving={sending} cancelTestId="bp-link-cancel" onCancel={onClose} />
          </form>
        )}
      </LoadView>
    </FormPanel>
  );
}

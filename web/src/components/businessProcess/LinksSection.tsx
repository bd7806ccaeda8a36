// "Keterkaitan": how this process connects with others, said from its own side
// ("menerima masukan dari", "memberi keluaran ke", "berbagi langkah dengan"),
// whichever side recorded the link. The owner of a process (or the organisation
// bureau, which coordinates the integration, Kendari Pasal 9 ayat (3)) links it
// to another process; either side, or the bureau, may remove a link. The other
// side need not accept: the link shows on its process and in its history.
import { useState } from 'preact/hooks';
import { addProcessLink, listBusinessProcesses, processPagePath, removeProcessLink } from '../../api/businessProcesses';
import { LINK_KINDS, type BusinessProcess, type ProcessLink } from '../../api/businessProcessTypes';
import { formatDateTime } from '../../format/dateTime';
import { linkPhrase, processStatusColour, processStatusLabel } from '../../format/businessProcess';
import { apiFormErrors, fieldErrors, hasErrors } from '../../forms/formErrors';
import { useFormErrors } from '../../forms/useFormErrors';
import { useLoad } from '../../hooks/useLoad';
import type { MessageKey } from '../../i18n/messages';
import { useI18n, type I18n } from '../../i18n/useI18n';
import { ErrorSummary } from '../ErrorSummary';
import { FormPanel } from '../FormPanel';
import { LoadView } from '../LoadView';
import { LinkList } from '../LinkList';
import { RemoveWithConfirm, useConfirmRemove } from '../RemoveWithConfirm';
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
  const [done, setDone] = useState<MessageKey | null>(null);
  const mayLink = access.mayLinkFrom(process.agency_id);

  const mayRemove = (l: ProcessLink) => {
    const other = l.other?.agency_id ?? null;
    return l.direction === 'out' ? access.mayUnlink(process.agency_id, other) : access.mayUnlink(other, process.agency_id);
  };

  const removal = useConfirmRemove((l: ProcessLink) => removeProcessLink(l.id), () => {
    setDone('businessProcess.linkRemoved');
    onChanged();
  });

  return (
    <LinkList
      prefix="bp"
      title={t('businessProcess.linksTitle')}
      intro={t('businessProcess.linksIntro')}
      count={links.length}
      emptyText={t('businessProcess.linksNone')}
      done={done && t(done)}
      removal={removal}
      mayAdd={mayLink}
      addLabel={t('businessProcess.linkAdd')}
      onOpen={() => setDone(null)}
      form={(close) => (
        <LinkForm
          process={process}
          onClose={close}
          onAdded={() => {
            close();
            setDone('businessProcess.linkAdded');
            onChanged();
          }}
        />
      )}
    >
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
          {mayRemove(l) && (
            <RemoveWithConfirm
              state={removal}
              item={l}
              testId="bp-link-remove"
              label={t('businessProcess.linkRemove')}
              hiddenName={l.other?.code ?? ''}
              question={t('businessProcess.linkRemoveQuestion')}
              yesLabel={t('businessProcess.linkRemoveYes')}
              onAsk={() => setDone(null)}
            />
          )}
        </li>
      ))}
    </LinkList>
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

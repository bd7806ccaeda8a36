// "Alih pengetahuan": the sessions and handovers in which the article's knowledge was passed on
// (Madiun Pasal 37 ayat (2) huruf e): when, to whom, how many took part, the agencies and the
// file (attendance list, slides). Whoever keeps the article records one (the file is uploaded
// at once through FileField) and removes one after a confirmation.
import { useState } from 'preact/hooks';
import { addTransfer, removeTransfer, type TransferInput } from '../../api/knowledge';
import { TRANSFER_KINDS, type Article, type Transfer } from '../../api/knowledgeTypes';
import type { StoredFile } from '../../api/files';
import { formatDay, todayInZone } from '../../format/dateTime';
import { fieldErrors } from '../../forms/formErrors';
import { useAgencies } from '../../hooks/useAgencies';
import { useDraft } from '../../hooks/useDraft';
import { useSendForm } from '../../hooks/useSendForm';
import { useI18n, type I18n } from '../../i18n/useI18n';
import { ErrorBox } from '../ErrorBox';
import { ErrorSummary } from '../ErrorSummary';
import { FormPanel } from '../FormPanel';
import { OpenFormButton } from '../OpenFormButton';
import { RemoveWithConfirm, useConfirmRemove } from '../RemoveWithConfirm';
import { SavedNotice } from '../SavedNotice';
import { CheckboxGroup } from '../form/CheckboxGroup';
import { FileField } from '../form/FileField';
import { RadioGroup } from '../form/RadioGroup';
import { SaveCancelButtons } from '../form/SaveCancelButtons';
import { TextArea } from '../form/TextArea';
import { TextField } from '../form/TextField';
import { transferKindLabel } from './labels';

const IDS: Record<string, string> = {
  kind: 'kb-tr-kind',
  held_on: 'kb-tr-held-on',
  title: 'kb-tr-title',
  audience: 'kb-tr-audience',
  agency_ids: 'kb-tr-agencies',
  participants: 'kb-tr-participants',
  sha256: 'kb-tr-file',
  notes: 'kb-tr-notes',
};

interface Props {
  article: Article;
  mayEdit: boolean;
  zone?: string;
  onChanged: () => void;
}

export function TransfersSection({ article, mayEdit, zone, onChanged }: Props) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const [adding, setAdding] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const removal = useConfirmRemove((tr: Transfer) => removeTransfer(article.id, tr.id), () => {
    setDone(t('knowledge.transferRemoved'));
    onChanged();
  });

  return (
    <section class="section" aria-labelledby="kb-transfers-title" data-testid="kb-transfers">
      <h2 class="heading-l" id="kb-transfers-title">
        {t('knowledge.transfersTitle')}
        <span class="heading-count"> ({article.transfers.length})</span>
      </h2>
      <p class="body">{t('knowledge.transfersIntro')}</p>
      {done && <SavedNotice testId="kb-transfer-done" text={done} />}
      {removal.error && <ErrorBox error={removal.error} onRetry={removal.dismissError} />}
      {article.transfers.length === 0 ? (
        <p class="body secondary" data-testid="kb-transfers-none">
          {t('knowledge.transfersNone')}
        </p>
      ) : (
        <ul class="kb-transfers">
          {article.transfers.map((tr) => (
            <li key={tr.id} class="kb-transfers__item" data-testid="kb-transfer" data-transfer-id={tr.id}>
              <p class="body">
                <strong data-testid="kb-transfer-title">{tr.title}</strong>
                <span class="cell-note" data-testid="kb-transfer-when">
                  {transferKindLabel(tr.kind, i18n)} · {formatDay(tr.held_on, lang)} · {t('knowledge.participantsCount', { n: tr.participants })}
                </span>
                <span class="cell-note kb-text">
                  {t('knowledge.transferAudience')}: {tr.audience}
                  {tr.agencies.length > 0 && ` (${tr.agencies.map((a) => a.short_name).join(', ')})`}
                </span>
                {tr.notes && <span class="cell-note kb-text">{tr.notes}</span>}
                {tr.file && (
                  <span class="cell-note">
                    <a class="link" href={`/api/v1/files/${tr.file.sha256}`} download={tr.file.name} data-testid="kb-transfer-file">
                      {tr.file.name}
                    </a>
                  </span>
                )}
              </p>
              {mayEdit && (
                <RemoveWithConfirm
                  state={removal}
                  item={tr}
                  testId="kb-transfer-remove"
                  label={t('knowledge.transferRemove')}
                  hiddenName={tr.title}
                  question={t('knowledge.transferRemoveQuestion')}
                  yesLabel={t('knowledge.transferRemoveYes')}
                  onAsk={() => setDone(null)}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {mayEdit &&
        (adding ? (
          <TransferForm
            article={article}
            zone={zone}
            onClose={() => setAdding(false)}
            onAdded={() => {
              setAdding(false);
              setDone(t('knowledge.transferAdded'));
              onChanged();
            }}
          />
        ) : (
          <OpenFormButton
            label={t('knowledge.transferAdd')}
            testId="kb-transfer-add"
            onClick={() => {
              setDone(null);
              setAdding(true);
            }}
          />
        ))}
    </section>
  );
}

function TransferForm({ article, zone, onClose, onAdded }: { article: Article; zone?: string; onClose: () => void; onAdded: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { agencies } = useAgencies();
  const empty = { kind: 'session', held_on: todayInZone(zone), title: '', audience: '', agency_ids: [] as string[], participants: '', notes: '', file: null as StoredFile | null };
  const [draft, update, reset] = useDraft(`knowledge.transfer.${article.id}`, empty);
  const { errors, focusKey, sending, send } = useSendForm(IDS);
  const err = (field: string) => errors.fields[IDS[field]!];
  const today = todayInZone(zone);

  const check = ({ t }: I18n) => {
    const title = draft.title.trim();
    const participants = draft.participants.trim();
    return fieldErrors([
      [IDS.held_on!, !/^\d{4}-\d{2}-\d{2}$/.test(draft.held_on) ? t('knowledge.error.heldOnMissing') : draft.held_on > today ? t('knowledge.error.heldOnFuture') : null],
      [IDS.title!, !title ? t('knowledge.error.transferTitleMissing') : title.length < 3 || title.length > 200 ? t('knowledge.error.titleLength') : null],
      [IDS.audience!, !draft.audience.trim() ? t('knowledge.error.audienceMissing') : draft.audience.length > 500 ? t('knowledge.error.summaryLength') : null],
      [IDS.participants!, !/^\d{1,6}$/.test(participants) || Number(participants) > 100000 ? t('knowledge.error.participantsInvalid') : null],
      [IDS.notes!, draft.notes.length > 5000 ? t('knowledge.error.longText') : null],
    ]);
  };
  const input = (): TransferInput => ({
    kind: draft.kind,
    held_on: draft.held_on,
    title: draft.title.trim(),
    audience: draft.audience.trim(),
    participants: Number(draft.participants.trim()),
    ...(draft.agency_ids.length ? { agency_ids: draft.agency_ids.map(Number) } : {}),
    ...(draft.file ? { sha256: draft.file.sha256 } : {}),
    ...(draft.notes.trim() ? { notes: draft.notes.trim() } : {}),
  });
  const submit = send({
    check,
    request: () => addTransfer(article.id, input()),
    onSent: () => {
      reset();
      onAdded();
    },
    explain: (error, shown, wording) => (error.status === 403 ? { ...shown, summary: [{ text: wording.t('knowledge.forbiddenEdit') }, ...shown.summary] } : shown),
  });

  return (
    <FormPanel title={t('knowledge.transferAddTitle')} testId="kb-transfer-form-panel">
      <form class="form" onSubmit={submit} noValidate data-testid="kb-transfer-form">
        <ErrorSummary items={errors.summary} focusKey={focusKey} />
        <RadioGroup
          id={IDS.kind!}
          legend={t('knowledge.transferKindLabel')}
          value={draft.kind}
          onChange={(kind) => update({ kind })}
          options={TRANSFER_KINDS.map((k) => ({ value: k, label: transferKindLabel(k, i18n) }))}
          error={err('kind')}
        />
        <TextField id={IDS.held_on!} type="date" width="half" label={t('knowledge.heldOn')} value={draft.held_on} onInput={(held_on) => update({ held_on })} error={err('held_on')} inputProps={{ max: today }} />
        <TextField id={IDS.title!} label={t('knowledge.transferTitle')} hint={t('knowledge.transferTitleHint')} value={draft.title} onInput={(title) => update({ title })} error={err('title')} inputProps={{ maxLength: 200 }} />
        <TextField id={IDS.audience!} label={t('knowledge.transferAudience')} hint={t('knowledge.transferAudienceHint')} value={draft.audience} onInput={(audience) => update({ audience })} error={err('audience')} inputProps={{ maxLength: 500 }} />
        <TextField
          id={IDS.participants!}
          width="short"
          label={t('knowledge.participants')}
          value={draft.participants}
          onInput={(participants) => update({ participants })}
          error={err('participants')}
          inputProps={{ inputMode: 'numeric', maxLength: 6 }}
        />
        <details class="details">
          <summary class="details__summary">{t('knowledge.transferAgenciesOptional')}</summary>
          <div class="details__text">
            <CheckboxGroup
              id={IDS.agency_ids!}
              legend={t('knowledge.transferAgencies')}
              values={draft.agency_ids}
              options={agencies.map((a) => ({ value: String(a.id), label: `${a.name} (${a.short_name})` }))}
              onChange={(agency_ids) => update({ agency_ids })}
              error={err('agency_ids')}
            />
          </div>
        </details>
        <FileField id={IDS.sha256!} label={t('knowledge.transferFileOptional')} hint={t('knowledge.transferFileHint')} value={draft.file} onChange={(file) => update({ file })} error={err('sha256')} />
        <TextArea id={IDS.notes!} label={t('knowledge.transferNotesOptional')} value={draft.notes} onInput={(notes) => update({ notes })} error={err('notes')} />
        <SaveCancelButtons
          saveLabel={t('knowledge.transferSave')}
          saveTestId="kb-transfer-save"
          saving={sending}
          cancelTestId="kb-transfer-cancel"
          onCancel={() => {
            reset();
            onClose();
          }}
        />
      </form>
    </FormPanel>
  );
}

// The steps the asset's stage allows (Madiun Pasal 35 ayat (2)), for whoever may change
// it: procure, put in use, start or end maintenance, dispose. A step is chosen, then
// confirmed with its date and a note; disposal needs the reason and the decree
// (it is final: a disposed asset is read-only and offers no steps). Sent with If-Match.
// A refused step is said in plain words, with the regulation's article where the refusal
// rests on one (e.g. the compatibility statement of Kendari Pasal 19 ayat (8), which the
// summary then links to); 412 as a conflict.
import { useState } from 'preact/hooks';
import { takeAssetStep } from '../../api/assets';
import { STEPS_FROM, type Asset, type AssetAction } from '../../api/assetTypes';
import { problemSlug } from '../../api/client';
import { formatDay, todayInZone } from '../../format/dateTime';
import { fieldErrors } from '../../forms/formErrors';
import { useSendForm } from '../../hooks/useSendForm';
import { useI18n, type I18n } from '../../i18n/useI18n';
import { ConflictBox } from '../ConflictBox';
import { ErrorSummary } from '../ErrorSummary';
import { TextArea } from '../form/TextArea';
import { TextField } from '../form/TextField';
import { actionHint, actionLabel, stageLabel } from './labels';

const IDS = { on: 'asset-step-on', note: 'asset-step-note', reason: 'asset-step-reason', decree_reference: 'asset-step-decree' };
export const COMPATIBILITY_OPEN_ID = 'asset-compat-open';

interface Props {
  asset: Asset;
  etag: string;
  zone: string | undefined;
  compatibilityRequired: boolean;
  onDone: (asset: Asset, etag: string | undefined, action: AssetAction) => void;
  onStale: () => void;
}

export function LifecyclePanel({ asset, etag, zone, compatibilityRequired, onDone, onStale }: Props) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const [action, setAction] = useState<AssetAction | null>(null);
  const [on, setOn] = useState('');
  const [note, setNote] = useState('');
  const [reason, setReason] = useState('');
  const [decree, setDecree] = useState('');
  const { errors, focusKey, sending, conflict, send, clear } = useSendForm(IDS);
  const steps = STEPS_FROM[asset.stage] ?? [];
  const today = todayInZone(zone);
  const needsStatement = compatibilityRequired && asset.kind === 'hardware' && !asset.compatibility;

  const choose = (next: AssetAction) => {
    clear();
    setOn(today);
    setNote('');
    setReason('');
    setDecree('');
    setAction(next);
  };

  const confirm = (event: Event) => {
    event.preventDefault();
    if (!action) return;
    const chosen = action;
    void send({
      check: ({ t }: I18n) =>
        fieldErrors([
          [IDS.on, on && on > today ? t('asset.error.stepInFuture') : null],
          [IDS.reason, chosen === 'dispose' && !reason.trim() ? t('asset.error.reasonMissing') : null],
          [IDS.decree_reference, chosen === 'dispose' && !decree.trim() ? t('asset.error.decreeMissing') : null],
        ]),
      request: () =>
        takeAssetStep(
          asset.id,
          {
            action: chosen,
            ...(on ? { on } : {}),
            ...(note.trim() ? { note: note.trim() } : {}),
            ...(chosen === 'dispose' ? { reason: reason.trim(), decree_reference: decree.trim() } : {}),
          },
          etag,
        ),
      onSent: (next, nextEtag) => {
        setAction(null);
        onDone(next, nextEtag, chosen);
      },
      explain: (error, shown, wording) => {
        if (error.status === 403) return { ...shown, summary: [{ text: wording.t('asset.stepForbidden') }, ...shown.summary] };
        // The compatibility gate: the server's words cite the article; the summary points to the statement.
        if (error.status === 409 && problemSlug(error) === 'invalid-transition' && chosen === 'procure' && needsStatement)
          return { ...shown, summary: [...shown.summary, { text: wording.t('asset.compatibilityFirst'), fieldId: COMPATIBILITY_OPEN_ID }] };
        return shown;
      },
    })();
  };

  return (
    <section class="section panel" aria-labelledby="asset-steps-title" data-testid="asset-steps">
      <h2 class="heading-m" id="asset-steps-title">
        {t('asset.stepsTitle')}
      </h2>
      {conflict && <ConflictBox onReload={onStale} testId="asset-step-conflict" />}
      <ErrorSummary items={errors.summary} focusKey={focusKey} testId="asset-step-error" />
      <p class="body">{t('asset.stepsIntro', { stage: stageLabel(asset.stage, i18n), since: formatDay(asset.stage_since, lang) })}</p>
      {needsStatement && steps.includes('procure') && (
        <p class="body" data-testid="asset-compat-needed">
          <strong class="tag tag--yellow">{t('asset.compatibilityNeededTag')}</strong> {t('asset.compatibilityNeeded')}
        </p>
      )}
      {action === null ? (
        <div class="button-group">
          {steps.map((s) => (
            <button key={s} type="button" class={`button${s === 'dispose' ? ' button--warning' : s === 'start_maintenance' ? ' button--secondary' : ''}`} onClick={() => choose(s)} data-testid={`asset-step-${s}`}>
              {actionLabel(s, i18n)}
            </button>
          ))}
        </div>
      ) : (
        <form class="form" noValidate onSubmit={confirm} data-testid="asset-step-form">
          <p class="body" data-testid="asset-step-question">
            <strong>{t('asset.stepQuestion', { action: actionLabel(action, i18n) })}</strong>
          </p>
          <p class="body secondary">{actionHint(action, i18n)}</p>
          {action === 'dispose' && (
            <p class="body" data-testid="asset-dispose-warning">
              <strong class="tag tag--red">{t('common.warning')}</strong> {t('asset.disposeWarning')}
            </p>
          )}
          <TextField id={IDS.on} label={t('asset.stepOn')} hint={t('asset.stepOnHint')} type="date" value={on} onInput={setOn} error={errors.fields[IDS.on]} width="half" inputProps={{ max: today }} />
          {action === 'dispose' && (
            <>
              <TextArea id={IDS.reason} label={t('asset.disposeReason')} hint={t('asset.disposeReasonHint')} value={reason} onInput={setReason} error={errors.fields[IDS.reason]} />
              <TextField
                id={IDS.decree_reference}
                label={t('asset.disposeDecree')}
                hint={t('asset.disposeDecreeHint')}
                value={decree}
                onInput={setDecree}
                error={errors.fields[IDS.decree_reference]}
                autoComplete="off"
                inputProps={{ maxLength: 200 }}
              />
            </>
          )}
          <TextArea id={IDS.note} label={t('asset.stepNoteOptional')} value={note} onInput={setNote} error={errors.fields[IDS.note]} />
          <div class="button-group">
            <button type="submit" class={`button${action === 'dispose' ? ' button--warning' : ''}`} disabled={sending} data-testid="asset-step-confirm">
              {actionLabel(action, i18n)}
            </button>
            <button type="button" class="link-button" onClick={() => setAction(null)} data-testid="asset-step-cancel">
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}

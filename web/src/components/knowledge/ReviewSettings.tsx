// The region's review period for knowledge articles (the ICT office): an article is due for
// review ("perlu ditinjau") this many months after it is published or last reviewed. Shown to
// the ICT office above the list; changed with If-Match (a 412 offers the latest).
import { useState } from 'preact/hooks';
import { getKnowledgeSettings, updateKnowledgeSettings, type KnowledgeSettings } from '../../api/knowledge';
import { fieldErrors } from '../../forms/formErrors';
import { useLoad } from '../../hooks/useLoad';
import { useSendForm } from '../../hooks/useSendForm';
import { useI18n, type I18n } from '../../i18n/useI18n';
import { ConflictBox } from '../ConflictBox';
import { ErrorSummary } from '../ErrorSummary';
import { SavedNotice } from '../SavedNotice';
import { SaveCancelButtons } from '../form/SaveCancelButtons';
import { TextField } from '../form/TextField';

const IDS = { review_months: 'kb-settings-months' };

export function ReviewSettings() {
  const { t } = useI18n();
  const loaded = useLoad((signal) => getKnowledgeSettings({ signal }));
  const [open, setOpen] = useState(false);
  const [months, setMonths] = useState('');
  const [saved, setSaved] = useState(false);
  const { errors, focusKey, sending, conflict, send } = useSendForm(IDS);
  if (loaded.state.phase !== 'ready') return null;
  const settings = loaded.state.data;
  const etag = loaded.state.etag ?? `"${settings.version}"`;

  const submit = send({
    check: ({ t }: I18n) => fieldErrors([[IDS.review_months, /^\d{1,2}$/.test(months.trim()) && Number(months) >= 1 && Number(months) <= 60 ? null : t('knowledge.error.reviewMonths')]]),
    request: () => updateKnowledgeSettings(Number(months.trim()), etag),
    onSent: (next: KnowledgeSettings, nextEtag) => {
      loaded.replace(next, nextEtag);
      setOpen(false);
      setSaved(true);
    },
  });

  return (
    <div class="panel" data-testid="kb-settings">
      <p class="body">
        <strong>{t('knowledge.reviewMonthsLabel')}:</strong> <span data-testid="kb-settings-value">{t('knowledge.reviewMonthsValue', { n: settings.review_months })}</span>
      </p>
      {saved && <SavedNotice testId="kb-settings-saved" text={t('knowledge.reviewMonthsSaved')} />}
      {conflict && <ConflictBox onReload={loaded.reload} testId="kb-settings-conflict" />}
      {open ? (
        <form class="form" onSubmit={submit} noValidate data-testid="kb-settings-form">
          <ErrorSummary items={errors.summary} focusKey={focusKey} />
          <TextField
            id={IDS.review_months}
            width="short"
            label={t('knowledge.reviewMonthsField')}
            hint={t('knowledge.reviewMonthsHint')}
            value={months}
            onInput={setMonths}
            error={errors.fields[IDS.review_months]}
            inputProps={{ inputMode: 'numeric', maxLength: 2 }}
          />
          <SaveCancelButtons saveLabel={t('knowledge.save')} saveTestId="kb-settings-save" saving={sending} cancelTestId="kb-settings-cancel" onCancel={() => setOpen(false)} />
        </form>
      ) : (
        <button
          type="button"
          class="link-button"
          data-testid="kb-settings-open"
          onClick={() => {
            setSaved(false);
            setMonths(String(settings.review_months));
            setOpen(true);
          }}
        >
          {t('knowledge.reviewMonthsChange')}
        </button>
      )}
    </div>
  );
}

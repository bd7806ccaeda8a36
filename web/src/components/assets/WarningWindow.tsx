// "Batas peringatan": how many days before a warranty or licence ends the register warns
// (default 90). Everyone reads it; the ICT office changes it (1-365 days), sent with
// If-Match: a 412 says someone changed it first.
import { useState } from 'preact/hooks';
import { getAssetSettings, updateAssetSettings } from '../../api/assets';
import type { AssetSettings } from '../../api/assetTypes';
import { fieldErrors } from '../../forms/formErrors';
import { useLoad } from '../../hooks/useLoad';
import { useSendForm } from '../../hooks/useSendForm';
import { useI18n, type I18n } from '../../i18n/useI18n';
import { ConflictBox } from '../ConflictBox';
import { ErrorSummary } from '../ErrorSummary';
import { LoadView } from '../LoadView';
import { OpenFormButton } from '../OpenFormButton';
import { SavedNotice } from '../SavedNotice';
import { SaveCancelButtons } from '../form/SaveCancelButtons';
import { TextField } from '../form/TextField';

const IDS = { warning_days: 'asset-settings-days' };

export function WarningWindow({ mayManage }: { mayManage: boolean }) {
  const { t } = useI18n();
  const loaded = useLoad((signal) => getAssetSettings({ signal }));
  return (
    <section class="section" aria-labelledby="asset-settings-title" data-testid="asset-settings">
      <h2 class="heading-l" id="asset-settings-title">
        {t('asset.settings.title')}
      </h2>
      <LoadView loaded={loaded}>
        {(settings, etag) => (
          <WindowView
            settings={settings}
            etag={etag ?? `"${settings.version}"`}
            mayManage={mayManage}
            onSaved={(next, nextEtag) => loaded.replace(next, nextEtag)}
            onStale={loaded.reload}
          />
        )}
      </LoadView>
    </section>
  );
}

interface ViewProps {
  settings: AssetSettings;
  etag: string;
  mayManage: boolean;
  onSaved: (settings: AssetSettings, etag?: string) => void;
  onStale: () => void;
}

function WindowView({ settings, etag, mayManage, onSaved, onStale }: ViewProps) {
  const { t } = useI18n();
  const [editing, setEditing] = useState(false);
  const [done, setDone] = useState(false);
  const [days, setDays] = useState(String(settings.warning_days));
  const { errors, focusKey, sending, conflict, send } = useSendForm(IDS);

  const submit = send({
    check: ({ t }: I18n) => {
      const n = Number(days.trim());
      return fieldErrors([[IDS.warning_days, /^\d{1,3}$/.test(days.trim()) && n >= 1 && n <= 365 ? null : t('asset.error.warningDaysInvalid')]]);
    },
    request: () => updateAssetSettings(Number(days.trim()), etag),
    onSent: (next, nextEtag) => {
      setEditing(false);
      setDone(true);
      onSaved(next, nextEtag);
    },
  });

  return (
    <>
      <p class="body" data-testid="asset-settings-now">
        {t('asset.settings.now', { days: settings.warning_days })}
      </p>
      {done && <SavedNotice testId="asset-settings-done" text={t('asset.settings.saved')} />}
      {mayManage &&
        (editing ? (
          <form class="form panel" onSubmit={submit} noValidate data-testid="asset-settings-form">
            {conflict && <ConflictBox onReload={onStale} testId="asset-settings-conflict" />}
            <ErrorSummary items={errors.summary} focusKey={focusKey} />
            <TextField
              id={IDS.warning_days}
              label={t('asset.settings.days')}
              hint={t('asset.settings.daysHint')}
              value={days}
              onInput={setDays}
              error={errors.fields[IDS.warning_days]}
              width="short"
              inputProps={{ inputMode: 'numeric', maxLength: 3 }}
            />
            <SaveCancelButtons saveLabel={t('asset.settings.save')} saveTestId="asset-settings-save" saving={sending} cancelTestId="asset-settings-cancel" onCancel={() => setEditing(false)} />
          </form>
        ) : (
          <OpenFormButton
            label={t('asset.settings.change')}
            testId="asset-settings-open"
            onClick={() => {
              setDone(false);
              setDays(String(settings.warning_days));
              setEditing(true);
            }}
          />
        ))}
      {!mayManage && (
        <p class="body secondary" data-testid="asset-settings-read-only">
          {t('asset.settings.readOnly')}
        </p>
      )}
    </>
  );
}

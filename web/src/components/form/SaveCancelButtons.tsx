// The end of a form that adds or changes a record: the submit button (disabled
// while saving) and a link-style "Cancel" that closes the form without saving.
import { useI18n } from '../../i18n/useI18n';

interface Props {
  saveLabel: string;
  saveTestId: string;
  saving: boolean;
  cancelTestId: string;
  onCancel: () => void;
}

export function SaveCancelButtons({ saveLabel, saveTestId, saving, cancelTestId, onCancel }: Props) {
  const { t } = useI18n();
  return (
    <div class="button-group">
      <button type="submit" class="button" disabled={saving} data-testid={saveTestId}>
        {saveLabel}
      </button>
      <button type="button" class="link-button" onClick={onCancel} data-testid={cancelTestId}>
        {t('common.cancel')}
      </button>
    </div>
  );
}

// Shows the one-off message (state/flash.ts) on the page it belongs to.
import { Notice } from './Notice';
import { useI18n } from '../i18n/useI18n';
import { flash } from '../state/flash';
import { route } from '../state/route';
import { useStore } from '../state/store';

export function FlashNotice() {
  const { t } = useI18n();
  const current = useStore(flash);
  const { path } = useStore(route);
  if (!current || current.path !== path) return null;
  return (
    <Notice kind="success" testId="flash">
      <p class="notice__heading">{t(current.message)}</p>
    </Notice>
  );
}

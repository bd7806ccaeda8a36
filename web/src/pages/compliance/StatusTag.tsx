// A duty's status as a tag: its words and a colour (the words carry the meaning).
import type { Status } from '../../api/compliance';
import { useI18n } from '../../i18n/useI18n';
import { statusColour, statusLabel } from './complianceWords';

export function StatusTag({ status, testId }: { status: Status; testId?: string }) {
  const i18n = useI18n();
  return (
    <strong class={`tag tag--${statusColour(status)}`} data-testid={testId} data-status={status}>
      {statusLabel(status, i18n)}
    </strong>
  );
}

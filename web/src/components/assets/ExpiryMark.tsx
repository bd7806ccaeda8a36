// The end of an asset's warranty or licence as a line of its own: a red tag when it has
// passed, a yellow one within the region's warning window (the tag says it in words, not
// only by colour); nothing further away.
import { formatDay } from '../../format/dateTime';
import { useI18n } from '../../i18n/useI18n';
import { expiryState, expiryText } from './labels';

interface Props {
  what: 'warranty' | 'licence';
  until: string | null;
  daysLeft: number | null;
  warningDays: number | null;
  testId: string;
  withDate?: boolean; // the date beside the tag (not where it stands already)
}

export function ExpiryMark({ what, until, daysLeft, warningDays, testId, withDate = true }: Props) {
  const i18n = useI18n();
  const { lang } = i18n;
  if (!until || daysLeft === null) return null;
  const state = expiryState(daysLeft, warningDays);
  if (state === 'fine') return null;
  return (
    <span class="cell-note" data-testid={testId} data-state={state}>
      <strong class={`tag tag--${state === 'expired' ? 'red' : 'yellow'}`}>{expiryText(what, daysLeft, i18n)}</strong>
      {withDate && <span class="secondary"> {formatDay(until, lang)}</span>}
    </span>
  );
}

// One SLA clock (response or resolution) as a tag: what it measures, then the time
// left or past in words, so the colour only repeats what the words already say.
import type { SlaClock } from '../../api/ticketTypes';
import { slaWords } from '../../format/ticket';
import { useI18n } from '../../i18n/useI18n';

interface Props {
  which: 'response' | 'resolution';
  clock: SlaClock;
  testId: string;
}

export function SlaClockTag({ which, clock, testId }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const words = slaWords(clock, i18n);
  return (
    <span class="sd-clock" data-testid={testId} data-state={words.state}>
      <span class="sd-clock__label">{which === 'response' ? t('ticket.sla.response') : t('ticket.sla.resolution')}:</span>{' '}
      <strong class={`tag tag--${words.colour}`} data-testid={`${testId}-words`}>
        {words.text}
      </strong>
    </span>
  );
}

// The counts of duties by status, worst first, with the share met as a big number.
// Each count links to the list of those duties (`hrefOf`), when the page gives one.
import { STATUSES, type Status, type Tally } from '../../api/compliance';
import { useI18n } from '../../i18n/useI18n';
import { StatusTag } from './StatusTag';
import { shareText } from './complianceWords';

interface Props {
  tally: Tally;
  hrefOf?: (status: Status) => string;
  testId: string;
}

export function TallyCounts({ tally, hrefOf, testId }: Props) {
  const { t, lang } = useI18n();
  return (
    <div data-testid={testId}>
      <p class="body">
        <span class="heading-xl" style={{ display: 'block', marginBottom: '5px' }} data-testid={`${testId}-share`} data-share={tally.share_met ?? ''}>
          {shareText(tally.share_met, lang)}
        </span>
        <span class="secondary">{t('compliance.shareMetOf', { met: tally.met + tally.due_soon, applicable: tally.applicable })}</span>
      </p>
      <ul class="list" style={{ listStyle: 'none', paddingLeft: 0 }}>
        {STATUSES.map((s) => (
          <li key={s} data-testid={`${testId}-${s}`} data-count={tally[s]}>
            <StatusTag status={s} />{' '}
            {hrefOf && tally[s] > 0 ? (
              <a class="link" href={hrefOf(s)} data-testid={`${testId}-${s}-link`}>
                {t('compliance.dutyCount', { n: tally[s] })}
              </a>
            ) : (
              <span>{t('compliance.dutyCount', { n: tally[s] })}</span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

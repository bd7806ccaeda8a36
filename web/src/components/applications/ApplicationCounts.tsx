// How many applications the list shows, in all and by lifecycle stage. When the
// list has more pages, the counts say they cover this page only.
import type { Application } from '../../api/applicationTypes';
import { useI18n } from '../../i18n/useI18n';
import { STAGE_VALUES, stageColour, stageLabel } from './applicationWords';

export function ApplicationCounts({ applications, morePages }: { applications: Application[]; morePages: boolean }) {
  const i18n = useI18n();
  const { t } = i18n;
  const count = (stage: string) => applications.filter((a) => a.lifecycle === stage).length;
  return (
    <div data-testid="app-counts">
      <ul class="tag-list" aria-label={t('applications.countsTitle')}>
        <li>
          <strong class="tag tag--grey" data-testid="app-count-total">
            {morePages ? t('applications.countPage', { n: applications.length }) : t('applications.countTotal', { n: applications.length })}
          </strong>
        </li>
        {STAGE_VALUES.map((s) => (
          <li key={s}>
            <strong class={`tag tag--${stageColour(s)}`} data-testid={`app-count-${s}`}>
              {stageLabel(s, i18n)}: {count(s)}
            </strong>
          </li>
        ))}
      </ul>
    </div>
  );
}

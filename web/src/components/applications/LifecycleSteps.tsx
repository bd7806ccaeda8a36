// The lifecycle of an application as steps: planned, in development, in testing,
// in production; the current one marked, those before it done. A retired
// application shows that it ended, with the reason.
import type { Application } from '../../api/applicationTypes';
import { useI18n } from '../../i18n/useI18n';
import { stageLabel } from './applicationWords';

const PATH = ['planned', 'in_development', 'in_testing', 'in_production'];

export function LifecycleSteps({ application }: { application: Application }) {
  const i18n = useI18n();
  const { t } = i18n;
  const current = PATH.indexOf(application.lifecycle);
  return (
    <ol class="app-stages" aria-label={t('applications.lifecycle')} data-testid="app-stages">
      {PATH.map((stage, i) => {
        const state = application.lifecycle === 'retired' ? 'ended' : i < current ? 'done' : i === current ? 'current' : 'next';
        return (
          <li key={stage} class={`app-stages__item app-stages__item--${state}`} data-testid="app-stage" data-stage={stage} data-state={state} aria-current={state === 'current' ? 'step' : undefined}>
            <span class="app-stages__number">{i + 1}</span> {stageLabel(stage, i18n)}
            {state === 'current' && <span class="visually-hidden"> ({t('applications.stageNow')})</span>}
          </li>
        );
      })}
    </ol>
  );
}

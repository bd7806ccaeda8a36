// The stages of a request for change (Madiun Pasal 38 ayat (2): planning,
// analysis, development, implementation, monitoring and evaluation, with the
// approval before development) as a stepper. A change that ended early (refused,
// cancelled, rolled back) shows where it stopped and how it ended.
import { CHANGE_STAGES, type Change } from '../../api/changeTypes';
import { useI18n } from '../../i18n/useI18n';
import { stageLabel } from './labels';

type Main = (typeof CHANGE_STAGES)[number];

export function StageBar({ change }: { change: Change }) {
  const i18n = useI18n();
  const main = CHANGE_STAGES.indexOf(change.stage as Main);
  const ended = main < 0;
  // Where an early end happened: the stage its last step left.
  const lastFrom = change.steps.length ? change.steps[change.steps.length - 1]!.from : null;
  const stoppedAt = ended ? Math.max(0, CHANGE_STAGES.indexOf((lastFrom ?? 'planning') as Main)) : -1;
  const at = ended ? stoppedAt : main;
  const visited = new Set<string>(['planning', ...change.steps.flatMap((step) => [step.from ?? '', step.to ?? ''])]);
  return (
    <ol class="app-stages" aria-label={i18n.t('change.stagesLabel')} data-testid="change-stages">
      {CHANGE_STAGES.map((s, i) => {
        const passed = i < at && visited.has(s); // a stage skipped (e.g. an emergency change straight to approval) stays open
        const state = ended ? (passed ? 'done' : 'todo') : passed || (s === 'evaluated' && at === i) ? 'done' : i === at ? 'current' : 'todo';
        return (
          <li key={s} class={`app-stages__item app-stages__item--${state}`} data-testid="change-stage" data-stage={s} data-state={state} aria-current={state === 'current' ? 'step' : undefined}>
            <span class="app-stages__number">{i + 1}</span> {stageLabel(s, i18n)}
          </li>
        );
      })}
      {ended && (
        <li class="app-stages__item app-stages__item--current change-stage--ended" data-testid="change-stage" data-stage={change.stage} data-state="current" aria-current="step">
          {stageLabel(change.stage, i18n)}
        </li>
      )}
    </ol>
  );
}

// The life of an asset as the four processes of Madiun Pasal 35 ayat (2): perencanaan
// (planning), pengadaan (procurement), pengelolaan (in use, or in maintenance) and
// penghapusan (disposed); the current one marked, those before it done.
import { useI18n } from '../../i18n/useI18n';
import type { MessageKey } from '../../i18n/messages';
import { stageLabel } from './labels';

const PHASES: Array<{ key: string; label: MessageKey; stages: string[] }> = [
  { key: 'planning', label: 'asset.phase.planning', stages: ['planning'] },
  { key: 'procurement', label: 'asset.phase.procurement', stages: ['procurement'] },
  { key: 'managing', label: 'asset.phase.managing', stages: ['in_use', 'maintenance'] },
  { key: 'disposal', label: 'asset.phase.disposal', stages: ['disposed'] },
];

export function StageSteps({ stage }: { stage: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const current = PHASES.findIndex((p) => p.stages.includes(stage));
  return (
    <ol class="app-stages" aria-label={t('asset.phase.label')} data-testid="asset-stages">
      {PHASES.map((p, i) => {
        const state = i < current ? 'done' : i === current ? 'current' : 'next';
        return (
          <li key={p.key} class={`app-stages__item app-stages__item--${state}`} data-testid="asset-phase" data-phase={p.key} data-state={state} aria-current={state === 'current' ? 'step' : undefined}>
            <span class="app-stages__number">{i + 1}</span> {t(p.label)}
            {state === 'current' && p.key === 'managing' && <span class="cell-note">{stageLabel(stage, i18n)}</span>}
            {state === 'current' && <span class="visually-hidden"> ({t('asset.phase.now')})</span>}
          </li>
        );
      })}
    </ol>
  );
}

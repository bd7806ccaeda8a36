// A small horizontal bar chart drawn as inline SVG: one group of bars per row
// (e.g. per agency), one bar per series (opened, resolved, backlog). Lengths are
// percentages of the width, so the text keeps its size on a phone. The chart has
// a title and a description for screen readers; the table beside it holds the data.
import { useI18n } from '../../i18n/useI18n';
import { formatCount } from './reportFormat';

export interface BarSeries {
  key: string;
  name: string;
  values: number[];
}

interface Props {
  id: string;
  title: string;
  description: string;
  labels: string[];
  series: BarSeries[];
  testId: string;
}

const LABEL_HEIGHT = 22;
const BAR_HEIGHT = 14;
const BAR_GAP = 3;
const GROUP_GAP = 14;
const MAX_WIDTH_PCT = 82; // room for the value after the longest bar

export function BarChart({ id, title, description, labels, series, testId }: Props) {
  const { lang } = useI18n();
  const max = Math.max(1, ...series.flatMap((s) => s.values));
  const groupHeight = LABEL_HEIGHT + series.length * (BAR_HEIGHT + BAR_GAP) + GROUP_GAP;
  const height = labels.length * groupHeight;
  return (
    <figure class="sd-chart" data-testid={testId}>
      <ul class="sd-chart__legend" aria-hidden="true">
        {series.map((s) => (
          <li key={s.key}>
            <span class={`sd-chart__swatch sd-bar--${s.key}`} />
            {s.name}
          </li>
        ))}
      </ul>
      <svg class="sd-chart__svg" width="100%" height={height} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {labels.map((label, row) => {
          const top = row * groupHeight;
          return (
            <g key={`${label}-${row}`} data-testid={`${testId}-group`}>
              <text class="sd-chart__label" x="0" y={top + LABEL_HEIGHT - 7}>
                {label}
              </text>
              {series.map((s, i) => {
                const value = s.values[row] ?? 0;
                const pct = (value / max) * MAX_WIDTH_PCT;
                const y = top + LABEL_HEIGHT + i * (BAR_HEIGHT + BAR_GAP);
                return (
                  <g key={s.key}>
                    <rect class={`sd-bar sd-bar--${s.key}`} x="0" y={y} width={`${Math.max(pct, value > 0 ? 0.5 : 0)}%`} height={BAR_HEIGHT} data-testid={`${testId}-bar`} data-series={s.key} data-value={value} />
                    <text class="sd-chart__value" x={`${pct + 1}%`} y={y + BAR_HEIGHT - 3}>
                      {formatCount(value, lang)}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

// A small line chart drawn as inline SVG: a value from 0 to 100 % per month, one
// line per series (e.g. response and resolution within the SLA). Months with
// nothing to measure leave a gap. Horizontal positions are percentages of the
// width, so the text keeps its size on a phone; the chart has a title and a
// description, and the table below it holds the data.
import { useI18n } from '../../i18n/useI18n';
import { monthName } from './reportFormat';

export interface LineSeries {
  key: string;
  name: string;
  values: Array<number | null>;
}

interface Props {
  id: string;
  title: string;
  description: string;
  months: string[]; // YYYY-MM
  series: LineSeries[];
  testId: string;
}

const TOP = 10;
const PLOT = 160; // the height of 0–100 %
const BOTTOM = 36;
const LEFT_PCT = 9;
const RIGHT_PCT = 96;

export function LineChart({ id, title, description, months, series, testId }: Props) {
  const { lang } = useI18n();
  const x = (i: number) => (months.length === 1 ? (LEFT_PCT + RIGHT_PCT) / 2 : LEFT_PCT + ((RIGHT_PCT - LEFT_PCT) * i) / (months.length - 1));
  const y = (value: number) => TOP + PLOT - (Math.max(0, Math.min(100, value)) / 100) * PLOT;
  const every = Math.max(1, Math.ceil(months.length / 6)); // at most about six month names under the line
  return (
    <figure class="sd-chart" data-testid={testId}>
      <ul class="sd-chart__legend" aria-hidden="true">
        {series.map((s) => (
          <li key={s.key}>
            <span class={`sd-chart__swatch sd-line-swatch--${s.key}`} />
            {s.name}
          </li>
        ))}
      </ul>
      <svg class="sd-chart__svg" width="100%" height={TOP + PLOT + BOTTOM} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {[0, 50, 100].map((tick) => (
          <g key={tick}>
            <line class="sd-chart__grid" x1={`${LEFT_PCT}%`} x2={`${RIGHT_PCT}%`} y1={y(tick)} y2={y(tick)} />
            <text class="sd-chart__axis" x="0" y={y(tick) + 4}>
              {tick} %
            </text>
          </g>
        ))}
        {months.map((m, i) => {
          if (i % every !== 0 && i !== months.length - 1) return null;
          // The month's short name; the year under the first month and under each January.
          const anchor = months.length > 1 && i === 0 ? 'start' : months.length > 1 && i === months.length - 1 ? 'end' : 'middle';
          const withYear = i === 0 || m.endsWith('-01');
          return (
            <text key={m} class="sd-chart__axis" x={`${x(i)}%`} y={TOP + PLOT + 16} text-anchor={anchor}>
              {monthName(m, lang)}
              {withYear && (
                <tspan x={`${x(i)}%`} dy="13">
                  {m.slice(0, 4)}
                </tspan>
              )}
            </text>
          );
        })}
        {series.map((s) => (
          <g key={s.key} class={`sd-line sd-line--${s.key}`} data-testid={`${testId}-series`} data-series={s.key}>
            {s.values.map((value, i) => {
              const next = s.values[i + 1];
              return value !== null && next !== null && next !== undefined ? (
                <line key={`l${i}`} x1={`${x(i)}%`} x2={`${x(i + 1)}%`} y1={y(value)} y2={y(next)} />
              ) : null;
            })}
            {s.values.map((value, i) =>
              value !== null ? <circle key={`p${i}`} cx={`${x(i)}%`} cy={y(value)} r="4" data-testid={`${testId}-point`} data-value={value} /> : null,
            )}
          </g>
        ))}
      </svg>
    </figure>
  );
}

// The dashboard's two small charts, drawn as inline SVG without a chart library:
// bars whose rows are links to the records they count (risks per level, budget per
// area), and the line of the share of duties met over the daily snapshots. The
// numbers stay in the HTML beside each bar, so the chart reads without colour.
import type { JSX } from 'preact';

export interface Bar {
  key: string;
  label: string;
  value: number;
  valueText: string;
  href: string;
  colour?: string; // #rrggbb; the link colour when absent
}

export function BarList({ bars, title, testId }: { bars: Bar[]; title: string; testId: string }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  return (
    <figure class="dash-bars" data-testid={testId}>
      <figcaption class="dash-bars__title">{title}</figcaption>
      <ul class="dash-bars__list">
        {bars.map((b) => (
          <li key={b.key} class="dash-bars__item">
            <a class="link dash-bars__link" href={b.href} data-testid={`${testId}-link`} data-key={b.key} data-value={b.value}>
              <span class="dash-bars__label">{b.label}</span>
              <span class="dash-bars__value">{b.valueText}</span>
            </a>
            <svg class="dash-bars__svg" width="100%" height="10" aria-hidden="true" focusable="false">
              <rect class="dash-bars__track" x="0" y="0" width="100%" height="10" />
              <rect
                class="dash-bars__fill"
                x="0"
                y="0"
                width={`${b.value > 0 ? Math.max(1, (b.value / max) * 100) : 0}%`}
                height="10"
                style={b.colour ? { fill: b.colour } : undefined}
                data-testid={`${testId}-bar`}
              />
            </svg>
          </li>
        ))}
      </ul>
    </figure>
  );
}

// A line of values 0..1, oldest first; the SVG stretches to the width, the stroke keeps its size.
export function ShareLine({ values, title, description, testId }: { values: number[]; title: string; description: string; testId: string }): JSX.Element {
  const x = (i: number) => (values.length === 1 ? 50 : (i / (values.length - 1)) * 100);
  const y = (v: number) => 38 - Math.max(0, Math.min(1, v)) * 36;
  const points = values.map((v, i) => `${x(i)},${y(v)}`).join(' ');
  return (
    <svg class="dash-line" viewBox="0 0 100 40" preserveAspectRatio="none" width="100%" height="80" role="img" aria-labelledby={`${testId}-title ${testId}-desc`} data-testid={testId}>
      <title id={`${testId}-title`}>{title}</title>
      <desc id={`${testId}-desc`}>{description}</desc>
      <line class="dash-line__grid" x1="0" x2="100" y1={y(0.5)} y2={y(0.5)} vector-effect="non-scaling-stroke" />
      <polyline class="dash-line__path" points={points} vector-effect="non-scaling-stroke" data-points={values.length} />
    </svg>
  );
}

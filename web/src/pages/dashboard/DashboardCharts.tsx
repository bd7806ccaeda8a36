// The dashboard's bar charts, drawn without a chart library: bars whose rows are links to
// the records they count (risks per level, budget per area). The numbers stay in the HTML
// beside each bar, so the chart reads without colour. (The compliance trend is the
// compliance pages' own TrendChart.)
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

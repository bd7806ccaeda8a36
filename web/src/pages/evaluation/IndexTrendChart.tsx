// The index year over year as a small SVG line: one point per campaign with a value (the
// official one: the external result when complete, else the self-assessment), oldest first.
// Horizontal positions are percentages so the chart fits a phone; the caption says the first
// and the last value in words for those who do not see the line.
import type { TrendYear } from '../../api/evaluationTypes';
import { useI18n } from '../../i18n/useI18n';
import { hundredths, indexText } from './evaluationWords';

const TOP = 10;
const PLOT = 150; // the height of 0–5
const BOTTOM = 24;
const LEFT_PCT = 10;
const RIGHT_PCT = 95;
const MAX = 500; // the highest level, in hundredths
const LINE = '#1d70b8';

export function IndexTrendChart({ trend }: { trend: TrendYear[] }) {
  const { t, lang } = useI18n();
  const points = trend
    .map((y) => ({ year: y.year, value: y.official?.value ?? null, predicate: y.official?.predicate ?? null }))
    .filter((p): p is { year: number; value: string; predicate: string | null } => hundredths(p.value) !== null);
  if (points.length === 0) {
    return (
      <p class="body secondary" data-testid="ev-trend-empty">
        {t('evaluation.trendNone')}
      </p>
    );
  }
  const x = (i: number) => (points.length === 1 ? (LEFT_PCT + RIGHT_PCT) / 2 : LEFT_PCT + ((RIGHT_PCT - LEFT_PCT) * i) / (points.length - 1));
  const y = (value: string) => TOP + PLOT - (Math.min(MAX, hundredths(value)!) / MAX) * PLOT;
  const first = points[0]!;
  const last = points[points.length - 1]!;
  const description = t('evaluation.trendDescription', {
    from: first.year,
    first: indexText(first.value, lang),
    to: last.year,
    last: indexText(last.value, lang),
  });
  return (
    <figure class="sd-chart" data-testid="ev-trend" data-points={points.length}>
      <svg class="sd-chart__svg" width="100%" height={TOP + PLOT + BOTTOM} role="img" aria-labelledby="ev-trend-title ev-trend-desc">
        <title id="ev-trend-title">{t('evaluation.trendTitle')}</title>
        <desc id="ev-trend-desc">{description}</desc>
        {[100, 300, 500].map((tick) => (
          <g key={tick}>
            <line class="sd-chart__grid" x1={`${LEFT_PCT}%`} x2={`${RIGHT_PCT}%`} y1={y(String(tick / 100))} y2={y(String(tick / 100))} />
            <text class="sd-chart__axis" x="0" y={y(String(tick / 100)) + 4}>
              {tick / 100}
            </text>
          </g>
        ))}
        {points.slice(1).map((p, i) => (
          <line key={p.year} x1={`${x(i)}%`} x2={`${x(i + 1)}%`} y1={y(points[i]!.value)} y2={y(p.value)} stroke={LINE} stroke-width="3" />
        ))}
        {points.map((p, i) => (
          <g key={`p${p.year}`}>
            <circle cx={`${x(i)}%`} cy={y(p.value)} r="4" fill={LINE} data-testid="ev-trend-point" data-year={p.year} data-value={p.value} />
            <text class="sd-chart__value" x={`${x(i)}%`} y={y(p.value) - 8} text-anchor="middle">
              {indexText(p.value, lang)}
            </text>
            <text class="sd-chart__axis" x={`${x(i)}%`} y={TOP + PLOT + 18} text-anchor="middle">
              {p.year}
            </text>
          </g>
        ))}
      </svg>
      <figcaption class="body secondary">{description}</figcaption>
    </figure>
  );
}

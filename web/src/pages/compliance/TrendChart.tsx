// The share of duties met over time, as an inline SVG line: one point per daily
// snapshot, today's live figure last (drawn hollow). Horizontal positions are
// percentages of the width so the chart fits a phone; the description says the
// first and the last figure in words for those who do not see the line.
import type { TrendPoint } from '../../api/compliance';
import { formatDay } from '../../format/dateTime';
import { useI18n } from '../../i18n/useI18n';
import { shareText } from './complianceWords';

const TOP = 10;
const PLOT = 140; // the height of 0–100 %
const BOTTOM = 24;
const LEFT_PCT = 11;
const RIGHT_PCT = 96;
const LINE = '#1d70b8';

export function TrendChart({ trend, testId }: { trend: TrendPoint[]; testId: string }) {
  const { t, lang } = useI18n();
  const points = trend.filter((p) => p.tally.share_met !== null);
  if (points.length === 0) {
    return (
      <p class="body secondary" data-testid={`${testId}-empty`}>
        {t('compliance.trendNone')}
      </p>
    );
  }
  const x = (i: number) => (points.length === 1 ? (LEFT_PCT + RIGHT_PCT) / 2 : LEFT_PCT + ((RIGHT_PCT - LEFT_PCT) * i) / (points.length - 1));
  const y = (share: number) => TOP + PLOT - Math.max(0, Math.min(1, share)) * PLOT;
  const first = points[0]!;
  const last = points[points.length - 1]!;
  const description = t('compliance.trendDescription', {
    from: formatDay(first.taken_on, lang),
    first: shareText(first.tally.share_met, lang),
    to: formatDay(last.taken_on, lang),
    last: shareText(last.tally.share_met, lang),
  });
  return (
    <figure class="sd-chart" data-testid={testId} data-points={points.length}>
      <svg class="sd-chart__svg" width="100%" height={TOP + PLOT + BOTTOM} role="img" aria-labelledby={`${testId}-title ${testId}-desc`}>
        <title id={`${testId}-title`}>{t('compliance.trendTitle')}</title>
        <desc id={`${testId}-desc`}>{description}</desc>
        {[0, 0.5, 1].map((tick) => (
          <g key={tick}>
            <line class="sd-chart__grid" x1={`${LEFT_PCT}%`} x2={`${RIGHT_PCT}%`} y1={y(tick)} y2={y(tick)} />
            <text class="sd-chart__axis" x="0" y={y(tick) + 4}>
              {tick * 100} %
            </text>
          </g>
        ))}
        {points.slice(1).map((p, i) => (
          <line key={p.taken_on} x1={`${x(i)}%`} x2={`${x(i + 1)}%`} y1={y(points[i]!.tally.share_met!)} y2={y(p.tally.share_met!)} stroke={LINE} stroke-width="3" />
        ))}
        {points.map((p, i) => (
          <circle
            key={`p${p.taken_on}`}
            cx={`${x(i)}%`}
            cy={y(p.tally.share_met!)}
            r="4"
            fill={p.live ? '#ffffff' : LINE}
            stroke={LINE}
            stroke-width="2"
            data-testid={`${testId}-point`}
            data-share={p.tally.share_met}
          />
        ))}
        <text class="sd-chart__axis" x={`${x(0)}%`} y={TOP + PLOT + 18} text-anchor={points.length > 1 ? 'start' : 'middle'}>
          {formatDay(first.taken_on, lang)}
        </text>
        {points.length > 1 && (
          <text class="sd-chart__axis" x={`${x(points.length - 1)}%`} y={TOP + PLOT + 18} text-anchor="end">
            {last.live ? t('compliance.trendToday') : formatDay(last.taken_on, lang)}
          </text>
        )}
      </svg>
      <figcaption class="body secondary">{description}</figcaption>
    </figure>
  );
}

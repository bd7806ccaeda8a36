// The aspects' index as a radar (SVG): one axis per aspect from 0 to the highest level, the
// self-assessment as a filled shape and the external result, when there is one, as a dashed
// line over it. The aspects' names and values are in the table beside it; the description
// names the weakest aspect for those who do not see the shape.
import type { IndexJson } from '../../api/evaluationTypes';
import { useI18n } from '../../i18n/useI18n';
import { hundredths } from './evaluationWords';

const SIZE = 300;
const CENTRE = SIZE / 2;
const RADIUS = 110;
const MAX = 500; // level 5, in hundredths
const SELF = '#1d70b8';
const RESULT = '#d4351c';

interface Props {
  self: IndexJson;
  result: IndexJson | null;
  weakest: string | null; // the weakest aspect's name, for the description
}

export function AspectRadar({ self, result, weakest }: Props) {
  const { t } = useI18n();
  const aspects = self.aspects;
  if (aspects.length < 3) return null;
  const angle = (i: number) => -Math.PI / 2 + (2 * Math.PI * i) / aspects.length;
  const point = (i: number, value: number) => {
    const r = (Math.max(0, Math.min(MAX, value)) / MAX) * RADIUS;
    return `${(CENTRE + r * Math.cos(angle(i))).toFixed(1)},${(CENTRE + r * Math.sin(angle(i))).toFixed(1)}`;
  };
  const shape = (index: IndexJson) => index.aspects.map((a, i) => point(i, hundredths(a.value) ?? 0)).join(' ');
  const description = weakest ? t('evaluation.radarDescription', { aspect: weakest }) : t('evaluation.radarNone');
  return (
    <figure class="ev-radar" data-testid="ev-radar">
      <svg viewBox={`0 0 ${SIZE} ${SIZE}`} width="100%" role="img" aria-labelledby="ev-radar-title ev-radar-desc">
        <title id="ev-radar-title">{t('evaluation.radarTitle')}</title>
        <desc id="ev-radar-desc">{description}</desc>
        {[100, 200, 300, 400, 500].map((ring) => (
          <polygon key={ring} class="ev-radar__ring" points={aspects.map((_, i) => point(i, ring)).join(' ')} />
        ))}
        {aspects.map((a, i) => {
          const [x, y] = point(i, MAX + 60).split(',').map(Number);
          return (
            <g key={a.number}>
              <line class="ev-radar__axis" x1={CENTRE} y1={CENTRE} x2={point(i, MAX).split(',')[0]} y2={point(i, MAX).split(',')[1]} />
              <text class="sd-chart__axis" x={x} y={y! + 4} text-anchor="middle">
                {t('evaluation.aspectShort', { number: a.number })}
              </text>
            </g>
          );
        })}
        <polygon points={shape(self)} fill={SELF} fill-opacity="0.25" stroke={SELF} stroke-width="2" data-testid="ev-radar-self" />
        {result && <polygon points={shape(result)} fill="none" stroke={RESULT} stroke-width="2" stroke-dasharray="6 4" data-testid="ev-radar-result" />}
      </svg>
      <ul class="sd-chart__legend">
        <li>
          <span class="sd-chart__swatch" style={{ background: SELF }} /> {t('evaluation.self')}
        </li>
        {result && (
          <li>
            <span class="sd-chart__swatch" style={{ background: RESULT }} /> {t('evaluation.result')}
          </li>
        )}
      </ul>
      <figcaption class="body secondary">{description}</figcaption>
    </figure>
  );
}

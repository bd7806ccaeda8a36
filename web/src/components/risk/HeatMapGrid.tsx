// The heat map (Peta Risiko): a 5×5 grid, likelihood rows 5 → 1, impact columns 1 → 5,
// each cell on its level's colour with its magnitude and the number of risks; a cell
// with risks links to the register narrowed to it. The level name is in each cell's
// label and in the legend below, so colour is never the only clue.
import type { HeatMap, RiskCriteria } from '../../api/riskTypes';
import { useI18n } from '../../i18n/useI18n';
import { textOn } from './criteria';

interface Props {
  map: HeatMap;
  criteria: RiskCriteria;
  cellHref: (likelihood: number, impact: number, level: number) => string;
}

const LEVELS = [1, 2, 3, 4, 5];

export function HeatMapGrid({ map, criteria, cellHref }: Props) {
  const { t } = useI18n();
  const cellAt = (l: number, i: number) => map.cells.find((c) => c.likelihood === l && c.impact === i);
  const name = (levels: RiskCriteria['likelihood_levels'], n: number) => levels.find((x) => x.level === n)?.name ?? String(n);
  return (
    <div class="risk-heat" data-testid="risk-heat-map">
      <table class="risk-heat__table">
        <caption class="risk-heat__caption">{t('risk.heatCaption')}</caption>
        <thead>
          <tr>
            <th scope="col" class="risk-heat__corner">
              <span class="risk-heat__axis">{t('risk.likelihood')} ↓ / {t('risk.impactLevel')} →</span>
            </th>
            {LEVELS.map((i) => (
              <th scope="col" key={i} class="risk-heat__head">
                <span class="risk-heat__num">{i}</span>
                <span class="risk-heat__name">{name(criteria.impact_levels, i)}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {[...LEVELS].reverse().map((l) => (
            <tr key={l}>
              <th scope="row" class="risk-heat__head">
                <span class="risk-heat__num">{l}</span>
                <span class="risk-heat__name">{name(criteria.likelihood_levels, l)}</span>
              </th>
              {LEVELS.map((i) => {
                const cell = cellAt(l, i);
                if (!cell) return <td key={i} class="risk-heat__cell" />;
                const label = t('risk.heatCellLabel', { likelihood: l, impact: i, magnitude: cell.magnitude, level: cell.level_name, count: cell.count });
                const style = { background: cell.colour, color: textOn(cell.colour) };
                const body = (
                  <>
                    <span class="risk-heat__magnitude">{cell.magnitude}</span>
                    <span class="risk-heat__count" data-testid="risk-heat-count">
                      {cell.count > 0 ? cell.count : '·'}
                    </span>
                  </>
                );
                return (
                  <td key={i} class="risk-heat__cell" style={style} data-testid="risk-heat-cell" data-likelihood={l} data-impact={i} data-count={cell.count} data-level={cell.level}>
                    {cell.count > 0 ? (
                      <a class="risk-heat__link" href={cellHref(l, i, cell.level)} aria-label={label} title={label} style={{ color: style.color }} data-testid="risk-heat-link">
                        {body}
                      </a>
                    ) : (
                      <span class="risk-heat__link" aria-label={label} title={label} role="img">
                        {body}
                      </span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <ul class="risk-heat__legend" data-testid="risk-heat-legend">
        {map.totals.map((x) => (
          <li key={x.level} data-testid="risk-heat-legend-item" data-level={x.level}>
            <span class="risk-heat__swatch" style={{ background: x.colour }} aria-hidden="true" />
            {t('risk.heatLegendItem', { name: x.name, count: x.count })}
          </li>
        ))}
      </ul>
      <p class="body secondary">{t('risk.heatNote')}</p>
    </div>
  );
}

// The 5 × 5 risk analysis matrix: likelihood 5 down to 1 in the rows, impact 1 to 5
// in the columns, each cell coloured by the level band its magnitude falls in. The
// criteria page shows the magnitudes; the criteria form puts an input in each cell.
import type { ComponentChildren } from 'preact';
import { useI18n } from '../../i18n/useI18n';
import { textOn } from './criteria';

export interface MatrixCell {
  colour: string;
  title?: string;
  content: ComponentChildren;
}

const IMPACTS = [1, 2, 3, 4, 5];
const LIKELIHOODS = [5, 4, 3, 2, 1];

export function MatrixTable({ testId, cell }: { testId: string; cell: (likelihood: number, impact: number) => MatrixCell }) {
  const { t } = useI18n();
  return (
    <table class="risk-heat__table" data-testid={testId}>
      <caption class="risk-heat__caption">{t('risk.criteria.matrixCaption')}</caption>
      <thead>
        <tr>
          <th scope="col" class="risk-heat__corner" />
          {IMPACTS.map((i) => (
            <th scope="col" key={i} class="risk-heat__head">
              {i}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {LIKELIHOODS.map((l) => (
          <tr key={l}>
            <th scope="row" class="risk-heat__head">
              {l}
            </th>
            {IMPACTS.map((i) => {
              const c = cell(l, i);
              return (
                <td key={i} class="risk-heat__cell" style={{ background: c.colour, color: textOn(c.colour) }} title={c.title}>
                  {c.content}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

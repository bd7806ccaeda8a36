// A list of label/value rows (GOV.UK "summary list"), for facts about a thing.
import type { ComponentChildren } from 'preact';

export interface SummaryRow {
  key: string;
  label: string;
  value: ComponentChildren;
}

export function SummaryList({ rows, testId }: { rows: SummaryRow[]; testId?: string }) {
  return (
    <dl class="summary-list" data-testid={testId}>
      {rows.map((row) => (
        <div class="summary-list__row" key={row.key}>
          <dt class="summary-list__key">{row.label}</dt>
          <dd class="summary-list__value">{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}

// The agencies of the region, each with its share of duties met, what is overdue and
// not met, and the next date a duty falls due; sorted worst first by default (most
// overdue, then most not met, then the lowest share), or by share or name. Each row
// opens the agency's page. On a phone the rows become cards.
import { useState } from 'preact/hooks';
import { agencyCompliancePage, type AgencyRow } from '../../api/compliance';
import { SelectField } from '../../components/form/SelectField';
import { formatDay } from '../../format/dateTime';
import { useI18n } from '../../i18n/useI18n';
import { shareText } from './complianceWords';

type Order = 'worst' | 'share' | 'name';

const share = (r: AgencyRow) => r.tally.share_met ?? 1;
const ORDERS: Record<Order, (a: AgencyRow, b: AgencyRow) => number> = {
  worst: (a, b) => b.tally.overdue - a.tally.overdue || b.tally.not_met - a.tally.not_met || share(a) - share(b) || a.name.localeCompare(b.name),
  share: (a, b) => share(a) - share(b) || a.name.localeCompare(b.name),
  name: (a, b) => a.name.localeCompare(b.name),
};

export function AgencyTable({ agencies }: { agencies: AgencyRow[] }) {
  const { t, lang } = useI18n();
  const [order, setOrder] = useState<Order>('worst');
  const rows = [...agencies].sort(ORDERS[order]);
  const heads = { name: t('compliance.agency'), share: t('compliance.shareMet'), overdue: t('compliance.status.overdue'), notMet: t('compliance.status.not_met'), next: t('compliance.nextDue') };
  return (
    <>
      <SelectField
        id="cm-agency-order"
        label={t('compliance.sortBy')}
        value={order}
        onChange={(o) => setOrder(o as Order)}
        options={[
          { value: 'worst', label: t('compliance.sortWorst') },
          { value: 'share', label: t('compliance.sortShare') },
          { value: 'name', label: t('compliance.sortName') },
        ]}
      />
      <table class="table table--compact table--stacked" data-testid="cm-agencies">
        <thead>
          <tr>
            <th scope="col">{heads.name}</th>
            <th scope="col" class="numeric">{heads.share}</th>
            <th scope="col" class="numeric">{heads.overdue}</th>
            <th scope="col" class="numeric">{heads.notMet}</th>
            <th scope="col">{heads.next}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.agency_id} data-testid="cm-agency-row" data-agency-id={r.agency_id}>
              <td data-label={heads.name}>
                <a class="link" href={agencyCompliancePage(r.agency_id)} data-testid="cm-agency-link">
                  {r.name}
                </a>
              </td>
              <td class="numeric" data-label={heads.share} data-testid="cm-agency-share">
                {shareText(r.tally.share_met, lang)}
              </td>
              <td class="numeric" data-label={heads.overdue} data-testid="cm-agency-overdue">
                {r.tally.overdue}
              </td>
              <td class="numeric" data-label={heads.notMet} data-testid="cm-agency-not-met">
                {r.tally.not_met}
              </td>
              <td data-label={heads.next}>{r.next_due ? formatDay(r.next_due, lang) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

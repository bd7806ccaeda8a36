// /kepatuhan/kewajiban (everyone but citizens): every duty of the region's regulation,
// in the profile's order, with how many of its subjects are overdue, not met, due soon,
// met or not concerned, and whether Simpul's records or people's statements decide it.
// Narrowed to the duties with some finding of one status (?status=, the links of the
// region page's counts) or by words. Each opens the duty's page.
import { getObligations, isStatus, obligationPage, OBLIGATIONS_PAGE, STATUSES, type ObligationRow, type Status } from '../../api/compliance';
import { FilterForm } from '../../components/FilterForm';
import { LoadView } from '../../components/LoadView';
import { SelectField } from '../../components/form/SelectField';
import { TextField } from '../../components/form/TextField';
import { useListFilter } from '../../hooks/useListFilter';
import { useLoad } from '../../hooks/useLoad';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useI18n } from '../../i18n/useI18n';
import type { PageProps } from '../../routes';
import { navigate, route } from '../../state/route';
import { useStore } from '../../state/store';
import { ComplianceHeading } from './ComplianceHeading';
import { StatusTag } from './StatusTag';
import { statusLabel } from './complianceWords';

interface Filter {
  q: string;
}

function matches(row: ObligationRow, status: Status | '', q: string): boolean {
  if (status && row.tally[status] === 0) return false;
  if (!q) return true;
  const words = `${row.obligation.citation} ${row.obligation.text} ${row.obligation.id}`.toLowerCase();
  return words.includes(q.toLowerCase());
}

export function ObligationsPage(_props: PageProps) {
  const i18n = useI18n();
  const { t } = i18n;
  usePageTitle(t('compliance.obligationsTitle'));
  const { search } = useStore(route);
  const statusParam = search.get('status');
  const status: Status | '' = isStatus(statusParam) ? statusParam : '';
  const loaded = useLoad((signal) => getObligations({ signal }));
  const { draft, edit, filter, filtered, apply, clear } = useListFilter<Filter>({ q: '' });
  const heads = { duty: t('compliance.obligation'), counts: t('compliance.counts'), basis: t('compliance.basis') };

  return (
    <>
      <ComplianceHeading current="obligations" title={t('compliance.obligationsTitle')} intro={t('compliance.obligationsIntro')} testId="cm-obligations-heading" />
      <FilterForm label={t('compliance.filter')} testId="cm-obligations-filter" filtered={filtered || Boolean(status)} onApply={apply} onClear={() => { clear(); navigate(OBLIGATIONS_PAGE); }}>
        <SelectField
          id="cm-obligations-status"
          label={t('compliance.withStatus')}
          value={status}
          onChange={(s) => navigate(s ? `${OBLIGATIONS_PAGE}?status=${s}` : OBLIGATIONS_PAGE)}
          options={[{ value: '', label: t('compliance.allStatuses') }, ...STATUSES.map((s) => ({ value: s, label: statusLabel(s, i18n) }))]}
        />
        <TextField id="cm-obligations-q" label={t('compliance.filterText')} value={draft.q} onInput={(q) => edit({ q })} inputProps={{ maxLength: 200 }} />
      </FilterForm>
      <LoadView loaded={loaded}>
        {(list) => {
          const rows = list.obligations.filter((r) => matches(r, status, filter.q));
          if (rows.length === 0) return <p class="body" data-testid="cm-obligations-empty">{t('compliance.noneShown')}</p>;
          return (
            <>
              <p class="body" data-testid="cm-obligations-count">
                {status ? t('compliance.obligationsWithStatus', { n: rows.length, status: statusLabel(status, i18n) }) : t('compliance.obligationsCount', { n: rows.length })}
              </p>
              <table class="table table--compact table--stacked" data-testid="cm-obligations">
                <thead>
                  <tr>
                    <th scope="col">{heads.duty}</th>
                    <th scope="col">{heads.counts}</th>
                    <th scope="col">{heads.basis}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => (
                    <tr key={r.obligation.id} data-testid="cm-obligation-row" data-obligation={r.obligation.id}>
                      <td data-label={heads.duty} style={{ overflowWrap: 'anywhere' }}>
                        <a class="link" href={obligationPage(r.obligation.id)} data-testid="cm-obligation-link">
                          {r.obligation.citation}
                        </a>
                        <span class="cell-note secondary" style={{ display: 'block' }}>
                          {shorten(r.obligation.text)}
                        </span>
                      </td>
                      <td data-label={heads.counts}>
                        {STATUSES.filter((s) => r.tally[s] > 0).map((s) => (
                          <span key={s} style={{ display: 'block' }} data-testid={`cm-obligation-${s}`}>
                            <StatusTag status={s} /> {r.tally[s]}
                          </span>
                        ))}
                      </td>
                      <td data-label={heads.basis}>{r.basis === 'data' ? t('compliance.basisDataShort') : t('compliance.basisStatementShort')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          );
        }}
      </LoadView>
    </>
  );
}

// The start of the original sentence; the duty's page shows it whole.
const shorten = (text: string) => (text.length > 160 ? `${text.slice(0, 157).trimEnd()}…` : text);

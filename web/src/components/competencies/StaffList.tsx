// The agency's employees (people with a NIP) with their ICT competencies at a glance:
// basic ICT competence, Pranata Komputer, how many competencies, certificates expired
// or expiring; a search by name or NIP, a page at a time. A row opens the person's
// record below the list.
import { useState } from 'preact/hooks';
import { listStaff } from '../../api/competencies';
import { usePagedList } from '../../hooks/usePagedList';
import { useI18n } from '../../i18n/useI18n';
import { PagedListView } from '../PagedListView';
import { SearchForm } from '../SearchForm';

interface Props {
  agencyId: number;
  changes: number; // load again after a change
  selected: number | null;
  onSelect: (personId: number) => void;
}

export function StaffList({ agencyId, changes, selected, onSelect }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const [applied, setApplied] = useState('');
  const list = usePagedList((cursor, signal) => listStaff({ agency_id: agencyId, q: applied }, cursor, { signal }), `${agencyId}|${applied}|${changes}`);

  return (
    <section class="section" aria-labelledby="cp-staff-title" data-testid="cp-staff">
      <h2 class="heading-l" id="cp-staff-title">
        {t('competency.staffTitle')}
      </h2>
      <p class="body">{t('competency.staffIntro')}</p>
      <SearchForm id="cp-staff-q" testId="cp-staff-search" label={t('competency.staffSearch')} hint={t('competency.staffSearchHint')} buttonLabel={t('competency.search')} applied={applied} onApply={setApplied} />
      <PagedListView list={list}>
        {(items) =>
          items.length === 0 ? (
            <p class="body" data-testid="cp-staff-empty">
              {applied ? t('competency.staffNoneMatch') : t('competency.staffNone')}
            </p>
          ) : (
            <table class="table table--stacked table--compact" data-testid="cp-staff-table">
              <caption class="visually-hidden">{t('competency.staffTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('competency.person')}</th>
                  <th scope="col">{t('competency.basicIct')}</th>
                  <th scope="col" class="numeric">{t('competency.competencies')}</th>
                  <th scope="col">{t('competency.certificates')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((p) => (
                  <tr key={p.person_id} data-testid="cp-person" data-person-id={p.person_id} class={selected === p.person_id ? 'cp-row--selected' : undefined}>
                    <th scope="row" data-label={t('competency.person')}>
                      <button type="button" class="link-button" onClick={() => onSelect(p.person_id)} aria-expanded={selected === p.person_id} data-testid="cp-person-open">
                        {p.name}
                      </button>
                      {p.nip && <span class="cell-note secondary">{t('competency.nipValue', { nip: p.nip })}</span>}
                      {p.pranata_komputer && <span class="cell-note">{t('competency.pranataKomputer')}</span>}
                    </th>
                    <td data-label={t('competency.basicIct')}>
                      <strong class={`tag tag--${p.has_basic_ict ? 'green' : 'red'}`} data-testid="cp-person-basic">
                        {p.has_basic_ict ? t('competency.hasBasic') : t('competency.noBasic')}
                      </strong>
                    </td>
                    <td class="numeric" data-label={t('competency.competencies')} data-testid="cp-person-count">
                      {p.competencies}
                    </td>
                    <td data-label={t('competency.certificates')} data-testid="cp-person-certs">
                      {p.certificates_expired + p.certificates_expiring === 0 ? (
                        <span class="secondary">{t('competency.certificatesNoneDue')}</span>
                      ) : (
                        <>
                          {p.certificates_expired > 0 && <span class="cell-line">{t('competency.expiredCount', { count: p.certificates_expired })}</span>}
                          {p.certificates_expiring > 0 && <span class="cell-line">{t('competency.expiringCount', { count: p.certificates_expiring })}</span>}
                        </>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </PagedListView>
    </section>
  );
}

// /elemen/infrastruktur/rentang-ip (everyone but citizens): the IP ranges allocated
// in the region, by family then address, filtered by agency, with the exports; the
// superadmin (the ICT office) allocates new ones.
import { useState } from 'preact/hooks';
import { getIpRange, IP_RANGES_PATH, listIpRanges, updateIpRange } from '../../api/infrastructure';
import type { IpRange } from '../../api/infrastructureTypes';
import { ExportLinks } from '../../components/ExportLinks';
import { OpenFormButton } from '../../components/OpenFormButton';
import { PagedListView } from '../../components/PagedListView';
import { SavedNotice } from '../../components/SavedNotice';
import { SelectField } from '../../components/form/SelectField';
import { InfraHeading, ReadOnlyNote } from '../../components/infrastructure/InfraSections';
import { IpRangeForm } from '../../components/infrastructure/IpRangeForm';
import { RecordEditPanel } from '../../components/infrastructure/RecordEditPanel';
import { useInfraAccess } from '../../components/infrastructure/useInfraAccess';
import { useAgencies } from '../../hooks/useAgencies';
import { usePagedList } from '../../hooks/usePagedList';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useI18n } from '../../i18n/useI18n';
import type { PageProps } from '../../routes';

export function InfrastructureIpRangesPage(_props: PageProps) {
  const { t } = useI18n();
  usePageTitle(t('infra.ipRanges'));
  const access = useInfraAccess();
  const { agencies } = useAgencies();
  const [agencyId, setAgencyId] = useState('');
  const [creating, setCreating] = useState(false);
  const [saved, setSaved] = useState<IpRange | null>(null);
  const [editing, setEditing] = useState<IpRange | null>(null);
  const [changed, setChanged] = useState(false);
  const list = usePagedList((cursor, signal) => listIpRanges(agencyId, cursor, { signal }), agencyId);

  return (
    <>
      <InfraHeading title="infra.ipRanges" intro="infra.ipIntro" testId="infra-ip-heading" />
      {changed && <SavedNotice testId="infra-ip-changed" text={t('infra.saved')} />}
      {saved && <SavedNotice testId="infra-ip-saved" text={t('infra.ipSaved', { cidr: saved.cidr, agency: saved.agency_short_name })} />}
      {access.superadmin ? (
        creating ? (
          <IpRangeForm
            agencies={agencies}
            onSaved={(range) => {
              setCreating(false);
              setSaved(range);
              list.reload();
            }}
            onClose={() => setCreating(false)}
          />
        ) : (
          <OpenFormButton
            label={t('infra.ipCreate')}
            testId="infra-ip-create"
            onClick={() => {
              setSaved(null);
              setChanged(false);
              setEditing(null);
              setCreating(true);
            }}
          />
        )
      ) : (
        <ReadOnlyNote text={t('infra.ictOfficeOnly')} />
      )}
      {editing && (
        <RecordEditPanel
          key={editing.id}
          title={t('infra.ipEditTitle', { cidr: editing.cidr })}
          prefix="infra-ip-edit"
          record={editing}
          fields={[
            { key: 'cidr', label: t('infra.ipCidr'), hint: t('infra.ipCidrHint'), required: t('infra.error.cidr') },
            { key: 'purpose', label: t('infra.ipPurpose'), multiline: true },
          ]}
          load={getIpRange}
          update={updateIpRange}
          onSaved={() => {
            setEditing(null);
            setChanged(true);
            list.reload();
          }}
          onClose={() => setEditing(null)}
        />
      )}
      <section class="section" aria-labelledby="infra-ip-list-title">
        <h2 class="heading-l" id="infra-ip-list-title">
          {t('infra.ipListTitle')}
        </h2>
        <div class="filter">
          <SelectField
            id="infra-ip-filter-agency"
            label={t('infra.agency')}
            value={agencyId}
            onChange={setAgencyId}
            options={[{ value: '', label: t('infra.allAgencies') }, ...agencies.map((a) => ({ value: String(a.id), label: a.short_name }))]}
          />
        </div>
        <PagedListView list={list}>
          {(ranges) =>
            ranges.length === 0 ? (
              <p class="body" data-testid="infra-ip-empty">
                {t('infra.ipNone')}
              </p>
            ) : (
              <table class="table table--stacked table--compact" data-testid="infra-ip-table">
                <caption class="visually-hidden">{t('infra.ipListTitle')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('infra.ipCidr')}</th>
                    <th scope="col">{t('infra.agency')}</th>
                    <th scope="col">{t('infra.ipPurpose')}</th>
                    <th scope="col">{t('infra.ipAllocatedBy')}</th>
                    {access.superadmin && <th scope="col">{t('common.actions')}</th>}
                  </tr>
                </thead>
                <tbody>
                  {ranges.map((r) => (
                    <tr key={r.id} data-testid="infra-ip-row" data-range-id={r.id} data-cidr={r.cidr}>
                      <th scope="row" data-label={t('infra.ipCidr')} class="infra-name" data-testid="infra-ip-row-cidr">
                        {r.cidr}
                        <span class="cell-note secondary">{t('infra.ipFamily', { n: r.family })}</span>
                      </th>
                      <td data-label={t('infra.agency')} data-testid="infra-ip-row-agency">
                        <abbr title={r.agency_name}>{r.agency_short_name}</abbr>
                      </td>
                      <td data-label={t('infra.ipPurpose')} data-testid="infra-ip-row-purpose">
                        {r.purpose || '—'}
                      </td>
                      <td data-label={t('infra.ipAllocatedBy')}>{r.allocated_by}</td>
                      {access.superadmin && (
                        <td data-label={t('common.actions')}>
                          <button
                            type="button"
                            class="link-button"
                            data-testid="infra-ip-edit-open"
                            onClick={() => {
                              setSaved(null);
                              setChanged(false);
                              setCreating(false);
                              setEditing(r);
                            }}
                          >
                            {t('common.change')}
                          </button>
                        </td>
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            )
          }
        </PagedListView>
        <ExportLinks basePath={IP_RANGES_PATH} testId="infra-ip-export" />
      </section>
    </>
  );
}

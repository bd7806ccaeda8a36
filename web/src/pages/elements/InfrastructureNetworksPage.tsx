// /elemen/infrastruktur/jaringan (everyone but citizens): the region's intranet:
// the WAN first (run by the ICT office), then each agency's LAN. The superadmin
// registers either; an agency operator their own LAN where the PD Mandiri TIK rule
// allows it (Madiun Pasal 18 ayat (6) huruf b-c, Pasal 45).
import { useState } from 'preact/hooks';
import { getNetwork, listNetworks, updateNetwork } from '../../api/infrastructure';
import type { Network } from '../../api/infrastructureTypes';
import { OpenFormButton } from '../../components/OpenFormButton';
import { PagedListView } from '../../components/PagedListView';
import { SavedNotice } from '../../components/SavedNotice';
import { InfraHeading, ReadOnlyNote } from '../../components/infrastructure/InfraSections';
import { NetworkForm } from '../../components/infrastructure/NetworkForm';
import { RecordEditPanel } from '../../components/infrastructure/RecordEditPanel';
import { useInfraAccess } from '../../components/infrastructure/useInfraAccess';
import { networkKindLabel } from '../../format/infrastructure';
import { useAgencies } from '../../hooks/useAgencies';
import { usePagedList } from '../../hooks/usePagedList';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useI18n } from '../../i18n/useI18n';
import type { PageProps } from '../../routes';

export function InfrastructureNetworksPage(_props: PageProps) {
  const i18n = useI18n();
  const { t } = i18n;
  usePageTitle(t('infra.networks'));
  const access = useInfraAccess();
  const { agencies } = useAgencies();
  const [creating, setCreating] = useState(false);
  const [saved, setSaved] = useState<Network | null>(null);
  const [editing, setEditing] = useState<Network | null>(null);
  const [changed, setChanged] = useState(false);
  const list = usePagedList((cursor, signal) => listNetworks(cursor, { signal }), '');
  const mayCreate = access.superadmin || (access.ownAgencyId !== null && access.mayManageLan(access.ownAgencyId));
  const mayChange = (n: Network) => (n.owner_agency_id === null ? access.superadmin : access.mayManageLan(n.owner_agency_id));

  return (
    <>
      <InfraHeading title="infra.networks" intro="infra.networksIntro" testId="infra-networks-heading" />
      {saved && <SavedNotice testId="infra-network-saved" text={t('infra.networkSaved', { name: saved.name })} />}
      {changed && <SavedNotice testId="infra-network-changed" text={t('infra.saved')} />}
      {editing && (
        <RecordEditPanel
          key={editing.id}
          title={t('infra.networkEditTitle', { name: editing.name })}
          prefix="infra-network-edit"
          record={editing}
          fields={[
            { key: 'name', label: t('infra.networkName'), required: t('infra.error.networkName') },
            { key: 'description', label: t('infra.networkDescription'), multiline: true },
          ]}
          load={getNetwork}
          update={updateNetwork}
          onSaved={() => {
            setEditing(null);
            setChanged(true);
            list.reload();
          }}
          onClose={() => setEditing(null)}
        />
      )}
      {access.known &&
        (mayCreate ? (
          creating ? (
            <NetworkForm
              agencies={agencies}
              ownAgencyId={access.superadmin ? null : access.ownAgencyId}
              onSaved={(network) => {
                setCreating(false);
                setSaved(network);
                list.reload();
              }}
              onClose={() => setCreating(false)}
            />
          ) : (
            <OpenFormButton
              label={t('infra.networkCreate')}
              testId="infra-network-create"
              onClick={() => {
                setSaved(null);
                setChanged(false);
                setEditing(null);
                setCreating(true);
              }}
            />
          )
        ) : access.operator ? (
          <ReadOnlyNote testId="infra-network-self-sufficiency" text={t('infra.lanSelfSufficiency', { article: access.selfSufficiencyArticle ?? t('infra.theRule') })} />
        ) : (
          <ReadOnlyNote text={t('infra.readOnly')} />
        ))}
      <PagedListView list={list}>
        {(networks) =>
          networks.length === 0 ? (
            <p class="body" data-testid="infra-network-empty">
              {t('infra.networkNone')}
            </p>
          ) : (
            <table class="table table--stacked table--compact" data-testid="infra-network-table">
              <caption class="visually-hidden">{t('infra.networks')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('infra.networkName')}</th>
                  <th scope="col">{t('infra.networkKind')}</th>
                  <th scope="col">{t('infra.agency')}</th>
                  <th scope="col">{t('infra.networkDescription')}</th>
                  {mayCreate && <th scope="col">{t('common.actions')}</th>}
                </tr>
              </thead>
              <tbody>
                {networks.map((n) => (
                  <tr key={n.id} data-testid="infra-network-row" data-network-id={n.id} data-kind={n.kind}>
                    <th scope="row" data-label={t('infra.networkName')}>
                      {n.name}
                    </th>
                    <td data-label={t('infra.networkKind')}>{networkKindLabel(n.kind, i18n)}</td>
                    <td data-label={t('infra.agency')}>{n.agency_short_name ? <abbr title={n.agency_name ?? ''}>{n.agency_short_name}</abbr> : t('infra.ictOfficeRuns')}</td>
                    <td data-label={t('infra.networkDescription')} class="infra-text">
                      {n.description || '—'}
                    </td>
                    {mayCreate && (
                      <td data-label={t('common.actions')}>
                        {mayChange(n) ? (
                          <button
                            type="button"
                            class="link-button"
                            data-testid="infra-network-edit-open"
                            onClick={() => {
                              setSaved(null);
                              setChanged(false);
                              setCreating(false);
                              setEditing(n);
                            }}
                          >
                            {t('common.change')}
                          </button>
                        ) : (
                          '—'
                        )}
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </PagedListView>
    </>
  );
}

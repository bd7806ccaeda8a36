// /elemen/infrastruktur/domain (everyone but citizens): the region's domain, the
// agencies' subdomains, websites and official e-mail addresses (Madiun Pasal 21),
// with the naming rules the regulation sets and the exports; the superadmin
// registers any, an agency operator those of their own agency.
import { useState } from 'preact/hooks';
import { DOMAINS_PATH, getDomain, listDomains, updateDomain } from '../../api/infrastructure';
import type { Domain, NamingRule } from '../../api/infrastructureTypes';
import { ExportLinks } from '../../components/ExportLinks';
import { OpenFormButton } from '../../components/OpenFormButton';
import { PagedListView } from '../../components/PagedListView';
import { SavedNotice } from '../../components/SavedNotice';
import { DomainForm } from '../../components/infrastructure/DomainForm';
import { InfraHeading, ReadOnlyNote } from '../../components/infrastructure/InfraSections';
import { RecordEditPanel } from '../../components/infrastructure/RecordEditPanel';
import { useInfraAccess } from '../../components/infrastructure/useInfraAccess';
import { domainKindLabel } from '../../format/infrastructure';
import { useAgencies } from '../../hooks/useAgencies';
import { usePagedList } from '../../hooks/usePagedList';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useI18n } from '../../i18n/useI18n';
import type { PageProps } from '../../routes';

export function InfrastructureDomainsPage(_props: PageProps) {
  const i18n = useI18n();
  const { t } = i18n;
  usePageTitle(t('infra.domains'));
  const access = useInfraAccess();
  const { agencies } = useAgencies();
  const [creating, setCreating] = useState(false);
  const [saved, setSaved] = useState<Domain | null>(null);
  const [editing, setEditing] = useState<Domain | null>(null);
  const [changed, setChanged] = useState(false);
  const [rules, setRules] = useState<NamingRule[] | null>(null);
  const list = usePagedList(async (cursor, signal) => {
    const answer = await listDomains(cursor, { signal });
    if (answer.ok) setRules(answer.data.naming_rules ?? []);
    return answer;
  }, '');
  const mayCreate = access.superadmin || access.operator;
  const mayChange = (d: Domain) => (d.agency_id === null ? access.superadmin : access.mayReport(d.agency_id));
  const editRule = editing ? rules?.find((r) => r.kind === editing.kind) : undefined;

  return (
    <>
      <InfraHeading title="infra.domains" intro="infra.domainsIntro" testId="infra-domains-heading" />
      {rules && rules.length > 0 && (
        <section class="section" aria-labelledby="infra-rules-title" data-testid="infra-naming-rules">
          <h2 class="heading-m" id="infra-rules-title">
            {t('infra.namingRules')}
          </h2>
          <ul class="list">
            {rules.map((r) => (
              <li key={r.kind} data-testid="infra-naming-rule" data-kind={r.kind}>
                <strong>{domainKindLabel(r.kind, i18n)}</strong>: <code class="infra-name" data-testid="infra-naming-rule-pattern">{r.pattern}</code> <span class="secondary">({r.citation})</span>
              </li>
            ))}
          </ul>
          <p class="body secondary">{t('infra.namingAgencyHint')}</p>
        </section>
      )}
      {changed && <SavedNotice testId="infra-domain-changed" text={t('infra.saved')} />}
      {saved && <SavedNotice testId="infra-domain-saved" text={t('infra.domainSaved', { name: saved.name })} />}
      {mayCreate ? (
        creating ? (
          <DomainForm
            agencies={agencies}
            ownAgencyId={access.superadmin ? null : access.ownAgencyId}
            rules={rules ?? []}
            onSaved={(domain) => {
              setCreating(false);
              setSaved(domain);
              list.reload();
            }}
            onClose={() => setCreating(false)}
          />
        ) : (
          <OpenFormButton
            label={t('infra.domainCreate')}
            testId="infra-domain-create"
            onClick={() => {
              setSaved(null);
              setChanged(false);
              setEditing(null);
              setCreating(true);
            }}
          />
        )
      ) : (
        <ReadOnlyNote text={t('infra.readOnly')} />
      )}
      {editing && (
        <RecordEditPanel
          key={editing.id}
          title={t('infra.domainEditTitle', { name: editing.name })}
          prefix="infra-domain-edit"
          record={editing}
          fields={[
            {
              key: 'name',
              label: editing.kind === 'email' ? t('infra.domainEmail') : t('infra.domainName'),
              hint: editRule ? t('infra.domainRuleHint', { pattern: editRule.pattern, citation: editRule.citation }) : undefined,
              required: t('infra.error.domainName'),
            },
            { key: 'purpose', label: t('infra.domainPurpose'), multiline: true },
          ]}
          load={getDomain}
          update={updateDomain}
          onSaved={() => {
            setEditing(null);
            setChanged(true);
            list.reload();
          }}
          onClose={() => setEditing(null)}
        />
      )}
      <section class="section" aria-labelledby="infra-domain-list-title">
        <h2 class="heading-l" id="infra-domain-list-title">
          {t('infra.domainListTitle')}
        </h2>
        <PagedListView list={list}>
          {(domains) =>
            domains.length === 0 ? (
              <p class="body" data-testid="infra-domain-empty">
                {t('infra.domainNone')}
              </p>
            ) : (
              <table class="table table--stacked table--compact" data-testid="infra-domain-table">
                <caption class="visually-hidden">{t('infra.domainListTitle')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('infra.domainName')}</th>
                    <th scope="col">{t('infra.domainKind')}</th>
                    <th scope="col">{t('infra.agency')}</th>
                    <th scope="col">{t('infra.domainPurpose')}</th>
                    {mayCreate && <th scope="col">{t('common.actions')}</th>}
                  </tr>
                </thead>
                <tbody>
                  {domains.map((d) => (
                    <tr key={d.id} data-testid="infra-domain-row" data-domain-id={d.id}>
                      <th scope="row" data-label={t('infra.domainName')} class="infra-name" data-testid="infra-domain-row-name">
                        {d.name}
                      </th>
                      <td data-label={t('infra.domainKind')}>{domainKindLabel(d.kind, i18n)}</td>
                      <td data-label={t('infra.agency')}>{d.agency_short_name ? <abbr title={d.agency_name ?? ''}>{d.agency_short_name}</abbr> : t('infra.wholeRegion')}</td>
                      <td data-label={t('infra.domainPurpose')}>{d.purpose || '—'}</td>
                      {mayCreate && (
                        <td data-label={t('common.actions')}>
                          {mayChange(d) ? (
                            <button
                              type="button"
                              class="link-button"
                              data-testid="infra-domain-edit-open"
                              onClick={() => {
                                setSaved(null);
                                setChanged(false);
                                setCreating(false);
                                setEditing(d);
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
        <ExportLinks basePath={DOMAINS_PATH} testId="infra-domain-export" />
      </section>
    </>
  );
}

// /organisasi (everyone but citizens): the region's organisation from one
// answer (GET /api/v1/organisation): the region and its regulation, the
// agencies, the bodies the regulation forms with their members, who coordinates
// each architecture domain, and the GCIO where the regulation has one. Labels
// follow the regulation's own words (region.terms).
import { useEffect, useState } from 'preact/hooks';
import { getOrganisation } from '../api/organisation';
import type { Coordinator, Gcio, Organisation, OrgAgency, Terms } from '../api/organisationTypes';
import { AgencyTable } from '../components/AgencyTable';
import { CommitteeList } from '../components/CommitteeList';
import { TextField } from '../components/form/TextField';
import { LoadView } from '../components/LoadView';
import { SummaryList } from '../components/SummaryList';
import { domainLabel, term } from '../format/organisation';
import { regionKindKey } from '../format/region';
import { useLoad } from '../hooks/useLoad';
import { usePageTitle } from '../hooks/usePageTitle';
import { useI18n } from '../i18n/useI18n';
import { regionDetail } from '../state/region';

export function OrganisationPage() {
  const { t } = useI18n();
  usePageTitle(t('organisation.title'));
  const loaded = useLoad((signal) => getOrganisation({ signal }));
  const region = loaded.state.phase === 'ready' ? loaded.state.data.region : null;
  useEffect(() => {
    if (region) regionDetail.set(region);
  }, [region]);

  return (
    <LoadView loaded={loaded}>
      {(organisation) => <OrganisationView organisation={organisation} />}
    </LoadView>
  );
}

function OrganisationView({ organisation }: { organisation: Organisation }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const { region, agencies, committees } = organisation;
  const terms = region.terms;
  const agencyWord = term(terms, 'agency', lang);
  const kindKey = regionKindKey(region.kind);
  const [query, setQuery] = useState('');
  const shown = filterAgencies(agencies, query);

  return (
    <>
      <h1 class="heading-xl">
        <span class="caption">{t('organisation.title')}</span>
        <span data-testid="region-heading">{region.name}</span>
      </h1>
      <SummaryList
        testId="region-summary"
        rows={[
          { key: 'kind', label: t('organisation.regionKind'), value: <span data-testid="region-kind">{kindKey ? t(kindKey) : region.kind}</span> },
          {
            key: 'regulation',
            label: t('organisation.regulation'),
            value: region.citation ? (
              <>
                <a class="link" href="/peraturan" data-testid="region-citation">
                  {region.citation.short}
                </a>
                <span class="cell-note">{region.citation.title}</span>
              </>
            ) : (
              <span data-testid="region-citation">{t('organisation.noRegulation')}</span>
            ),
          },
          ...(region.domain ? [{ key: 'domain', label: t('organisation.domain'), value: region.domain }] : []),
          {
            key: 'counts',
            label: t('organisation.counts'),
            value: (
              <span data-testid="organisation-counts">
                {t('organisation.countsValue', { agencies: agencies.length, agency: agencyWord, committees: committees.length })}
              </span>
            ),
          },
        ]}
      />
      {organisation.self_sufficiency && (
        <p class="body">
          <a class="link" href="/pd-mandiri-tik" data-testid="organisation-self-sufficiency-link">
            {t('organisation.selfSufficiencyLink', { term: term(terms, 'ict_self_sufficient', lang) })}
          </a>
        </p>
      )}

      <section class="section" aria-labelledby="agencies-title">
        <h2 class="heading-l" id="agencies-title">
          {agencyWord}{' '}
          <span class="heading-count" data-testid="agencies-count">
            ({agencies.length})
          </span>
        </h2>
        <div class="filter filter--inline" role="search" aria-label={t('organisation.agencyFilter', { agency: agencyWord })}>
          <TextField
            id="agency-filter"
            label={t('organisation.agencyFilter', { agency: agencyWord })}
            hint={t('organisation.agencyFilterHint')}
            value={query}
            onInput={setQuery}
            width="half"
            autoComplete="off"
          />
          {query.trim() && (
            <p class="body" role="status" data-testid="agencies-shown">
              {t('organisation.agenciesShown', { shown: shown.length, total: agencies.length })}
            </p>
          )}
        </div>
        <div class="table-wrapper">
          <AgencyTable agencies={shown} terms={terms} />
        </div>
      </section>

      <section class="section" aria-labelledby="committees-title">
        <h2 class="heading-l" id="committees-title">
          {t('organisation.committees')}
        </h2>
        <CommitteeList committees={committees} terms={terms} />
      </section>

      {organisation.architecture_coordinators.length > 0 && (
        <Coordinators coordinators={organisation.architecture_coordinators} agencies={agencies} />
      )}
      {organisation.gcio && <GcioSection gcio={organisation.gcio} terms={terms} />}
    </>
  );
}

function filterAgencies(agencies: OrgAgency[], query: string): OrgAgency[] {
  const words = query.trim().toLocaleLowerCase('id').split(/\s+/).filter(Boolean);
  if (words.length === 0) return agencies;
  return agencies.filter((a) => {
    const text = `${a.name} ${a.short_name} ${a.head?.title ?? ''} ${a.head?.person?.name ?? ''}`.toLocaleLowerCase('id');
    return words.every((w) => text.includes(w));
  });
}

function Coordinators({ coordinators, agencies }: { coordinators: Coordinator[]; agencies: OrgAgency[] }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <section class="section" aria-labelledby="coordinators-title">
      <h2 class="heading-l" id="coordinators-title">
        {t('organisation.coordinators')}
      </h2>
      <p class="body">{t('organisation.coordinatorsIntro')}</p>
      <table class="table table--stacked table--compact" data-testid="coordinators">
        <thead>
          <tr>
            <th scope="col">{t('organisation.domain.column')}</th>
            <th scope="col">{t('organisation.coordinator')}</th>
            <th scope="col">{t('organisation.article')}</th>
          </tr>
        </thead>
        <tbody>
          {coordinators.map((c) => {
            const agency = agencies.find((a) => a.id === c.agency_id);
            return (
              <tr key={c.domain} data-testid="coordinator-row" data-domain={c.domain}>
                <th scope="row" data-label={t('organisation.domain.column')}>
                  {domainLabel(c.domain, i18n)}
                </th>
                <td data-label={t('organisation.coordinator')}>
                  {agency ? (
                    <a class="link" href={`/organisasi/pd/${agency.id}`}>
                      {agency.name}
                    </a>
                  ) : (
                    `#${c.agency_id}`
                  )}
                </td>
                <td data-label={t('organisation.article')}>{c.article ?? '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

function GcioSection({ gcio, terms }: { gcio: Gcio; terms: Terms }) {
  const { t, lang } = useI18n();
  const word = term(terms, 'gcio', lang);
  return (
    <section class="section" aria-labelledby="gcio-title" data-testid="gcio">
      <h2 class="heading-l" id="gcio-title">
        {word}
      </h2>
      <SummaryList
        rows={[
          { key: 'position', label: t('committee.position'), value: gcio.title },
          {
            key: 'holder',
            label: t('committee.holder'),
            value: gcio.holder ? gcio.holder.name : <span class="secondary">{t('position.vacant')}</span>,
          },
          ...(gcio.article ? [{ key: 'article', label: t('organisation.article'), value: gcio.article }] : []),
        ]}
      />
    </section>
  );
}

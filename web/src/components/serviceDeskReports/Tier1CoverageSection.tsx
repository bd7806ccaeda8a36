// Tier 1 coverage: which agencies have people whose SPBE duties include Tier 1 of
// the service desk, and which have none (flagged), with the regulation's article
// and sentence that asks for them.
import { getTier1Coverage } from '../../api/serviceDesk';
import type { CoverageItem } from '../../api/serviceDeskTypes';
import { termOrNull } from '../../format/organisation';
import { useLoad } from '../../hooks/useLoad';
import { useRegionDetail } from '../../hooks/useRegionDetail';
import { useI18n } from '../../i18n/useI18n';
import { LoadView } from '../LoadView';

const byName = (a: CoverageItem, b: CoverageItem) => a.agency.name.localeCompare(b.agency.name);
const flagged = (items: CoverageItem[]) => items.filter((i) => i.flagged).sort(byName);
const covered = (items: CoverageItem[]) => items.filter((i) => !i.flagged).sort(byName);

// Agencies with their Tier 1 staff: a red tag for none, else how many.
function CoverageList({ items, tier1 }: { items: CoverageItem[]; tier1: string }) {
  const { t, tPlural } = useI18n();
  return (
    <ul class="sd-coverage-list">
      {items.map((item) => (
        <li key={item.agency.id} class="sd-coverage-list__item" data-testid="sd-coverage-item" data-flagged={String(item.flagged)} data-agency-id={item.agency.id}>
          <span class="sd-coverage-list__name">{item.agency.name}</span>{' '}
          {item.flagged ? (
            <strong class="tag tag--red" data-testid="sd-coverage-flag">
              {t('sdReports.coverageNone', { tier1 })}
            </strong>
          ) : (
            <span class="tag tag--green" data-testid="sd-coverage-count">
              {tPlural('sdReports.coverageStaff', item.tier1_staff)}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}

export function Tier1CoverageSection() {
  const { t, lang } = useI18n();
  const region = useRegionDetail();
  const tier1 = termOrNull(region?.terms, 'tier1', lang) ?? t('sdReports.tier1Default');
  const loaded = useLoad((signal) => getTier1Coverage({ signal }));
  return (
    <section class="section" aria-labelledby="sd-coverage-title" data-testid="sd-coverage">
      <h2 class="heading-l" id="sd-coverage-title">
        {t('sdReports.coverageTitle', { tier1 })}
      </h2>
      <LoadView loaded={loaded}>
        {(coverage) => (
          <>
            {coverage.obligation && (
              <div class="obligation" data-testid="sd-coverage-obligation">
                <p class="obligation__article">
                  {/* The citation usually names the article already ("Perwali … Pasal 39 ayat (7)"): then once is enough. */}
                  <strong>{coverage.obligation.citation?.includes(coverage.obligation.article) ? coverage.obligation.citation : coverage.obligation.article}</strong>
                  {coverage.obligation.citation && !coverage.obligation.citation.includes(coverage.obligation.article) && (
                    <span class="secondary"> · {coverage.obligation.citation}</span>
                  )}
                </p>
                <p class="obligation__text">{coverage.obligation.text}</p>
              </div>
            )}
            <p class="body" data-testid="sd-coverage-summary">
              {coverage.agencies_without_tier1 === 0
                ? t('sdReports.coverageAll', { tier1 })
                : t('sdReports.coverageMissing', { n: coverage.agencies_without_tier1, tier1 })}
            </p>
            {flagged(coverage.items).length > 0 && <CoverageList items={flagged(coverage.items)} tier1={tier1} />}
            {covered(coverage.items).length > 0 && (
              <details class="details" data-testid="sd-coverage-covered">
                <summary class="details__summary">{t('sdReports.coverageCovered', { n: covered(coverage.items).length, tier1 })}</summary>
                <div class="details__text">
                  <CoverageList items={covered(coverage.items)} tier1={tier1} />
                </div>
              </details>
            )}
          </>
        )}
      </LoadView>
    </section>
  );
}

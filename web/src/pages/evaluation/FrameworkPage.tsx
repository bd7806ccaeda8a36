// /evaluasi/kerangka/{code} (every role but citizens): one framework as the regulation sets it —
// its citation, the predicate bands, the capability scales with every level's criteria, and the
// structure: domains, aspects and indicators with their weights (% of the whole index), the
// scale each indicator is judged on and whether Simpul suggests its level from its records.
import { EVALUATION_PAGE, FRAMEWORKS_PAGE, getFramework } from '../../api/evaluation';
import type { Framework } from '../../api/evaluationTypes';
import { LoadView } from '../../components/LoadView';
import { useLoad } from '../../hooks/useLoad';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useI18n } from '../../i18n/useI18n';
import type { PageProps } from '../../routes';
import './evaluation.css';
import { indexText, predicateColour } from './evaluationWords';

export function FrameworkPage({ params }: PageProps) {
  const code = decodeURIComponent(params[0] ?? '');
  const { t } = useI18n();
  const framework = useLoad((signal) => getFramework(code, { signal }), code);
  const title = framework.state.phase === 'ready' ? framework.state.data.citation : t('evaluation.framework');
  usePageTitle(title);
  return (
    <>
      <p class="body back">
        <a class="link" href={FRAMEWORKS_PAGE} data-testid="ev-back">
          {t('evaluation.backToFrameworks')}
        </a>
      </p>
      <LoadView loaded={framework}>{(f) => <FrameworkView framework={f} />}</LoadView>
      <p class="body">
        <a class="link" href={EVALUATION_PAGE}>
          {t('evaluation.backToList')}
        </a>
      </p>
    </>
  );
}

function FrameworkView({ framework: f }: { framework: Framework }) {
  const { t, lang } = useI18n();
  const indicators = f.domains.flatMap((d) => d.aspects.flatMap((a) => a.indicators));
  const scaleNames = new Map(f.scales.map((s) => [s.key, s.name]));
  // Bands come highest first; each runs up to the one above it.
  const bands = [...f.bands].sort((a, b) => Number(b.from) - Number(a.from));
  return (
    <>
      <h1 class="heading-xl">
        <span class="caption">{f.title}</span>
        <span data-testid="ev-framework-heading">{f.citation}</span>
      </h1>
      <p class="lead" data-testid="ev-framework-size" data-indicators={indicators.length}>
        {t('evaluation.frameworkSize', { domains: f.domains.length, aspects: f.domains.reduce((n, d) => n + d.aspects.length, 0), indicators: indicators.length })}
      </p>
      {f.status !== 'in_force' && (
        <p class="body">
          <strong class="tag tag--yellow">{t('evaluation.frameworkDraft')}</strong> {t('evaluation.frameworkDraftExplained')}
        </p>
      )}

      <section class="section" aria-labelledby="ev-bands-title">
        <h2 class="heading-l" id="ev-bands-title">
          {t('evaluation.bandsTitle', { index: f.index_name })}
        </h2>
        <table class="table table--compact" data-testid="ev-bands">
          <thead>
            <tr>
              <th scope="col">{t('evaluation.indexRange')}</th>
              <th scope="col">{t('evaluation.predicate')}</th>
            </tr>
          </thead>
          <tbody>
            {bands.map((b, i) => (
              <tr key={b.from} data-testid="ev-band">
                <td>{i === 0 ? t('evaluation.fromUp', { from: indexText(b.from, lang) }) : t('evaluation.fromBelow', { from: indexText(b.from, lang), to: indexText(bands[i - 1]!.from, lang) })}</td>
                <td>
                  <strong class={`tag tag--${predicateColour(b.name)}`}>{b.name}</strong>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section class="section" aria-labelledby="ev-scales-title">
        <h2 class="heading-l" id="ev-scales-title">
          {t('evaluation.scalesTitle')}
        </h2>
        {f.scales.map((s) => (
          <div key={s.key} data-testid="ev-scale" data-scale={s.key}>
            <h3 class="heading-m">{s.name}</h3>
            <dl class="summary-list">
              {s.levels.map((l) => (
                <div class="summary-list__row" key={l.value}>
                  <dt class="summary-list__key">
                    {l.value} – {l.name}
                  </dt>
                  <dd class="summary-list__value ev-text">{l.criteria}</dd>
                </div>
              ))}
            </dl>
          </div>
        ))}
      </section>

      <section class="section" aria-labelledby="ev-structure-title">
        <h2 class="heading-l" id="ev-structure-title">
          {t('evaluation.structureTitle')}
        </h2>
        {f.domains.map((d) => (
          <div key={d.number} data-testid="ev-structure-domain">
            <h3 class="heading-m">
              {t('evaluation.domainHeading', { number: d.number, name: d.name, weight: indexText(d.weight, lang) })}
            </h3>
            {d.aspects.map((a) => (
              <div key={a.number}>
                <h4 class="heading-s">{t('evaluation.aspectHeading', { number: a.number, name: a.name, weight: indexText(a.weight, lang) })}</h4>
                <table class="table table--stacked table--compact" data-testid="ev-structure-aspect">
                  <thead>
                    <tr>
                      <th scope="col">{t('evaluation.indicatorNo')}</th>
                      <th scope="col">{t('evaluation.indicator')}</th>
                      <th scope="col" class="numeric">
                        {t('evaluation.weight')}
                      </th>
                      <th scope="col">{t('evaluation.scale')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {a.indicators.map((i) => (
                      <tr key={i.number} data-testid="ev-structure-indicator">
                        <td data-label={t('evaluation.indicatorNo')}>{i.number}</td>
                        <th scope="row" data-label={t('evaluation.indicator')}>
                          {i.name}
                          {i.suggestion && <span class="cell-note">{t('evaluation.hasSuggestion')}</span>}
                        </th>
                        <td class="numeric" data-label={t('evaluation.weight')}>
                          {indexText(i.weight, lang)}
                        </td>
                        <td data-label={t('evaluation.scale')}>{scaleNames.get(i.scale) ?? i.scale}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ))}
          </div>
        ))}
      </section>
    </>
  );
}

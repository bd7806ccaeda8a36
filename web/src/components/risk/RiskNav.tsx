// The links between the risk management pages: the register, the heat map, the
// unit's context, the monitoring reports and (the ICT office) the criteria.
import { useI18n } from '../../i18n/useI18n';
import type { MessageKey } from '../../i18n/messages';
import { useRiskAccess } from './useRiskAccess';

type Current = 'register' | 'heatMap' | 'context' | 'reports' | 'criteria' | 'none';

const LINKS: Array<{ key: Exclude<Current, 'none'>; href: string; label: MessageKey; testId: string }> = [
  { key: 'register', href: '/risiko', label: 'risk.nav.register', testId: 'risk-nav-register' },
  { key: 'heatMap', href: '/risiko/peta', label: 'risk.nav.heatMap', testId: 'risk-nav-heat-map' },
  { key: 'context', href: '/risiko/konteks', label: 'risk.nav.context', testId: 'risk-nav-context' },
  { key: 'reports', href: '/risiko/laporan', label: 'risk.nav.reports', testId: 'risk-nav-reports' },
  { key: 'criteria', href: '/risiko/kriteria', label: 'risk.nav.criteria', testId: 'risk-nav-criteria' },
];

export function RiskNav({ current }: { current: Current }) {
  const { t } = useI18n();
  const access = useRiskAccess();
  const shown = LINKS.filter((l) => l.key !== 'criteria' || access.mayManageCriteria);
  return (
    <nav class="sd-tabs" aria-label={t('risk.nav.label')} data-testid="risk-nav">
      <ul class="sd-tabs__list">
        {shown.map((l) => (
          <li key={l.key} class={`sd-tabs__item${l.key === current ? ' sd-tabs__item--current' : ''}`}>
            <a class="sd-tabs__link" href={l.href} aria-current={l.key === current ? 'page' : undefined} data-testid={l.testId}>
              {t(l.label)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

// The heading of a risk management page, its introduction and the links between the pages.
export function RiskPageHeading({ current, title, intro, testId }: { current: Exclude<Current, 'none'>; title: string; intro: string; testId: string }) {
  const { t } = useI18n();
  return (
    <>
      <h1 class="heading-xl">
        <span class="caption">{t('risk.title')}</span>
        <span data-testid={testId}>{title}</span>
      </h1>
      <p class="lead">{intro}</p>
      <RiskNav current={current} />
    </>
  );
}

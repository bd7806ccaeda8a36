// /tata-kelola (everyone but citizens): the planning elements of Tata Kelola
// SPBE, one card each, linking to their pages (docs/governance-contract.md).
import { usePageTitle } from '../../hooks/usePageTitle';
import type { MessageKey } from '../../i18n/messages';
import { useI18n } from '../../i18n/useI18n';

export const GOVERNANCE_SECTIONS: { href: string; title: MessageKey; text: MessageKey; testId: string }[] = [
  { href: '/tata-kelola/rencana-induk', title: 'governance.masterPlan', text: 'governance.masterPlanText', testId: 'governance-master-plan' },
  { href: '/tata-kelola/arsitektur', title: 'governance.architecture', text: 'governance.architectureText', testId: 'governance-architecture' },
  { href: '/tata-kelola/peta-rencana', title: 'governance.roadmap', text: 'governance.roadmapText', testId: 'governance-roadmap' },
  { href: '/tata-kelola/anggaran', title: 'governance.budget', text: 'governance.budgetText', testId: 'governance-budget' },
  {
    href: '/tata-kelola/proses-bisnis',
    title: 'governance.businessProcess',
    text: 'governance.businessProcessText',
    testId: 'governance-business-process',
  },
];

export function GovernancePage() {
  const { t } = useI18n();
  usePageTitle(t('governance.title'));
  return (
    <>
      <h1 class="heading-xl">{t('governance.title')}</h1>
      <p class="body-l">{t('governance.intro')}</p>
      <ul class="card-list" data-testid="governance-sections">
        {GOVERNANCE_SECTIONS.map((s) => (
          <li key={s.href} class="card">
            <h2 class="heading-m">
              <a class="link" href={s.href} data-testid={s.testId}>
                {t(s.title)}
              </a>
            </h2>
            <p class="body">{t(s.text)}</p>
          </li>
        ))}
      </ul>
    </>
  );
}

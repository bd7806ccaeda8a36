// /elemen (everyone but citizens): the registries of the SPBE elements — applications,
// data, infrastructure, services — and the map of how they depend on each other, one
// card each (docs/registries-contract.md).
import { usePageTitle } from '../../hooks/usePageTitle';
import type { MessageKey } from '../../i18n/messages';
import { useI18n } from '../../i18n/useI18n';

export const ELEMENT_SECTIONS: { href: string; title: MessageKey; text: MessageKey; testId: string }[] = [
  { href: '/elemen/aplikasi', title: 'elements.applications', text: 'elements.applicationsText', testId: 'elements-applications' },
  { href: '/elemen/data', title: 'elements.datasets', text: 'elements.datasetsText', testId: 'elements-datasets' },
  { href: '/elemen/berbagi-data', title: 'elements.agreements', text: 'elements.agreementsText', testId: 'elements-agreements' },
  { href: '/elemen/infrastruktur', title: 'elements.infrastructure', text: 'elements.infrastructureText', testId: 'elements-infrastructure' },
  { href: '/elemen/layanan', title: 'elements.services', text: 'elements.servicesText', testId: 'elements-services' },
  { href: '/elemen/dampak', title: 'elements.impact', text: 'elements.impactText', testId: 'elements-impact' },
];

export function ElementsPage() {
  const { t } = useI18n();
  usePageTitle(t('elements.title'));
  return (
    <>
      <h1 class="heading-xl">{t('elements.title')}</h1>
      <p class="body-l">{t('elements.intro')}</p>
      <ul class="card-list" data-testid="elements-sections">
        {ELEMENT_SECTIONS.map((s) => (
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

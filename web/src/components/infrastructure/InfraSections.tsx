// The parts of the infrastructure registry, one card each on the hub, and the
// link back to the hub from each part's page.
import { INFRA_PAGE } from '../../api/infrastructure';
import type { MessageKey } from '../../i18n/messages';
import { useI18n } from '../../i18n/useI18n';

export const INFRA_SECTIONS: { href: string; title: MessageKey; text: MessageKey; testId: string }[] = [
  { href: `${INFRA_PAGE}/server`, title: 'infra.hosts', text: 'infra.hostsText', testId: 'infra-section-hosts' },
  { href: `${INFRA_PAGE}/fasilitas`, title: 'infra.facilities', text: 'infra.facilitiesText', testId: 'infra-section-facilities' },
  { href: `${INFRA_PAGE}/jaringan`, title: 'infra.networks', text: 'infra.networksText', testId: 'infra-section-networks' },
  { href: `${INFRA_PAGE}/rentang-ip`, title: 'infra.ipRanges', text: 'infra.ipRangesText', testId: 'infra-section-ip-ranges' },
  { href: `${INFRA_PAGE}/domain`, title: 'infra.domains', text: 'infra.domainsText', testId: 'infra-section-domains' },
  { href: `${INFRA_PAGE}/diagram-lan`, title: 'infra.lanDiagrams', text: 'infra.lanDiagramsText', testId: 'infra-section-lan' },
  { href: `${INFRA_PAGE}/cadangan`, title: 'infra.backups', text: 'infra.backupsText', testId: 'infra-section-backups' },
];

export function InfraSectionCards() {
  const { t } = useI18n();
  return (
    <ul class="card-list" data-testid="infra-sections">
      {INFRA_SECTIONS.map((s) => (
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
  );
}

// The heading of one part's page, with the link back to the hub.
export function InfraHeading({ title, intro, testId }: { title: MessageKey; intro: MessageKey; testId: string }) {
  const { t } = useI18n();
  return (
    <>
      <p class="back">
        <a class="link" href={INFRA_PAGE} data-testid="infra-back">
          {t('infra.back')}
        </a>
      </p>
      <h1 class="heading-xl">
        <span class="caption">{t('elements.infrastructure')}</span>
        <span data-testid={testId}>{t(title)}</span>
      </h1>
      <p class="lead">{t(intro)}</p>
    </>
  );
}

// "Only the ICT office / your agency records this": shown instead of a form.
export function ReadOnlyNote({ text, testId = 'infra-read-only' }: { text: string; testId?: string }) {
  return (
    <p class="body secondary" data-testid={testId}>
      {text}
    </p>
  );
}

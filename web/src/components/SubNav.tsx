// The links between the pages of one area (as tabs), and the heading those pages
// share: the area's name as caption, the page's title, its introduction and the
// links. Each area gives its links (key, address, i18n key, test id) and which
// one is the current page; a link an area hides from a role is left out by it.
import type { MessageKey } from '../i18n/messages';
import { useI18n } from '../i18n/useI18n';

export interface SubNavLink<K extends string> {
  key: K;
  href: string;
  label: MessageKey;
  testId: string;
}

interface NavProps<K extends string> {
  label: string; // the navigation's accessible name
  testId: string;
  links: ReadonlyArray<SubNavLink<K>>;
  current: K;
}

export function SubNav<K extends string>({ label, testId, links, current }: NavProps<K>) {
  const { t } = useI18n();
  return (
    <nav class="sd-tabs" aria-label={label} data-testid={testId}>
      <ul class="sd-tabs__list">
        {links.map((l) => (
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

interface HeadingProps<K extends string> {
  caption: string; // the area's name
  title: string;
  intro: string;
  testId: string; // on the title
  nav: NavProps<K>;
}

export function SubNavHeading<K extends string>({ caption, title, intro, testId, nav }: HeadingProps<K>) {
  return (
    <>
      <h1 class="heading-xl">
        <span class="caption">{caption}</span>
        <span data-testid={testId}>{title}</span>
      </h1>
      <p class="lead">{intro}</p>
      <SubNav {...nav} />
    </>
  );
}

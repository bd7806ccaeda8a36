// The heading of the change management pages, their introduction and the links
// between them: the requests for change and the change calendar.
import { useI18n } from '../../i18n/useI18n';
import { SubNavHeading, type SubNavLink } from '../SubNav';

type Current = 'list' | 'calendar';

const LINKS: Array<SubNavLink<Current>> = [
  { key: 'list', href: '/perubahan', label: 'change.nav.list', testId: 'change-nav-list' },
  { key: 'calendar', href: '/perubahan/kalender', label: 'change.nav.calendar', testId: 'change-nav-calendar' },
];

export function ChangePageHeading({ current, title, intro, testId }: { current: Current; title: string; intro: string; testId: string }) {
  const { t } = useI18n();
  return <SubNavHeading caption={t('change.title')} title={title} intro={intro} testId={testId} nav={{ label: t('change.nav.label'), testId: 'change-nav', links: LINKS, current }} />;
}

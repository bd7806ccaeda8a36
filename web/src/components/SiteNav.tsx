// The links to the parts of Simpul the signed-in user may use (by role), with
// the current part marked.
import type { User } from '../api/identityTypes';
import { termOrNull } from '../format/organisation';
import { useRegionDetail } from '../hooks/useRegionDetail';
import type { MessageKey } from '../i18n/messages';
import { useI18n } from '../i18n/useI18n';
import { ACCESS, mayOpen, type Access } from '../state/access';
import { route } from '../state/route';
import { useStore } from '../state/store';

interface NavItem {
  href: string;
  label: MessageKey;
  access: Access;
  testId: string;
  term?: string; // the regulation's word for it, when the region's terms are known
}

const ITEMS: NavItem[] = [
  { href: '/', label: 'nav.status', access: 'public', testId: 'nav-status' },
  { href: '/data-terbuka', label: 'datasets.navOpenData', access: 'public', testId: 'nav-open-data' },
  { href: '/pengaduan', label: 'nav.complaint', access: 'public', testId: 'nav-complaint' },
  { href: '/organisasi', label: 'nav.organisation', access: ACCESS.organisation, testId: 'nav-organisation' },
  { href: '/tata-kelola', label: 'nav.governance', access: ACCESS.governance, testId: 'nav-governance' },
  { href: '/elemen', label: 'nav.elements', access: ACCESS.registry, testId: 'nav-elements' },
  { href: '/tiket', label: 'nav.serviceDesk', access: ACCESS.serviceDesk, testId: 'nav-service-desk', term: 'service_desk' },
  { href: '/risiko', label: 'nav.risk', access: ACCESS.risk, testId: 'nav-risk' },
  { href: '/keamanan', label: 'nav.security', access: ACCESS.security, testId: 'nav-security' },
  { href: '/audit-tik', label: 'nav.ictAudit', access: ACCESS.ictAudit, testId: 'nav-ict-audit' },
  { href: '/aset', label: 'nav.assets', access: ACCESS.assets, testId: 'nav-assets' },
  { href: '/perubahan', label: 'nav.changes', access: ACCESS.changes, testId: 'nav-changes' },
  { href: '/pengetahuan', label: 'nav.knowledge', access: ACCESS.knowledge, testId: 'nav-knowledge' },
  { href: '/kompetensi', label: 'nav.competencies', access: ACCESS.competencies, testId: 'nav-competencies' },
  { href: '/dasbor', label: 'nav.dashboard', access: ACCESS.dashboard, testId: 'nav-dashboard' },
  { href: '/kepatuhan', label: 'nav.compliance', access: ACCESS.compliance, testId: 'nav-compliance' },
  { href: '/evaluasi', label: 'nav.evaluation', access: ACCESS.evaluation, testId: 'nav-evaluation' },
  { href: '/peraturan', label: 'nav.profile', access: ACCESS.organisation, testId: 'nav-profile' },
  {
    href: '/pd-mandiri-tik',
    label: 'nav.selfSufficiency',
    access: ACCESS.organisation,
    testId: 'nav-self-sufficiency',
    term: 'ict_self_sufficient',
  },
  { href: '/pengguna', label: 'nav.users', access: ACCESS.users, testId: 'nav-users' },
  { href: '/token', label: 'nav.tokens', access: ACCESS.tokens, testId: 'nav-tokens' },
  { href: '/audit', label: 'nav.audit', access: ACCESS.audit, testId: 'nav-audit' },
  { href: '/akun/kata-sandi', label: 'nav.password', access: 'signedIn', testId: 'nav-password' },
];

export function SiteNav({ user }: { user: User }) {
  const { t, lang } = useI18n();
  const { path } = useStore(route);
  const terms = useRegionDetail()?.terms;
  const items = ITEMS.filter((item) => mayOpen(user.role, item.access));
  return (
    <nav class="site-nav" aria-label={t('nav.label')} data-testid="site-nav">
      <div class="width-container">
        <ul class="site-nav__list">
          {items.map((item) => {
            const current = item.href === '/' ? path === '/' : path === item.href || path.startsWith(`${item.href}/`);
            return (
              <li key={item.href} class={`site-nav__item${current ? ' site-nav__item--current' : ''}`}>
                <a class="site-nav__link" href={item.href} aria-current={current ? 'page' : undefined} data-testid={item.testId}>
                  {(item.term && termOrNull(terms, item.term, lang)) || t(item.label)}
                </a>
              </li>
            );
          })}
        </ul>
      </div>
    </nav>
  );
}

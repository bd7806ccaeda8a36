// The address → page table, and who may open each page (state/access.ts).
import type { FunctionComponent } from 'preact';
import { lazyPage } from './lazyPage';
import { AgencyPage } from './pages/AgencyPage';
import { AuditPage } from './pages/AuditPage';
import { ChangePasswordPage } from './pages/ChangePasswordPage';
import { LoginPage } from './pages/LoginPage';
// ==== element registry page imports (keep this marker; one block per area right below it) ====
import { OrganisationPage } from './pages/OrganisationPage';
import { ProfilePage } from './pages/ProfilePage';
import { SelfSufficiencyPage } from './pages/SelfSufficiencyPage';
import { StatusPage } from './pages/StatusPage';
import { TokensPage } from './pages/TokensPage';
import { UserCreatePage } from './pages/UserCreatePage';
import { UserEditPage } from './pages/UserEditPage';
import { UsersPage } from './pages/UsersPage';
import { ACCESS, type Access } from './state/access';

// The governance and element registry pages come in their own files, fetched the first
// time one of them is opened: the first page a user sees loads without them.
const governance = () => import('./pages/governance');
const elements = () => import('./pages/elements');
// ==== risk, security and audit page imports (keep this marker; one barrel const + lazyPage lines per area right below it) ====
const security = () => import('./pages/security');
const SecurityPage = lazyPage(() => security().then((m) => m.SecurityPage));
const SecurityPolicyPage = lazyPage(() => security().then((m) => m.PolicyPage));
const IncidentCreatePage = lazyPage(() => security().then((m) => m.IncidentCreatePage));
const IncidentPage = lazyPage(() => security().then((m) => m.IncidentPage));
const ictAudits = () => import('./pages/ictAudits');
const IctAuditsPage = lazyPage(() => ictAudits().then((m) => m.IctAuditsPage));
const IctAuditPage = lazyPage(() => ictAudits().then((m) => m.IctAuditPage));
const risk = () => import('./pages/risk');
const RisksPage = lazyPage(() => risk().then((m) => m.RisksPage));
const RiskCreatePage = lazyPage(() => risk().then((m) => m.RiskCreatePage));
const RiskPage = lazyPage(() => risk().then((m) => m.RiskPage));
const RiskHeatMapPage = lazyPage(() => risk().then((m) => m.RiskHeatMapPage));
const RiskContextPage = lazyPage(() => risk().then((m) => m.RiskContextPage));
const RiskReportsPage = lazyPage(() => risk().then((m) => m.RiskReportsPage));
const RiskReportPage = lazyPage(() => risk().then((m) => m.RiskReportPage));
const RiskCriteriaPage = lazyPage(() => risk().then((m) => m.RiskCriteriaPage));
// ==== management processes page imports (keep this marker; one barrel const + lazyPage lines per area right below it) ====
const competencies = () => import('./pages/competencies');
const CompetenciesPage = lazyPage(() => competencies().then((m) => m.CompetenciesPage));
const AgencyCompetenciesPage = lazyPage(() => competencies().then((m) => m.AgencyCompetenciesPage));
const assets = () => import('./pages/assets');
const AssetsPage = lazyPage(() => assets().then((m) => m.AssetsPage));
const AssetCreatePage = lazyPage(() => assets().then((m) => m.AssetCreatePage));
const AssetImportPage = lazyPage(() => assets().then((m) => m.AssetImportPage));
const AssetReportsPage = lazyPage(() => assets().then((m) => m.AssetReportsPage));
const AssetPage = lazyPage(() => assets().then((m) => m.AssetPage));
const changes = () => import('./pages/changes');
const ChangesPage = lazyPage(() => changes().then((m) => m.ChangesPage));
const ChangeCreatePage = lazyPage(() => changes().then((m) => m.ChangeCreatePage));
const ChangeCalendarPage = lazyPage(() => changes().then((m) => m.ChangeCalendarPage));
const ChangePage = lazyPage(() => changes().then((m) => m.ChangePage));
const knowledge = () => import('./pages/knowledge');
const KnowledgePage = lazyPage(() => knowledge().then((m) => m.KnowledgePage));
const ArticleCreatePage = lazyPage(() => knowledge().then((m) => m.ArticleCreatePage));
const ArticlePage = lazyPage(() => knowledge().then((m) => m.ArticlePage));
// ==== evaluation page imports (keep this marker; one barrel const + lazyPage lines per area right below it) ====
const evaluation = () => import('./pages/evaluation');
const EvaluationCampaignsPage = lazyPage(() => evaluation().then((m) => m.CampaignsPage));
const EvaluationCampaignPage = lazyPage(() => evaluation().then((m) => m.CampaignPage));
const EvaluationTeamPage = lazyPage(() => evaluation().then((m) => m.TeamPage));
const EvaluationExternalPage = lazyPage(() => evaluation().then((m) => m.ExternalResultsPage));
const EvaluationSuggestionsPage = lazyPage(() => evaluation().then((m) => m.SuggestionsPage));
const EvaluationFrameworksPage = lazyPage(() => evaluation().then((m) => m.FrameworksPage));
const EvaluationFrameworkPage = lazyPage(() => evaluation().then((m) => m.FrameworkPage));
const EvaluationIndicatorPage = lazyPage(() => evaluation().then((m) => m.IndicatorPage));
const EvaluationQuestionInboxPage = lazyPage(() => evaluation().then((m) => m.QuestionInboxPage));
// ==== compliance and dashboard page imports (keep this marker; one barrel const + lazyPage lines per area right below it) ====
const dashboard = () => import('./pages/dashboard');
const DashboardPage = lazyPage(() => dashboard().then((m) => m.DashboardPage));
const compliance = () => import('./pages/compliance');
const RegionCompliancePage = lazyPage(() => compliance().then((m) => m.RegionCompliancePage));
const AgencyCompliancePage = lazyPage(() => compliance().then((m) => m.AgencyCompliancePage));
const ComplianceObligationsPage = lazyPage(() => compliance().then((m) => m.ObligationsPage));
const ComplianceObligationPage = lazyPage(() => compliance().then((m) => m.ObligationPage));
const DutyCalendarPage = lazyPage(() => compliance().then((m) => m.DutyCalendarPage));
const StatementCreatePage = lazyPage(() => compliance().then((m) => m.StatementCreatePage));
const StatementPage = lazyPage(() => compliance().then((m) => m.StatementPage));
// ==== service desk page imports (keep this marker; lazyPage lines right below it) ====
const serviceDesk = () => import('./pages/serviceDesk');
const TicketsPage = lazyPage(() => serviceDesk().then((m) => m.TicketsPage));
const TicketCreatePage = lazyPage(() => serviceDesk().then((m) => m.TicketCreatePage));
const TicketPage = lazyPage(() => serviceDesk().then((m) => m.TicketPage));
const ComplaintPage = lazyPage(() => serviceDesk().then((m) => m.ComplaintPage));
const TrackComplaintPage = lazyPage(() => serviceDesk().then((m) => m.TrackComplaintPage));
const ServiceDeskReportsPage = lazyPage(() => serviceDesk().then((m) => m.ServiceDeskReportsPage));
const ServiceDeskSettingsPage = lazyPage(() => serviceDesk().then((m) => m.ServiceDeskSettingsPage));
const GovernancePage = lazyPage(() => governance().then((m) => m.GovernancePage));
const MasterPlansPage = lazyPage(() => governance().then((m) => m.MasterPlansPage));
const MasterPlanPage = lazyPage(() => governance().then((m) => m.MasterPlanPage));
const ArchitecturesPage = lazyPage(() => governance().then((m) => m.ArchitecturesPage));
const ArchitecturePage = lazyPage(() => governance().then((m) => m.ArchitecturePage));
const RoadmapsPage = lazyPage(() => governance().then((m) => m.RoadmapsPage));
const RoadmapPage = lazyPage(() => governance().then((m) => m.RoadmapPage));
const BudgetPlansPage = lazyPage(() => governance().then((m) => m.BudgetPlansPage));
const BudgetPlanPage = lazyPage(() => governance().then((m) => m.BudgetPlanPage));
const BusinessProcessesPage = lazyPage(() => governance().then((m) => m.BusinessProcessesPage));
const BusinessProcessPage = lazyPage(() => governance().then((m) => m.BusinessProcessPage));
const ElementsPage = lazyPage(() => elements().then((m) => m.ElementsPage));
const DatasetsPage = lazyPage(() => elements().then((m) => m.DatasetsPage));
const DatasetPage = lazyPage(() => elements().then((m) => m.DatasetPage));
const AgreementsPage = lazyPage(() => elements().then((m) => m.AgreementsPage));
const AgreementPage = lazyPage(() => elements().then((m) => m.AgreementPage));
const OpenDataPage = lazyPage(() => elements().then((m) => m.OpenDataPage));
const OpenDataItemPage = lazyPage(() => elements().then((m) => m.OpenDataItemPage));
const InfrastructurePage = lazyPage(() => elements().then((m) => m.InfrastructurePage));
const InfrastructureHostsPage = lazyPage(() => elements().then((m) => m.InfrastructureHostsPage));
const InfrastructureHostPage = lazyPage(() => elements().then((m) => m.InfrastructureHostPage));
const InfrastructureFacilitiesPage = lazyPage(() => elements().then((m) => m.InfrastructureFacilitiesPage));
const InfrastructureNetworksPage = lazyPage(() => elements().then((m) => m.InfrastructureNetworksPage));
const InfrastructureIpRangesPage = lazyPage(() => elements().then((m) => m.InfrastructureIpRangesPage));
const InfrastructureDomainsPage = lazyPage(() => elements().then((m) => m.InfrastructureDomainsPage));
const InfrastructureLanDiagramsPage = lazyPage(() => elements().then((m) => m.InfrastructureLanDiagramsPage));
const InfrastructureBackupsPage = lazyPage(() => elements().then((m) => m.InfrastructureBackupsPage));
const ServicesPage = lazyPage(() => elements().then((m) => m.ServicesPage));
const ServicePage = lazyPage(() => elements().then((m) => m.ServicePage));
const ImpactPage = lazyPage(() => elements().then((m) => m.ImpactPage));
const ApplicationPage = lazyPage(() => elements().then((m) => m.ApplicationPage));
const ApplicationsPage = lazyPage(() => elements().then((m) => m.ApplicationsPage));

export interface PageProps {
  params: string[]; // the pattern's captured parts, e.g. the user id
}

interface RouteDef {
  pattern: string | RegExp;
  page: FunctionComponent<PageProps>;
  access: Access;
}

export const LOGIN_PATH = '/masuk';
export const PASSWORD_PATH = '/akun/kata-sandi';

const ROUTES: RouteDef[] = [
  { pattern: '/', page: StatusPage, access: 'public' },
  { pattern: '/index.html', page: StatusPage, access: 'public' },
  { pattern: LOGIN_PATH, page: LoginPage, access: 'public' },
  { pattern: PASSWORD_PATH, page: ChangePasswordPage, access: 'signedIn' },
  { pattern: '/organisasi', page: OrganisationPage, access: ACCESS.organisation },
  { pattern: /^\/organisasi\/pd\/(\d+)$/, page: AgencyPage, access: ACCESS.organisation },
  { pattern: '/peraturan', page: ProfilePage, access: ACCESS.organisation },
  { pattern: '/pd-mandiri-tik', page: SelfSufficiencyPage, access: ACCESS.organisation },
  { pattern: '/tata-kelola', page: GovernancePage, access: ACCESS.governance },
  { pattern: '/tata-kelola/rencana-induk', page: MasterPlansPage, access: ACCESS.governance },
  { pattern: /^\/tata-kelola\/rencana-induk\/(\d+)$/, page: MasterPlanPage, access: ACCESS.governance },
  { pattern: '/tata-kelola/arsitektur', page: ArchitecturesPage, access: ACCESS.governance },
  { pattern: /^\/tata-kelola\/arsitektur\/(\d+)$/, page: ArchitecturePage, access: ACCESS.governance },
  { pattern: '/tata-kelola/peta-rencana', page: RoadmapsPage, access: ACCESS.governance },
  { pattern: /^\/tata-kelola\/peta-rencana\/(\d+)$/, page: RoadmapPage, access: ACCESS.governance },
  { pattern: '/tata-kelola/anggaran', page: BudgetPlansPage, access: ACCESS.governance },
  { pattern: /^\/tata-kelola\/anggaran\/(\d+)$/, page: BudgetPlanPage, access: ACCESS.governance },
  { pattern: '/tata-kelola/proses-bisnis', page: BusinessProcessesPage, access: ACCESS.governance },
  { pattern: /^\/tata-kelola\/proses-bisnis\/(\d+)$/, page: BusinessProcessPage, access: ACCESS.governance },
  { pattern: '/elemen', page: ElementsPage, access: ACCESS.registry },
  // ==== element registry routes (keep this marker; one block per area right below it) ====
  { pattern: '/elemen/data', page: DatasetsPage, access: ACCESS.registry },
  { pattern: /^\/elemen\/data\/(\d+)$/, page: DatasetPage, access: ACCESS.registry },
  { pattern: '/elemen/berbagi-data', page: AgreementsPage, access: ACCESS.registry },
  { pattern: /^\/elemen\/berbagi-data\/(\d+)$/, page: AgreementPage, access: ACCESS.registry },
  { pattern: '/data-terbuka', page: OpenDataPage, access: 'public' },
  { pattern: /^\/data-terbuka\/(\d+)$/, page: OpenDataItemPage, access: 'public' },
  { pattern: '/elemen/infrastruktur', page: InfrastructurePage, access: ACCESS.registry },
  { pattern: '/elemen/infrastruktur/server', page: InfrastructureHostsPage, access: ACCESS.registry },
  { pattern: /^\/elemen\/infrastruktur\/server\/(\d+)$/, page: InfrastructureHostPage, access: ACCESS.registry },
  { pattern: '/elemen/infrastruktur/fasilitas', page: InfrastructureFacilitiesPage, access: ACCESS.registry },
  { pattern: '/elemen/infrastruktur/jaringan', page: InfrastructureNetworksPage, access: ACCESS.registry },
  { pattern: '/elemen/infrastruktur/rentang-ip', page: InfrastructureIpRangesPage, access: ACCESS.registry },
  { pattern: '/elemen/infrastruktur/domain', page: InfrastructureDomainsPage, access: ACCESS.registry },
  { pattern: '/elemen/infrastruktur/diagram-lan', page: InfrastructureLanDiagramsPage, access: ACCESS.registry },
  { pattern: '/elemen/infrastruktur/cadangan', page: InfrastructureBackupsPage, access: ACCESS.registry },
  { pattern: '/elemen/layanan', page: ServicesPage, access: ACCESS.registry },
  { pattern: /^\/elemen\/layanan\/(\d+)$/, page: ServicePage, access: ACCESS.registry },
  { pattern: '/elemen/dampak', page: ImpactPage, access: ACCESS.registry },
  { pattern: '/elemen/aplikasi', page: ApplicationsPage, access: ACCESS.registry },
  { pattern: /^\/elemen\/aplikasi\/(\d+)$/, page: ApplicationPage, access: ACCESS.registry },
  // ==== service desk routes (keep this marker; staff pages right below it) ====
  { pattern: '/tiket', page: TicketsPage, access: ACCESS.serviceDesk },
  { pattern: '/tiket/baru', page: TicketCreatePage, access: ['superadmin', 'agency_operator'] },
  { pattern: /^\/tiket\/(\d+)$/, page: TicketPage, access: ACCESS.serviceDesk },
  // ==== risk, security and audit routes (keep this marker; one block per area right below it) ====
  { pattern: '/keamanan', page: SecurityPage, access: ACCESS.security },
  { pattern: /^\/keamanan\/kebijakan\/(\d+)$/, page: SecurityPolicyPage, access: ACCESS.security },
  { pattern: '/keamanan/insiden/baru', page: IncidentCreatePage, access: ['superadmin', 'agency_operator'] },
  { pattern: /^\/keamanan\/insiden\/(\d+)$/, page: IncidentPage, access: ACCESS.security },
  { pattern: '/audit-tik', page: IctAuditsPage, access: ACCESS.ictAudit },
  { pattern: /^\/audit-tik\/(\d+)$/, page: IctAuditPage, access: ACCESS.ictAudit },
  { pattern: '/risiko', page: RisksPage, access: ACCESS.risk },
  { pattern: '/risiko/baru', page: RiskCreatePage, access: ['superadmin', 'agency_operator'] },
  { pattern: '/risiko/peta', page: RiskHeatMapPage, access: ACCESS.risk },
  { pattern: /^\/risiko\/(\d+)$/, page: RiskPage, access: ACCESS.risk },
  { pattern: '/risiko/konteks', page: RiskContextPage, access: ACCESS.risk },
  { pattern: '/risiko/laporan', page: RiskReportsPage, access: ACCESS.risk },
  { pattern: /^\/risiko\/laporan\/(\d+)$/, page: RiskReportPage, access: ACCESS.risk },
  { pattern: '/risiko/kriteria', page: RiskCriteriaPage, access: ACCESS.riskSecurityAuditManage },
  // ==== management processes routes (keep this marker; one block per area right below it) ====
  { pattern: '/kompetensi', page: CompetenciesPage, access: ACCESS.competencies },
  { pattern: /^\/kompetensi\/pd\/(\d+)$/, page: AgencyCompetenciesPage, access: ACCESS.competencies },
  { pattern: '/aset', page: AssetsPage, access: ACCESS.assets },
  { pattern: '/aset/baru', page: AssetCreatePage, access: ['superadmin', 'agency_operator'] },
  { pattern: '/aset/impor', page: AssetImportPage, access: ['superadmin', 'agency_operator'] },
  { pattern: '/aset/laporan', page: AssetReportsPage, access: ACCESS.assets },
  { pattern: /^\/aset\/(\d+)$/, page: AssetPage, access: ACCESS.assets },
  { pattern: '/perubahan', page: ChangesPage, access: ACCESS.changes },
  { pattern: '/perubahan/baru', page: ChangeCreatePage, access: ['superadmin', 'agency_operator'] },
  { pattern: '/perubahan/kalender', page: ChangeCalendarPage, access: ACCESS.changes },
  { pattern: /^\/perubahan\/(\d+)$/, page: ChangePage, access: ACCESS.changes },
  { pattern: '/pengetahuan', page: KnowledgePage, access: ACCESS.knowledge },
  { pattern: '/pengetahuan/baru', page: ArticleCreatePage, access: ['superadmin', 'agency_operator'] },
  { pattern: /^\/pengetahuan\/(\d+)$/, page: ArticlePage, access: ACCESS.knowledge },
  // ==== evaluation routes (keep this marker; one block per area right below it) ====
  { pattern: '/evaluasi', page: EvaluationCampaignsPage, access: ACCESS.evaluation },
  { pattern: '/evaluasi/kerangka', page: EvaluationFrameworksPage, access: ACCESS.evaluation },
  { pattern: /^\/evaluasi\/kerangka\/([^/]+)$/, page: EvaluationFrameworkPage, access: ACCESS.evaluation },
  { pattern: '/evaluasi/pertanyaan', page: EvaluationQuestionInboxPage, access: ACCESS.evaluation },
  { pattern: /^\/evaluasi\/(\d+)$/, page: EvaluationCampaignPage, access: ACCESS.evaluation },
  { pattern: /^\/evaluasi\/(\d+)\/tim$/, page: EvaluationTeamPage, access: ACCESS.evaluation },
  { pattern: /^\/evaluasi\/(\d+)\/hasil-eksternal$/, page: EvaluationExternalPage, access: ACCESS.evaluation },
  { pattern: /^\/evaluasi\/(\d+)\/usulan$/, page: EvaluationSuggestionsPage, access: ACCESS.evaluation },
  { pattern: /^\/evaluasi\/(\d+)\/indikator\/(\d+)$/, page: EvaluationIndicatorPage, access: ACCESS.evaluation },
  // ==== compliance and dashboard routes (keep this marker; one block per area right below it) ====
  { pattern: '/dasbor', page: DashboardPage, access: ACCESS.dashboard },
  { pattern: '/kepatuhan', page: RegionCompliancePage, access: ACCESS.compliance },
  { pattern: /^\/kepatuhan\/pd\/(\d+)$/, page: AgencyCompliancePage, access: ACCESS.compliance },
  { pattern: '/kepatuhan/kewajiban', page: ComplianceObligationsPage, access: ACCESS.compliance },
  { pattern: /^\/kepatuhan\/kewajiban\/([^/]+)$/, page: ComplianceObligationPage, access: ACCESS.compliance },
  { pattern: '/kepatuhan/kalender', page: DutyCalendarPage, access: ACCESS.compliance },
  { pattern: '/kepatuhan/pernyataan/baru', page: StatementCreatePage, access: ACCESS.complianceAttest },
  { pattern: /^\/kepatuhan\/pernyataan\/(\d+)$/, page: StatementPage, access: ACCESS.compliance },
  // ==== citizen portal routes (keep this marker; public pages right below it) ====
  { pattern: '/pengaduan', page: ComplaintPage, access: 'public' },
  { pattern: '/lacak', page: TrackComplaintPage, access: 'public' },
  { pattern: '/tiket/laporan', page: ServiceDeskReportsPage, access: ACCESS.serviceDesk },
  { pattern: '/tiket/pengaturan', page: ServiceDeskSettingsPage, access: ACCESS.serviceDeskManage },
  { pattern: '/pengguna', page: UsersPage, access: ACCESS.users },
  { pattern: '/pengguna/baru', page: UserCreatePage, access: ACCESS.users },
  { pattern: /^\/pengguna\/(\d+)$/, page: UserEditPage, access: ACCESS.users },
  { pattern: '/token', page: TokensPage, access: ACCESS.tokens },
  { pattern: '/audit', page: AuditPage, access: ACCESS.audit },
];

export interface Match {
  page: FunctionComponent<PageProps>;
  access: Access;
  params: string[];
}

export function matchRoute(path: string): Match | null {
  const trimmed = path.length > 1 ? path.replace(/\/+$/, '') : path;
  for (const route of ROUTES) {
    if (typeof route.pattern === 'string') {
      if (route.pattern === trimmed) return { page: route.page, access: route.access, params: [] };
    } else {
      const found = route.pattern.exec(trimmed);
      if (found) return { page: route.page, access: route.access, params: found.slice(1) };
    }
  }
  return null;
}

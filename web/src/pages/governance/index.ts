// The governance pages, loaded together the first time one of them is opened (routes.ts).
export { GovernancePage } from './GovernancePage';
export { MasterPlansPage } from './MasterPlansPage';
export { MasterPlanPage } from './MasterPlanPage';
export { ArchitecturesPage } from './ArchitecturesPage';
export { ArchitecturePage } from './ArchitecturePage';
export { RoadmapsPage } from './RoadmapsPage';
export { RoadmapPage } from './RoadmapPage';
export { BudgetPlansPage } from './BudgetPlansPage';
export { BudgetPlanPage } from './BudgetPlanPage';
export { BusinessProcessesPage } from './BusinessProcessesPage';
export { BusinessProcessPage } from './BusinessProcessPage';

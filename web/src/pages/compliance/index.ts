// The compliance pages, loaded together the first time one of them is opened (routes.ts).
export { RegionCompliancePage } from './RegionCompliancePage';
export { AgencyCompliancePage } from './AgencyCompliancePage';
export { ObligationsPage } from './ObligationsPage';
export { ObligationPage } from './ObligationPage';
export { DutyCalendarPage } from './DutyCalendarPage';
export { StatementCreatePage } from './StatementCreatePage';
export { StatementPage } from './StatementPage';

// The leadership dashboard page, loaded the first time it is opened (routes.ts).
export { DashboardPage } from './DashboardPage';

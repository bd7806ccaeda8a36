// The competency pages, loaded together the first time one of them is opened (routes.ts).
export { CompetenciesPage } from './CompetenciesPage';
export { AgencyCompetenciesPage } from './AgencyCompetenciesPage';

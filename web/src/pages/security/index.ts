// The information security pages, loaded together the first time one of them is opened (routes.ts).
export { SecurityPage } from './SecurityPage';
export { PolicyPage } from './PolicyPage';
export { IncidentCreatePage } from './IncidentCreatePage';
export { IncidentPage } from './IncidentPage';

// The ICT audit pages, loaded together the first time one of them is opened (routes.ts).
export { IctAuditsPage } from './IctAuditsPage';
export { IctAuditPage } from './IctAuditPage';

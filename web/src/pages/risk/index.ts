// The risk management pages (Manajemen Risiko SPBE), loaded together the first time one of them is opened (routes.ts).
export { RisksPage } from './RisksPage';
export { RiskCreatePage } from './RiskCreatePage';
export { RiskPage } from './RiskPage';
export { RiskHeatMapPage } from './RiskHeatMapPage';
export { RiskContextPage } from './RiskContextPage';
export { RiskReportsPage } from './RiskReportsPage';
export { RiskReportPage } from './RiskReportPage';
export { RiskCriteriaPage } from './RiskCriteriaPage';

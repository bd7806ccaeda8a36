// The evaluation pages, loaded together the first time one of them is opened (routes.ts).
export { CampaignsPage } from './CampaignsPage';
export { CampaignPage } from './CampaignPage';
export { TeamPage } from './TeamPage';
export { ExternalResultsPage } from './ExternalResultsPage';
export { SuggestionsPage } from './SuggestionsPage';
export { FrameworksPage } from './FrameworksPage';
export { FrameworkPage } from './FrameworkPage';
// The indicator page and the inbox of questions to agencies.
export { IndicatorPage } from './IndicatorPage';
export { QuestionInboxPage } from './QuestionInboxPage';

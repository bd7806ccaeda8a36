// The service desk and citizen complaint pages, loaded together the first time one of them is opened (routes.ts).
export { TicketsPage } from './TicketsPage';
export { TicketCreatePage } from './TicketCreatePage';
export { TicketPage } from './TicketPage';
export { ComplaintPage } from './ComplaintPage';
export { TrackComplaintPage } from './TrackComplaintPage';
export { ServiceDeskReportsPage } from './ServiceDeskReportsPage';
export { ServiceDeskSettingsPage } from './ServiceDeskSettingsPage';

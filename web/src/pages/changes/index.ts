// The change management pages (Manajemen Perubahan SPBE), loaded together the first time one of them is opened (routes.ts).
export { ChangesPage } from './ChangesPage';
export { ChangeCreatePage } from './ChangeCreatePage';
export { ChangePage } from './ChangePage';
export { ChangeCalendarPage } from './ChangeCalendarPage';

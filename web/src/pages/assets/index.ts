// The ICT asset pages (Manajemen Aset TIK), loaded together the first time one of them is opened (routes.ts).
export { AssetsPage } from './AssetsPage';
export { AssetCreatePage } from './AssetCreatePage';
export { AssetPage } from './AssetPage';
export { AssetImportPage } from './AssetImportPage';
export { AssetReportsPage } from './AssetReportsPage';

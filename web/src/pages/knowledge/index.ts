// The knowledge base pages (Manajemen Pengetahuan), loaded together the first time one of them is opened (routes.ts).
export { KnowledgePage } from './KnowledgePage';
export { ArticleCreatePage } from './ArticleCreatePage';
export { ArticlePage } from './ArticlePage';

// Picks the page for the current address. The server answers every non-API
// address with index.html, so unknown addresses land here too.
import type { FunctionComponent } from 'preact';
import { Layout } from './components/Layout';
import { NotFoundPage } from './pages/NotFoundPage';
import { StatusPage } from './pages/StatusPage';

const ROUTES = new Map<string, FunctionComponent>([
  ['/', StatusPage],
  ['/index.html', StatusPage],
]);

export function App({ path }: { path: string }) {
  const Page = ROUTES.get(path) ?? NotFoundPage;
  return (
    <Layout>
      <Page />
    </Layout>
  );
}

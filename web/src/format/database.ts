// The database backend's proper name, e.g. "sqlite" → "SQLite".
const BACKEND_NAMES = new Map<string, string>([
  ['sqlite', 'SQLite'],
  ['postgresql', 'PostgreSQL'],
]);

export function formatBackend(backend: string): string {
  return BACKEND_NAMES.get(backend) ?? backend;
}

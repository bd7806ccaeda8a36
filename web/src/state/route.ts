// The address the app shows, and moving between pages without reloading:
// navigate() pushes (or replaces) a history entry; the back button and plain
// same-origin links work through the listeners installRouting() adds.
import { createStore } from './store';

export interface Location {
  path: string;
  search: URLSearchParams;
}

function readLocation(): Location {
  return { path: window.location.pathname, search: new URLSearchParams(window.location.search) };
}

export const route = createStore<Location>(readLocation());

export function navigate(to: string, { replace = false }: { replace?: boolean } = {}): void {
  const target = new URL(to, window.location.origin);
  const address = target.pathname + target.search + target.hash;
  if (address === currentAddress()) return;
  if (replace) window.history.replaceState(null, '', address);
  else window.history.pushState(null, '', address);
  route.set(readLocation());
  if (!replace) {
    window.scrollTo(0, 0);
    // Tell keyboard and screen-reader users that the page changed.
    window.requestAnimationFrame(() => document.getElementById('main')?.focus());
  }
}

export function currentAddress(): string {
  return window.location.pathname + window.location.search;
}

// A path inside the app that is safe to go back to after signing in: it must
// start with one slash (not "//", which would leave the site).
export function safeNext(value: string | null | undefined, fallback = '/'): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback;
  return value;
}

export function installRouting(): void {
  window.addEventListener('popstate', () => route.set(readLocation()));
  document.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const anchor = (event.target as Element | null)?.closest?.('a');
    if (!anchor || anchor.target || anchor.hasAttribute('download')) return;
    const href = anchor.getAttribute('href');
    if (!href || href.startsWith('#')) return;
    const target = new URL(anchor.href, window.location.href);
    if (target.origin !== window.location.origin || target.pathname.startsWith('/api/')) return;
    event.preventDefault();
    navigate(target.pathname + target.search + target.hash);
  });
}

// Shared set-up for the browser tests: where the server is, how to start
// Debian's Chromium through playwright-core, and small waiting helpers that
// fail with a readable message.
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

export const BASE_URL = (process.env.SIMPUL_BASE_URL ?? '').replace(/\/+$/, '');
if (!BASE_URL) throw new Error('SIMPUL_BASE_URL is not set (run the tests with tests/e2e/run.sh)');

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// No sandbox (we run as root), no GPU, no outside network. Playwright gives
// every launch a fresh temporary profile.
export function launchBrowser() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

// A fresh context (own localStorage) and page, not yet navigated.
export async function newPage(browser, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, ...options });
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  return { context, page };
}

// Runs `use({ context, page })` on a fresh page and closes its context afterwards, even when it fails.
export async function withPage(browser, use, options = {}) {
  const { context, page } = await newPage(browser, options);
  try {
    await use({ context, page });
  } finally {
    await context.close();
  }
}

export function url(path = '/') {
  return BASE_URL + path;
}

// Asks the server directly, to compare the page with the API.
export async function apiJson(path) {
  const response = await fetch(url(path), { headers: { Accept: 'application/json' } });
  assert.equal(response.status, 200, `GET ${path} answered ${response.status}`);
  return response.json();
}

// Waits until the element with this data-testid shows `expected` (a string
// for an exact match, or a RegExp); fails with what it last showed instead.
export async function expectText(page, testId, expected, timeout = 10_000) {
  return expectTextIn(page, testId, expected, timeout);
}

// Like expectText, but looks inside `scope` (a Page, or a Locator such as one
// table row or card) for the first element with this data-testid.
export async function expectTextIn(scope, testId, expected, timeout = 10_000) {
  const locator = scope.getByTestId(testId).first();
  const deadline = Date.now() + timeout;
  let actual = '(no such element)';
  for (;;) {
    const remaining = Math.max(1, deadline - Date.now());
    const text = await locator.textContent({ timeout: remaining }).catch(() => undefined);
    if (text !== undefined) actual = (text ?? '').trim();
    const matches = expected instanceof RegExp ? expected.test(actual) : actual === expected;
    if (text !== undefined && matches) return actual;
    if (Date.now() >= deadline) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const where = scope.url ? ` on ${scope.url()}${await visibleAlerts(scope)}` : ` in ${scope}`;
  throw new assert.AssertionError({
    message: `[data-testid=${testId}]${where} shows ${JSON.stringify(actual)}, expected ${expected}`,
    actual,
    expected,
    operator: expected instanceof RegExp ? 'match' : 'strictEqual',
  });
}

// What the page says in its alerts (error summaries, notices), so a failed wait tells why.
async function visibleAlerts(page) {
  const texts = await page
    .locator('[role=alert], [role=status]')
    .allTextContents()
    .catch(() => []);
  const said = texts.map((t) => t.trim()).filter(Boolean);
  return said.length ? ` (the page says: ${said.join(' | ')})` : '';
}

// The visible label of the summary-list row that holds the given value.
export async function rowLabel(page, testId) {
  const row = page.locator('.summary-list__row', { has: page.getByTestId(testId) });
  return (await row.locator('dt').textContent())?.trim();
}

// ---- Identity (docs/identity-contract.md) -----------------------------------

// The password of every demo user `simpul demo` creates.
export const DEMO_PASSWORD = 'Demo-Simpul-2026';

// A name no other test (or earlier run on the same server) has used, in the
// username alphabet: lower-case letters, digits and dots.
export function uniqueName(prefix) {
  return `${prefix}.${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
}

// A short stamp no earlier run has used, for the titles and codes a test makes so
// it can run again on the same server.
export function stamp() {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;
}

// Signs in through the login page, as a user would. Opens `path` first (a page
// that needs signing in sends the browser to /masuk?next=…).
export async function signIn(page, username, password = DEMO_PASSWORD, path = '/masuk') {
  await page.goto(url(path));
  await page.getByTestId('login-form').waitFor();
  await page.getByTestId('username').fill(username);
  await page.getByTestId('password').fill(password);
  await page.getByTestId('login-submit').click();
}

// Signs in and waits until the header shows the user.
export async function signInAndWait(page, username, password = DEMO_PASSWORD, path = '/masuk') {
  await signIn(page, username, password, path);
  await page.getByTestId('user-name').waitFor();
}

// A session for talking to the API directly from the test (not the browser):
// the session cookie and the CSRF token, as the contract describes them.
export async function apiSession(username, password = DEMO_PASSWORD) {
  const response = await fetch(url('/api/v1/auth/login'), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  assert.equal(response.status, 200, `API login as ${username} answered ${response.status}`);
  const body = await response.json();
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0];
  assert.match(cookie, /^simpul_session=/, 'the login answer sets the session cookie');
  const call = async (method, path, payload, headers = {}) => {
    const r = await fetch(url(path), {
      method,
      headers: {
        Accept: 'application/json',
        Cookie: cookie,
        ...(method === 'GET' ? {} : { 'X-CSRF-Token': body.csrf_token }),
        ...(payload === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...headers,
      },
      ...(payload === undefined ? {} : { body: JSON.stringify(payload) }),
    });
    const text = await r.text();
    return { status: r.status, headers: r.headers, etag: r.headers.get('etag'), body: text ? JSON.parse(text) : null };
  };
  return {
    user: body.user,
    call, // any method: call('PUT', path, payload, { 'If-Match': etag })
    get: (path, headers) => call('GET', path, undefined, headers),
    post: (path, payload = {}, headers) => call('POST', path, payload, headers),
    patch: (path, payload, headers) => call('PATCH', path, payload, headers),
  };
}

// Creates a user through the API as the demo superadmin; answers the new user
// (with its temporary_password when no password was given).
export async function createUserViaApi(admin, fields) {
  const r = await admin.post('/api/v1/users', fields);
  assert.equal(r.status, 201, `creating ${fields.username}: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body;
}

// True when the page is no wider than its window (no sideways scrolling).
export async function horizontalOverflow(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

// The demo superadmin and the operators of Dinkes and Bappeda, signed in through
// the API, with the two agencies.
export async function demoAgencySessions() {
  const admin = await apiSession('admin');
  const dinkesOperator = await apiSession('operator.dinkes');
  const bappedaOperator = await apiSession('operator.bappeda');
  const agencies = (await admin.get('/api/v1/agencies')).body.items;
  const dinkes = agencies.find((a) => a.id === dinkesOperator.user.agency_id);
  const bappeda = agencies.find((a) => a.id === bappedaOperator.user.agency_id);
  assert.ok(dinkes && bappeda && dinkes.id !== bappeda.id, 'the demo region has Dinkes and Bappeda operators');
  return { admin, dinkesOperator, bappedaOperator, dinkes, bappeda };
}

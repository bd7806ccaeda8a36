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
  const locator = page.getByTestId(testId).first();
  const deadline = Date.now() + timeout;
  let actual = '(no such element)';
  for (;;) {
    const remaining = Math.max(1, deadline - Date.now());
    const text = await locator.textContent({ timeout: remaining }).catch(() => undefined);
    if (text !== undefined) actual = (text ?? '').trim();
    const matches = expected instanceof RegExp ? expected.test(actual) : actual === expected;
    if (text !== undefined && matches) return actual;
    if (Date.now() >= deadline) break;
    await page.waitForTimeout(100);
  }
  throw new assert.AssertionError({
    message: `[data-testid=${testId}] shows ${JSON.stringify(actual)}, expected ${expected}`,
    actual,
    expected,
    operator: expected instanceof RegExp ? 'match' : 'strictEqual',
  });
}

// The visible label of the summary-list row that holds the given value.
export async function rowLabel(page, testId) {
  const row = page.locator('.summary-list__row', { has: page.getByTestId(testId) });
  return (await row.locator('dt').textContent())?.trim();
}

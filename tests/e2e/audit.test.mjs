// The audit log viewer: newest first, plain-language actions in both languages,
// filters, the changes of an entry, and the integrity check.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  apiSession,
  createUserViaApi,
  expectText,
  horizontalOverflow,
  launchBrowser,
  signInAndWait,
  uniqueName,
  withPage,
} from './helpers.mjs';

describe('audit log', () => {
  let browser;
  let created; // a user this file adds, so a user.create entry of its own exists
  before(async () => {
    browser = await launchBrowser();
    const admin = await apiSession('admin');
    created = await createUserViaApi(admin, { username: uniqueName('audit.warga'), display_name: 'Warga Audit', role: 'citizen' });
  });
  after(async () => {
    await browser?.close();
  });

  it('lists the sign-in and user.create entries, shows the changes, and verify says intact', async () => {
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'auditor', undefined, '/masuk?next=/audit');
      await page.getByTestId('audit-table').waitFor();

      // Newest first: the auditor's own sign-in is among the first rows.
      const login = page.getByTestId('audit-row').filter({ hasText: 'auditor' }).filter({ has: page.locator('[data-testid="audit-action"]', { hasText: /^Masuk$/ }) }).first();
      await login.waitFor();
      assert.match((await login.getByTestId('audit-time').textContent()).trim(), /WIB$/);
      assert.match((await login.getByTestId('audit-request-id').textContent()).trim(), /\S{6,}/);
      const seqs = (await page.getByTestId('audit-row').evaluateAll((rows) => rows.map((r) => Number(r.dataset.seq))));
      assert.deepEqual(seqs, [...seqs].sort((a, b) => b - a), 'newest first');

      await page.getByTestId('filter-action').selectOption('user.create');
      await page.getByTestId('audit-filter-apply').click();
      // The action too: until the filtered page arrives, the user's own sign-in row names the same id.
      const entry = page
        .getByTestId('audit-row')
        .filter({ has: page.locator('[data-testid="audit-action"]', { hasText: /^Menambah pengguna$/ }) })
        .filter({ has: page.locator(`[data-testid="audit-entity"]`, { hasText: new RegExp(`\\b${created.id}$`) }) });
      await entry.waitFor();
      await expectText(page, 'audit-action', 'Menambah pengguna');
      assert.match((await entry.getByTestId('audit-actor').textContent()).trim(), /^admin \(Superadmin\)$/);
      await entry.getByTestId('audit-toggle').click();
      assert.equal(await entry.getByTestId('audit-toggle').getAttribute('aria-expanded'), 'true');
      const username = entry.getByTestId('audit-change').filter({ has: page.locator('code', { hasText: /^username$/ }) });
      assert.equal((await username.getByTestId('audit-before').textContent()).trim(), '(kosong)');
      assert.equal((await username.getByTestId('audit-after').textContent()).trim(), created.username);

      await page.getByTestId('audit-verify').click();
      await expectText(page, 'verify-chain', /^Utuh: semua \d+ catatan cocok dengan rantai hash\.$/);
      assert.equal(await page.getByTestId('audit-verify-result').getAttribute('data-intact'), 'true');
      await expectText(page, 'verify-signature', /^(Tanda tangan sah|Kepala rantai belum ditandatangani)/);
      assert.notEqual(await page.getByTestId('verify-signature').getAttribute('data-valid'), 'false');
    });
  });

  it('filters by who did it and by date, and speaks English on request', async () => {
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'admin', undefined, '/masuk?next=/audit');
      await page.getByTestId('audit-table').waitFor();
      await page.getByTestId('filter-actor').fill('admin');
      await page.getByTestId('filter-action').selectOption('session.login');
      const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date());
      await page.getByTestId('filter-from').fill(today);
      await page.getByTestId('filter-to').fill(today);
      await page.getByTestId('audit-filter-apply').click();
      await page.waitForFunction(() => {
        const actors = [...document.querySelectorAll('[data-testid="audit-actor"]')].map((e) => e.textContent.trim());
        return actors.length > 0 && actors.every((a) => a === 'admin (Superadmin)');
      });
      await page.getByTestId('lang-en').click();
      await expectText(page, 'audit-action', 'Signed in');
      const actions = await page.getByTestId('audit-action').allTextContents();
      assert.ok(actions.every((a) => a.trim() === 'Signed in'), `only sign-ins: ${actions}`);

      // A "to" date before the "from" date is caught before asking.
      await page.getByTestId('filter-to').fill('2020-01-01');
      await page.getByTestId('audit-filter-apply').click();
      await expectText(page, 'filter-to-error', 'The end date cannot be before the start date');
    });
  });

  it('pages through the log with Next and Previous', async () => {
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'admin', undefined, '/masuk?next=/audit');
      await page.getByTestId('audit-table').waitFor();
      if ((await page.getByTestId('pager-next').count()) === 0) return; // fewer entries than a page
      const first = await page.getByTestId('audit-row').first().getAttribute('data-seq');
      await page.getByTestId('pager-next').click();
      await expectText(page, 'pager-page', 'Halaman 2');
      await page.waitForFunction(
        (seq) => document.querySelector('[data-testid="audit-row"]')?.getAttribute('data-seq') !== seq,
        first,
      );
      assert.equal(await page.getByTestId('refreshing').count(), 0);
      const second = await page.getByTestId('audit-row').first().getAttribute('data-seq');
      assert.ok(Number(second) < Number(first), 'the next page holds older entries');
      await page.getByTestId('pager-previous').click();
      await expectText(page, 'pager-page', 'Halaman 1');
      await page.waitForFunction(
        (seq) => document.querySelector('[data-testid="audit-row"]')?.getAttribute('data-seq') === seq,
        first,
      );
    });
  });

  it('fits a 320 px phone screen, details opened', async () => {
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'auditor', undefined, '/masuk?next=/audit');
      await page.getByTestId('audit-table').waitFor();
      await page.getByTestId('audit-toggle').first().click();
      await page.getByTestId('audit-details').first().waitFor();
      assert.ok((await horizontalOverflow(page)) <= 0, 'no sideways scrolling');
    }, { viewport: { width: 320, height: 640 } });
  });
});

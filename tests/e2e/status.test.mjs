// The status page as a first-time visitor sees it: Bahasa Indonesia, the
// server's health and version, and the demo region.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { apiJson, expectText, launchBrowser, rowLabel, url, withPage } from './helpers.mjs';

describe('status page', () => {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  it('shows health "Sehat" and the version in Bahasa Indonesia by default', async () => {
    const status = await apiJson('/api/v1/status');
    assert.equal(status.status, 'ok', 'the server under test should be healthy');
    await withPage(browser, async ({ page }) => {
      await page.goto(url('/'));
      await expectText(page, 'health', 'Sehat');
      await expectText(page, 'version', status.version);
      assert.equal(await page.getAttribute('html', 'lang'), 'id');
      assert.equal(await rowLabel(page, 'health'), 'Kesehatan');
      assert.equal(await rowLabel(page, 'version'), 'Versi');
      assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Status layanan');
      assert.match(await page.getByTestId('header').textContent(), /Simpul/);
      assert.equal(await page.getByTestId('lang-id').getAttribute('aria-pressed'), 'true');
    });
  });

  it('shows the database backend, its readiness, the schema version and the uptime', async () => {
    const status = await apiJson('/api/v1/status');
    const backends = { sqlite: 'SQLite', postgresql: 'PostgreSQL' };
    await withPage(browser, async ({ page }) => {
      await page.goto(url('/'));
      await expectText(page, 'db-backend', backends[status.database.backend] ?? status.database.backend);
      await expectText(page, 'db-ready', status.database.ready ? 'Ya' : 'Tidak');
      await expectText(page, 'schema-version', String(status.database.schema_version));
      await expectText(page, 'uptime', /(menit|jam|hari)$/);
    });
  });

  it('lists the demo region "Kota Madiun" with its kind and time zone', async () => {
    const regions = await apiJson('/api/v1/regions');
    await withPage(browser, async ({ page }) => {
      await page.goto(url('/'));
      const row = page.getByTestId('region-row').filter({ hasText: 'Kota Madiun' });
      await row.waitFor();
      assert.equal((await row.getByTestId('region-kind').textContent()).trim(), 'Kota');
      assert.equal((await row.getByTestId('region-time-zone').textContent()).trim(), 'WIB (Asia/Jakarta)');
      if (regions.items.length === 1 && regions.next_cursor === null) {
        await expectText(page, 'region-name', /Kota Madiun$/);
      }
    });
  });

  it('answers an unknown address with a "not found" page', async () => {
    await withPage(browser, async ({ page }) => {
      await page.goto(url('/tidak-ada'));
      await expectText(page, 'not-found', 'Halaman tidak ditemukan');
    });
  });

  it('fits a narrow phone screen without sideways scrolling', async () => {
    await withPage(browser, async ({ page }) => {
      await page.goto(url('/'));
      await page.getByTestId('region-row').first().waitFor();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      assert.ok(overflow <= 0, `the page is ${overflow}px wider than the screen`);
    }, { viewport: { width: 320, height: 640 } });
  });
});

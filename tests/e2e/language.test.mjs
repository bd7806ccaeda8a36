// The language switch: English on request, remembered across reloads.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { expectText, launchBrowser, rowLabel, url, withPage } from './helpers.mjs';

describe('language switch', () => {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  it('switching to English shows "Healthy" and English labels', async () => {
    await withPage(browser, async ({ page }) => {
      await page.goto(url('/'));
      await expectText(page, 'health', 'Sehat');
      await page.getByTestId('lang-en').click();
      await expectText(page, 'health', 'Healthy');
      assert.equal(await rowLabel(page, 'health'), 'Health');
      assert.equal(await rowLabel(page, 'version'), 'Version');
      assert.equal(await rowLabel(page, 'db-backend'), 'Database');
      assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Service status');
      assert.equal(await page.getAttribute('html', 'lang'), 'en');
      assert.equal(await page.getByTestId('lang-en').getAttribute('aria-pressed'), 'true');
      assert.equal(await page.title(), 'Service status – Simpul');
    });
  });

  it('the choice survives a reload, and switching back restores Bahasa Indonesia', async () => {
    await withPage(browser, async ({ page }) => {
      await page.goto(url('/'));
      await page.getByTestId('lang-en').click();
      await expectText(page, 'health', 'Healthy');

      await page.reload();
      await expectText(page, 'health', 'Healthy');
      assert.equal(await page.getAttribute('html', 'lang'), 'en');
      await expectText(page, 'region-kind', 'City');

      await page.getByTestId('lang-id').click();
      await expectText(page, 'health', 'Sehat');
      await page.reload();
      await expectText(page, 'health', 'Sehat');
      assert.equal(await page.getAttribute('html', 'lang'), 'id');
    });
  });
});

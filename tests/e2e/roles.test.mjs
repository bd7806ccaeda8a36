// What each role sees: the links in the header follow the role, and a page the
// role may not open says so plainly instead of failing.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { expectText, launchBrowser, signInAndWait, url, withPage } from './helpers.mjs';

describe('roles', () => {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  it('operator.dinkes has no Pengguna link, and /pengguna says it is not allowed', async () => {
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'operator.dinkes');
      await expectText(page, 'user-name', 'Operator Dinas Kesehatan');
      await expectText(page, 'user-role', 'Operator Perangkat Daerah');
      await expectText(page, 'nav-tokens', 'Token');
      assert.equal(await page.getByTestId('nav-users').count(), 0, 'no Pengguna link');
      assert.equal(await page.getByTestId('nav-audit').count(), 0, 'no Log Audit link');

      await page.goto(url('/pengguna'));
      await expectText(page, 'forbidden', 'Anda tidak diizinkan membuka halaman ini');
      await expectText(page, 'forbidden-detail', /Operator Perangkat Daerah/);
      assert.equal(await page.getByTestId('users-table').count(), 0);

      await page.goto(url('/audit'));
      await expectText(page, 'forbidden', 'Anda tidak diizinkan membuka halaman ini');
      await page.getByTestId('lang-en').click();
      await expectText(page, 'forbidden', 'You are not allowed to open this page');
    });
  });

  it('a citizen sees neither Token nor Log Audit, and /token is not allowed', async () => {
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'warga');
      await expectText(page, 'user-role', 'Warga');
      for (const link of ['nav-users', 'nav-tokens', 'nav-audit']) {
        assert.equal(await page.getByTestId(link).count(), 0, `no ${link}`);
      }
      await expectText(page, 'nav-password', 'Kata sandi');
      await page.goto(url('/token'));
      await expectText(page, 'forbidden', 'Anda tidak diizinkan membuka halaman ini');
    });
  });

  it('leadership gets Token but not Pengguna or Log Audit', async () => {
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'walikota');
      await expectText(page, 'user-role', 'Pimpinan');
      await expectText(page, 'nav-tokens', 'Token');
      assert.equal(await page.getByTestId('nav-users').count(), 0);
      assert.equal(await page.getByTestId('nav-audit').count(), 0);
      await page.getByTestId('lang-en').click();
      await expectText(page, 'user-role', 'Leadership');
    });
  });
});

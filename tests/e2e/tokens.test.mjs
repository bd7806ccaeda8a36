// API tokens: created in the browser and shown once, usable as a Bearer token,
// and revoked after a confirmation.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { expectText, horizontalOverflow, launchBrowser, signInAndWait, uniqueName, url, withPage } from './helpers.mjs';

async function meWithToken(token) {
  return fetch(url('/api/v1/auth/me'), { headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' } });
}

describe('API tokens', () => {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  it('admin creates a token and sees it once, with a clear warning; then revokes it', async () => {
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'admin');
      await page.getByTestId('nav-tokens').click();
      await page.getByTestId('token-create-form').waitFor();
      const name = uniqueName('token.uji');
      await page.getByTestId('token-name').fill(name);
      await page.getByTestId('token-scopes-write').check();
      await page.getByTestId('token-days').fill('7');
      await page.getByTestId('token-create-submit').click();

      const token = await expectText(page, 'new-token', /^simpul_\S+$/);
      await expectText(page, 'secret-warning', /Salin token ini sekarang .* Token ini tidak akan ditampilkan lagi\./);
      const row = page.getByTestId('token-row').filter({ hasText: name });
      await row.waitFor();
      assert.equal((await row.getByTestId('token-scopes').textContent()).trim(), 'Baca, Tulis');
      assert.equal((await row.getByTestId('token-state').textContent()).trim(), 'Aktif');
      assert.equal((await meWithToken(token)).status, 200, 'the token works');

      await page.reload();
      await row.waitFor();
      assert.equal(await page.getByTestId('new-token').count(), 0, 'not shown after a reload');
      assert.ok(!(await page.textContent('body')).includes(token), 'the secret is nowhere on the page');

      await row.getByTestId('token-revoke').click();
      await row.getByTestId('token-revoke-confirm').waitFor();
      await row.getByTestId('token-revoke-no').click();
      assert.equal((await meWithToken(token)).status, 200, 'cancelling keeps it');

      await row.getByTestId('token-revoke').click();
      await row.getByTestId('token-revoke-yes').click();
      await expectText(page, 'token-revoked', `Token “${name}” sudah dicabut.`);
      await page.waitForFunction(
        (n) => document.querySelector(`[data-testid="token-row"][data-token-name="${n}"]`)?.getAttribute('data-state') === 'revoked',
        name,
      );
      assert.match((await row.getByTestId('token-state').textContent()).trim(), /^Dicabut /);
      assert.equal((await meWithToken(token)).status, 401, 'a revoked token is refused');
    });
  });

  it('asks for a name and at least one scope before sending', async () => {
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'auditor', undefined, '/masuk?next=/token');
      await page.getByTestId('token-create-form').waitFor();
      await page.getByTestId('token-scopes').waitFor();
      await page.getByTestId('token-scopes-read').uncheck();
      await page.getByTestId('token-create-submit').click();
      await expectText(page, 'token-name-error', 'Masukkan nama token');
      await expectText(page, 'token-scopes-error', 'Pilih paling sedikit satu cakupan');
      assert.ok((await horizontalOverflow(page)) <= 0);
    });
  });
});

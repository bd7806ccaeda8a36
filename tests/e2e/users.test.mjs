// User administration by the superadmin: add a user with a temporary password
// that user must change at once; change a user (and be told when someone else
// changed it first); lock, unlock and reset a password.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  apiSession,
  createUserViaApi,
  expectText,
  horizontalOverflow,
  launchBrowser,
  signIn,
  signInAndWait,
  uniqueName,
  url,
  withPage,
} from './helpers.mjs';

describe('user administration', () => {
  let browser;
  let admin; // the demo superadmin, through the API
  before(async () => {
    browser = await launchBrowser();
    admin = await apiSession('admin');
  });
  after(async () => {
    await browser?.close();
  });

  it('admin adds a user without a password, sees the temporary one once; the user must change it first', async () => {
    const username = uniqueName('budi');
    let temporary;
    {
      await withPage(browser, async ({ page }) => {
        await signInAndWait(page, 'admin');
        await page.getByTestId('nav-users').click();
        await page.getByTestId('users-table').waitFor();
        await page.getByTestId('user-add').click();
        await page.getByTestId('user-create-form').waitFor();

        // An agency operator needs an agency: the form says so before sending.
        await page.getByTestId('username').fill(username);
        await page.getByTestId('display-name').fill('Budi Santoso');
        await page.getByTestId('role-agency_operator').check();
        await page.getByTestId('user-create-submit').click();
        await expectText(page, 'agency-error', 'Pilih perangkat daerah untuk Operator Perangkat Daerah');

        await page.getByTestId('agency').selectOption({ label: 'Dinas Kesehatan (Dinkes)' });
        await page.getByTestId('user-create-submit').click();
        await expectText(page, 'user-created', `Pengguna ${username} sudah ditambahkan.`);
        temporary = (await page.getByTestId('temporary-password').textContent()).trim();
        assert.ok(temporary.length >= 12, 'a temporary password is shown');
        await expectText(page, 'secret-warning', /tidak akan ditampilkan lagi/);

        // Shown once: the list and the user's page do not show it again.
        await page.getByTestId('user-open-created').click();
        await expectText(page, 'user-heading', username);
        await expectText(page, 'user-status', 'Harus ganti kata sandi');
        assert.ok(!(await page.textContent('body')).includes(temporary), 'the temporary password is not shown again');
      });
    }

    await withPage(browser, async ({ page }) => {
      await signIn(page, username, temporary, '/masuk?next=/token');
      await page.getByTestId('password-forced').waitFor();
      assert.equal(new URL(page.url()).pathname, '/akun/kata-sandi');
      await expectText(page, 'password-forced', /Anda harus mengganti kata sandi dulu/);
      assert.equal(await page.getByTestId('site-nav').count(), 0, 'no way around the form');

      // Any other page sends the user back here.
      await page.goto(url('/token'));
      await page.getByTestId('password-forced').waitFor();

      // The repeat must match (checked here); the server's rules come back next to the field.
      await page.getByTestId('current-password').fill(temporary);
      await page.getByTestId('new-password').fill(`${username}-baru-2026`);
      await page.getByTestId('repeat-password').fill('something else entirely');
      await page.getByTestId('password-submit').click();
      await expectText(page, 'repeat-password-error', 'Kata sandi yang diulang tidak sama dengan kata sandi baru');

      await page.getByTestId('current-password').fill(temporary);
      await page.getByTestId('repeat-password').fill(`${username}-baru-2026`);
      await page.getByTestId('password-submit').click();
      await expectText(page, 'new-password-error', /nama pengguna/i);
      await page.getByTestId('error-summary').waitFor();

      const fresh = 'Kebun-Mangga-Manis-2026';
      await page.getByTestId('current-password').fill(temporary);
      await page.getByTestId('new-password').fill(fresh);
      await page.getByTestId('repeat-password').fill(fresh);
      await page.getByTestId('password-submit').click();
      await expectText(page, 'flash', 'Kata sandi Anda sudah diganti.');
      assert.equal(new URL(page.url()).pathname, '/token', 'then on to where the user wanted to go');
      await expectText(page, 'user-name', 'Budi Santoso');
      await page.getByTestId('token-create-form').waitFor();
    });
  });

  it('the list filters by role and agency', async () => {
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'admin', undefined, '/masuk?next=/pengguna');
      await page.getByTestId('users-table').waitFor();
      await page.getByTestId('filter-role').selectOption('agency_operator');
      await page.getByTestId('filter-agency').selectOption({ label: 'Bappeda' });
      await page.getByTestId('users-filter-apply').click();
      await page.getByTestId('user-row').filter({ hasText: 'operator.bappeda' }).waitFor();
      await page.waitForFunction(() => !document.body.textContent.includes('operator.dinkes'));
      for (const cell of await page.getByTestId('user-role-cell').allTextContents()) {
        assert.equal(cell.trim(), 'Operator Perangkat Daerah');
      }
    });
  });

  it('a change someone else made first (412) is explained, and the latest version can be loaded', async () => {
    const username = uniqueName('sari');
    const user = await createUserViaApi(admin, { username, display_name: 'Sari Awal', role: 'citizen' });
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'admin', undefined, `/masuk?next=/pengguna/${user.id}`);
      await expectText(page, 'user-heading', username);
      await expectText(page, 'user-version', '1');

      // Meanwhile another administrator renames the user.
      const other = await admin.patch(`/api/v1/users/${user.id}`, { display_name: 'Sari Lain' }, { 'If-Match': '"1"' });
      assert.equal(other.status, 200);

      await page.getByTestId('display-name').fill('Sari Saya');
      await page.getByTestId('user-save').click();
      await expectText(page, 'user-conflict', /Data ini sudah diubah orang lain/);
      await page.getByTestId('user-reload').click();
      await expectText(page, 'user-version', '2');
      assert.equal(await page.getByTestId('display-name').inputValue(), 'Sari Lain', 'the form shows the latest version');
      await expectText(page, 'user-unsaved-values', /Sari Saya/);

      await page.getByTestId('display-name').fill('Sari Saya');
      await page.getByTestId('role-leadership').check();
      await page.getByTestId('user-save').click();
      await expectText(page, 'user-saved', 'Perubahan sudah disimpan.');
      await expectText(page, 'user-version', '3');
      const now = await admin.get(`/api/v1/users/${user.id}`);
      assert.equal(now.body.display_name, 'Sari Saya');
      assert.equal(now.body.role, 'leadership');
    });
  });

  it('lock, unlock and reset the password (the new temporary password shown once)', async () => {
    const username = uniqueName('agus');
    const user = await createUserViaApi(admin, { username, display_name: 'Agus', role: 'citizen', password: 'Sawah-Hijau-Luas-2026' });
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'admin', undefined, `/masuk?next=/pengguna/${user.id}`);
      await page.getByTestId('user-lock').click();
      await expectText(page, 'user-action-done', 'Akun sudah dikunci.');
      await expectText(page, 'user-status', 'Terkunci');
      assert.equal((await admin.get(`/api/v1/users/${user.id}`)).body.locked, true);

      await page.getByTestId('user-unlock').click();
      await expectText(page, 'user-action-done', 'Kunci akun sudah dibuka.');
      assert.equal((await admin.get(`/api/v1/users/${user.id}`)).body.locked, false);

      await page.getByTestId('user-reset').click();
      await page.getByTestId('reset-confirm').waitFor();
      await page.getByTestId('reset-yes').click();
      const temporary = (await page.getByTestId('temporary-password').textContent()).trim();
      assert.ok(temporary.length >= 12);
      const login = await fetch(url('/api/v1/auth/login'), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ username, password: temporary }),
      });
      assert.equal(login.status, 200, 'the temporary password works');
      assert.equal((await login.json()).must_change_password, true);
      assert.ok((await horizontalOverflow(page)) <= 0);
    });
  });

  it('the user pages fit a 320 px phone screen', async () => {
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'admin', undefined, '/masuk?next=/pengguna');
      await page.getByTestId('users-table').waitFor();
      assert.ok((await horizontalOverflow(page)) <= 0, 'list: no sideways scrolling');
      await page.goto(url('/pengguna/baru'));
      await page.getByTestId('user-create-form').waitFor();
      assert.ok((await horizontalOverflow(page)) <= 0, 'form: no sideways scrolling');
    }, { viewport: { width: 320, height: 640 } });
  });
});

// Signing in and out: the demo superadmin, wrong passwords in both languages,
// going back to the page the user wanted, throttling and locked accounts in
// plain words, and a session that ends while the user is typing.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  DEMO_PASSWORD,
  expectText,
  horizontalOverflow,
  launchBrowser,
  signIn,
  signInAndWait,
  uniqueName,
  url,
  withPage,
} from './helpers.mjs';

const LOGIN_ROUTE = '**/api/v1/auth/login';

function problem(status, slug, detail, headers = {}, members = {}) {
  return {
    status,
    contentType: 'application/problem+json',
    headers,
    body: JSON.stringify({ type: `urn:simpul:problem:${slug}`, title: slug, status, detail, instance: '/api/v1/auth/login', ...members }),
  };
}

describe('signing in and out', () => {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  it('admin signs in with the demo password, sees name and role, and signs out', async () => {
    await withPage(browser, async ({ page }) => {
      await page.goto(url('/'));
      await page.getByTestId('nav-login').click();
      await page.waitForURL(/\/masuk/);
      await expectText(page, 'login-title', 'Masuk');
      await page.getByTestId('username').fill('admin');
      await page.getByTestId('password').fill(DEMO_PASSWORD);
      await page.getByTestId('login-submit').click();

      await expectText(page, 'user-name', 'Administrator Diskominfo');
      await expectText(page, 'user-role', 'Superadmin');
      await expectText(page, 'nav-users', 'Pengguna');
      await expectText(page, 'nav-tokens', 'Token');
      await expectText(page, 'nav-audit', 'Log Audit');
      await expectText(page, 'health', 'Sehat'); // back on the status page it came from
      const me = await page.request.get(url('/api/v1/auth/me'));
      assert.equal(me.status(), 200, 'the browser holds a session');

      await page.getByTestId('logout').click();
      await expectText(page, 'flash', 'Anda telah keluar.');
      assert.equal(new URL(page.url()).pathname, '/masuk');
      await page.getByTestId('login-form').waitFor();
      assert.equal(await page.getByTestId('user-name').count(), 0);
      assert.equal((await page.request.get(url('/api/v1/auth/me'))).status(), 401, 'the session has ended');
    });
  });

  it('a wrong password shows the Indonesian error above the form and empties the password', async () => {
    await withPage(browser, async ({ page }) => {
      await signIn(page, 'admin', 'bukan-kata-sandi-ini');
      await expectText(page, 'login-error', /Nama pengguna atau kata sandi salah\. Periksa keduanya, lalu coba lagi\./);
      assert.match(await page.getByTestId('login-error').textContent(), /^Ada masalah/);
      assert.equal(await page.getByTestId('password').inputValue(), '');
      assert.equal(await page.getByTestId('username').inputValue(), 'admin');
      assert.equal(await page.getByTestId('user-name').count(), 0);
      // The summary links to the field to fix (GOV.UK error summary).
      await page.getByTestId('error-summary-item').locator('a').click();
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'username');
    });
  });

  it('after switching to English the sign-in error is in English', async () => {
    await withPage(browser, async ({ page }) => {
      await page.goto(url('/masuk'));
      await page.getByTestId('lang-en').click();
      await expectText(page, 'login-title', 'Sign in');
      await page.getByTestId('username').fill(uniqueName('nobody'));
      await page.getByTestId('password').fill('wrong-password-here');
      await page.getByTestId('login-submit').click();
      await expectText(page, 'login-error', /The username or password is wrong\. Check both, then try again\./);
      assert.match(await page.getByTestId('login-error').textContent(), /^There is a problem/);

      // Switching back rewords the error already shown, and leaves the focus on the switch.
      await page.getByTestId('lang-id').click();
      await expectText(page, 'login-error', /Nama pengguna atau kata sandi salah/);
      assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-testid')), 'lang-id');
    });
  });

  it('empty fields are named next to each field, before anything is sent', async () => {
    await withPage(browser, async ({ page }) => {
      let sent = 0;
      await page.route(LOGIN_ROUTE, (route) => {
        sent += 1;
        return route.continue();
      });
      await page.goto(url('/masuk'));
      await page.getByTestId('login-submit').click();
      await expectText(page, 'username-error', 'Masukkan nama pengguna');
      await expectText(page, 'password-error', 'Masukkan kata sandi');
      assert.equal(sent, 0);
      assert.equal(await page.getByTestId('username').getAttribute('aria-invalid'), 'true');
    });
  });

  it('asks for the region only when the server serves more than one, and sends the choice', async () => {
    await withPage(browser, async ({ page }) => {
      await page.goto(url('/masuk'));
      await page.getByTestId('login-form').waitFor();
      await page.waitForTimeout(300); // the region list has been asked for by now
      assert.equal(await page.getByTestId('region').count(), 0, 'one region: no chooser');

      const regions = await (await page.request.get(url('/api/v1/regions'))).json();
      const second = { ...regions.items[0], id: 'kota-kedua', name: 'Kota Kedua' };
      await page.route('**/api/v1/regions?*', (route) =>
        route.fulfill({ json: { items: [regions.items[0], second], next_cursor: null } }),
      );
      let sent;
      await page.route(LOGIN_ROUTE, (route) => {
        sent = route.request().postDataJSON();
        return route.continue();
      });
      await page.reload();
      await page.getByTestId('region').waitFor();
      await page.getByTestId('username').fill('admin');
      await page.getByTestId('password').fill(DEMO_PASSWORD);
      await page.getByTestId('login-submit').click();
      await expectText(page, 'region-error', 'Pilih daerah tempat akun Anda terdaftar');
      assert.equal(sent, undefined, 'nothing sent without a region');

      await page.getByTestId('region').selectOption({ label: regions.items[0].name });
      await page.getByTestId('password').fill(DEMO_PASSWORD);
      await page.getByTestId('login-submit').click();
      await page.getByTestId('user-name').waitFor();
      assert.equal(sent.region_id, regions.items[0].id);
    });
  });

  it('a page that needs signing in sends the visitor to /masuk and back there afterwards', async () => {
    await withPage(browser, async ({ page }) => {
      await page.goto(url('/audit'));
      await page.waitForURL((u) => u.pathname === '/masuk' && u.searchParams.get('next') === '/audit');
      await page.getByTestId('username').fill('auditor');
      await page.getByTestId('password').fill(DEMO_PASSWORD);
      await page.getByTestId('login-submit').click();
      await page.getByTestId('audit-table').waitFor();
      assert.equal(new URL(page.url()).pathname, '/audit');
      await expectText(page, 'user-role', 'Auditor / Evaluator');
      assert.equal(await page.getByTestId('nav-users').count(), 0, 'an auditor sees no Pengguna link');
      await expectText(page, 'nav-audit', 'Log Audit');
      await expectText(page, 'nav-tokens', 'Token');
    });
  });

  it('the session survives a reload (GET /auth/me on load)', async () => {
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'walikota');
      await expectText(page, 'user-role', 'Pimpinan');
      await page.reload();
      await expectText(page, 'user-name', 'Wali Kota Madiun');
    });
  });

  it('too many attempts: says how long to wait, from Retry-After', async () => {
    await withPage(browser, async ({ page }) => {
      await page.route(LOGIN_ROUTE, (route) =>
        route.fulfill(problem(429, 'too-many-attempts', 'Terlalu banyak percobaan.', { 'Retry-After': '42' })),
      );
      await signIn(page, 'admin', 'whatever-it-is');
      await expectText(page, 'login-error', /Terlalu banyak percobaan masuk\. Tunggu 42 detik, lalu coba lagi\./);
      await page.getByTestId('lang-en').click();
      await page.getByTestId('password').fill('whatever-it-is');
      await page.getByTestId('login-submit').click();
      await expectText(page, 'login-error', /Too many sign-in attempts\. Wait 42 seconds, then try again\./);
    });
  });

  it('a locked account is explained in plain words, with the time in WIB', async () => {
    await withPage(browser, async ({ page }) => {
      await page.route(LOGIN_ROUTE, (route) =>
        route.fulfill(
          // as the server answers a temporary lock: the end is in the locked_until member
          problem(403, 'account-locked', 'Akun ini terkunci sementara (detail dari server).', {}, {
            locked_until: '2026-11-22T06:33:51.006Z',
          }),
        ),
      );
      await signIn(page, 'admin', 'whatever-it-is');
      await expectText(page, 'login-error', /Akun Anda dikunci sementara .* Coba lagi setelah 22 Nov 2026.* 13\.33 WIB/);
    });
  });

  it('when the session ends while typing, signing in again over the page keeps what was typed', async () => {
    await withPage(browser, async ({ context, page }) => {
      await signInAndWait(page, 'operator.dinkes', DEMO_PASSWORD, '/masuk?next=/token');
      await page.getByTestId('token-create-form').waitFor();
      const name = uniqueName('sesi.berakhir');
      await page.getByTestId('token-name').fill(name);
      await page.getByTestId('token-scopes-write').check();

      await context.clearCookies(); // the session is gone, as after 30 idle minutes
      await page.getByTestId('token-create-submit').click();

      await page.getByTestId('session-expired').waitFor();
      assert.equal(await page.getByTestId('page').isHidden(), true, 'the page waits, hidden, under the form');
      assert.equal(new URL(page.url()).pathname, '/token', 'the address stays');
      await page.getByTestId('username').fill('operator.dinkes');
      await page.getByTestId('password').fill(DEMO_PASSWORD);
      await page.getByTestId('login-submit').click();

      await page.getByTestId('session-expired').waitFor({ state: 'detached' });
      assert.equal(await page.getByTestId('token-name').inputValue(), name, 'the typed name is still there');
      assert.equal(await page.getByTestId('token-scopes-write').isChecked(), true);
      await page.getByTestId('token-create-submit').click();
      await expectText(page, 'new-token', /^simpul_/);
    });
  });

  it('the sign-in page fits a 320 px phone screen', async () => {
    await withPage(browser, async ({ page }) => {
      await page.goto(url('/masuk'));
      await page.getByTestId('login-submit').click();
      await page.getByTestId('login-error').waitFor();
      assert.ok((await horizontalOverflow(page)) <= 0, 'no sideways scrolling');
    }, { viewport: { width: 320, height: 640 } });
  });
});

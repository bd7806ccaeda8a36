// What a user sees when the server fails, and how the page reports its own
// errors to the server.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { expectText, launchBrowser, signInAndWait, url, withPage } from './helpers.mjs';

const STATUS_ROUTE = '**/api/v1/status';
const REPORT_PATH = '/api/v1/client-errors';

function unavailable(detail) {
  return {
    status: 503,
    contentType: 'application/problem+json',
    headers: { 'X-Request-Id': 'e2e-req-503' },
    body: JSON.stringify({
      type: 'urn:simpul:problem:unavailable',
      title: 'Layanan tidak tersedia',
      status: 503,
      detail,
      instance: '/api/v1/status',
      request_id: 'e2e-req-503',
    }),
  };
}

describe('errors', () => {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  it('a page whose code cannot be fetched says so and reloads on request', async () => {
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'auditor');
      // The registry pages come in their own file, fetched when first opened: refuse it once.
      let refused = 0;
      await page.route('**/assets/*.js', async (route) => {
        const main = await page.evaluate(() => [...document.scripts].map((s) => s.src));
        if (refused === 0 && !main.includes(route.request().url())) {
          refused += 1;
          return route.abort('internetdisconnected');
        }
        return route.continue();
      });
      await page.evaluate(() => {
        history.pushState({}, '', '/elemen');
        dispatchEvent(new PopStateEvent('popstate'));
      });
      await expectText(page, 'page-load-failed', /tidak dapat dimuat/);
      assert.equal(refused, 1);
      await page.getByRole('button', { name: 'Muat ulang' }).click();
      await page.getByTestId('elements-sections').waitFor();
    });
  });

  it('a 503 problem shows its detail in an error box, and "Coba lagi" recovers', async () => {
    await withPage(browser, async ({ page }) => {
      await page.route(STATUS_ROUTE, (route) => route.fulfill(unavailable('Basis data sedang tidak menjawab.')));
      await page.goto(url('/'));
      await expectText(page, 'error-detail', 'Basis data sedang tidak menjawab.');
      await expectText(page, 'error-request-id', 'Kode permintaan: e2e-req-503');
      await expectText(page, 'retry-button', 'Coba lagi');
      assert.equal(await page.getByTestId('health').count(), 0);

      await page.unroute(STATUS_ROUTE);
      await page.getByTestId('retry-button').click();
      await expectText(page, 'health', 'Sehat');
      assert.equal(await page.getByTestId('error-box').count(), 0);
    });
  });

  it('asks for problems in the chosen language (Accept-Language)', async () => {
    await withPage(browser, async ({ page }) => {
      const languages = [];
      await page.route(STATUS_ROUTE, (route) => {
        languages.push(route.request().headers()['accept-language']);
        return route.fulfill(unavailable('The database is not answering.'));
      });
      await page.goto(url('/'));
      await page.getByTestId('error-box').waitFor();
      await page.getByTestId('lang-en').click();
      await expectText(page, 'retry-button', 'Try again');
      await expectText(page, 'error-detail', 'The database is not answering.');
      assert.deepEqual([languages[0], languages.at(-1)], ['id', 'en']);
    });
  });

  it('no answer at all shows a plain network message', async () => {
    await withPage(browser, async ({ page }) => {
      await page.route(STATUS_ROUTE, (route) => route.abort('connectionrefused'));
      await page.goto(url('/'));
      await expectText(page, 'error-detail', /Server tidak dapat dihubungi/);
    });
  });

  it('an uncaught error is reported to the server, cut to the limits', async () => {
    await withPage(browser, async ({ page }) => {
      await page.goto(url('/'));
      await page.getByTestId('health').waitFor();
      const reported = page.waitForResponse(
        (r) => r.url().endsWith(REPORT_PATH) && r.request().method() === 'POST',
      );
      await page.evaluate(() => {
        setTimeout(() => {
          throw new Error('e2e boom ' + 'x'.repeat(5000));
        });
      });
      const response = await reported;
      const body = response.request().postDataJSON();
      assert.match(body.message, /e2e boom/);
      assert.ok([...body.message].length <= 2000, 'message cut to 2000 characters');
      assert.equal(body.page, '/');
      assert.ok(typeof body.detail === 'string' && [...body.detail].length <= 8000);
      assert.equal(response.status(), 202, 'the server accepts the report');
    });
  });

  it('sends at most 5 reports per page load, and a failing report does not loop', async () => {
    await withPage(browser, async ({ page }) => {
      let reports = 0;
      await page.route(`**${REPORT_PATH}`, (route) => {
        reports += 1;
        return route.fulfill({ status: 500, contentType: 'application/problem+json', body: '{}' });
      });
      await page.goto(url('/'));
      await page.getByTestId('health').waitFor();
      await page.evaluate(() => {
        for (let i = 0; i < 8; i += 1) {
          setTimeout(() => {
            throw new Error(`e2e error ${i}`);
          });
          setTimeout(() => Promise.reject(new Error(`e2e rejection ${i}`)));
        }
      });
      await page.waitForTimeout(1500);
      assert.equal(reports, 5);
    });
  });
});

// The leadership dashboard /dasbor (docs/compliance-contract.md, "Leadership dashboard") on
// the demo region Kota Madiun: the mayor (walikota) sees the same numbers as
// GET /api/v1/dashboard, each a link; following a risk level's number opens the risk
// register filtered to exactly those risks, and an agency's share opens its compliance
// page. Agency operators are refused the page. A 320 px phone fits without sideways
// scrolling. The test only reads, so it can run again on the same server.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { apiSession, expectText, horizontalOverflow, launchBrowser, signInAndWait, withPage } from './helpers.mjs';

const count = (n) => new Intl.NumberFormat('id-ID').format(n);

describe('leadership dashboard', () => {
  let browser;
  let api; // the dashboard as the API answers it to the mayor
  before(async () => {
    browser = await launchBrowser();
    const mayor = await apiSession('walikota');
    const r = await mayor.get('/api/v1/dashboard');
    assert.equal(r.status, 200, JSON.stringify(r.body));
    api = r.body;
  });
  after(async () => {
    await browser?.close();
  });

  it('shows the numbers of the API, each a link to its records', async () => {
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'walikota', undefined, '/dasbor');
      await expectText(page, 'dash-heading', 'Dasbor Pimpinan');
      for (const [testId, n] of [
        ['dash-compliance-overdue', api.compliance.overdue],
        ['dash-compliance-open', api.compliance.open],
        ['dash-risks-total', api.risks.total],
        ['dash-audits-overdue', api.ict_audits.overdue],
        ['dash-incidents-open', api.incidents.open],
        ['dash-incidents-notices', api.incidents.overdue_notices],
      ]) {
        const link = page.getByTestId(testId);
        assert.equal(await link.getAttribute('data-count'), String(n.count), testId);
        assert.equal(await link.getAttribute('href'), n.href, testId);
        assert.ok(((await link.textContent()) ?? '').startsWith(count(n.count)), testId);
      }
      // One bar per risk level, in the level's colour, each row a link with its count.
      const levels = page.getByTestId('dash-risk-levels-link');
      assert.equal(await levels.count(), api.risks.levels.length);
      for (const level of api.risks.levels) {
        const row = page.locator(`[data-testid="dash-risk-levels-link"][data-key="${level.level}"]`);
        assert.equal(await row.getAttribute('data-value'), String(level.count));
        assert.equal(await row.getAttribute('href'), level.href);
      }
      assert.equal(await page.getByTestId('dash-budget-areas-link').count(), api.budget.by_area.length);
      assert.equal(await page.getByTestId('dash-compliance-agency').count(), api.compliance.lowest_agencies.length);
      await page.getByTestId('dash-sla-chart').waitFor();
    });
  });

  it('follows a risk level to the register filtered to exactly those risks', async () => {
    const level = [...api.risks.levels].reverse().find((l) => l.count > 0) ?? api.risks.levels[0];
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'walikota', undefined, '/dasbor');
      await page.locator(`[data-testid="dash-risk-levels-link"][data-key="${level.level}"]`).click();
      await page.waitForURL((u) => u.pathname === '/risiko' && u.searchParams.get('level') === String(level.level));
      if (level.count > 0) await expectText(page, 'risk-total', `Jumlah risiko: ${level.count}`);
      else await page.getByTestId('risk-empty').waitFor();
    });
  });

  it('follows an agency of low compliance to its compliance page', async () => {
    const agency = api.compliance.lowest_agencies[0];
    assert.ok(agency, 'the demo region has agencies with duties');
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'walikota', undefined, '/dasbor');
      await page.locator(`[data-testid="dash-compliance-agency"][data-agency-id="${agency.agency_id}"]`).click();
      await page.waitForURL((u) => u.pathname === `/kepatuhan/pd/${agency.agency_id}`);
    });
  });

  it('is not for agency operators', async () => {
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'operator.dinkes', undefined, '/dasbor');
      await page.getByTestId('forbidden').waitFor();
      assert.equal(await page.getByTestId('dash-heading').count(), 0);
    });
  });

  it('fits a 320 px phone without sideways scrolling', async () => {
    await withPage(
      browser,
      async ({ page }) => {
        await signInAndWait(page, 'walikota', undefined, '/dasbor');
        await page.getByTestId('dash-budget').waitFor();
        await page.getByTestId('dash-sla-chart').waitFor();
        assert.ok((await horizontalOverflow(page)) <= 0, '/dasbor scrolls sideways at 320 px');
      },
      { viewport: { width: 320, height: 640 } },
    );
  });
});

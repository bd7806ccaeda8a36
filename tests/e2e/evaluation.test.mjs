// The evaluation pages (docs/evaluation-contract.md "Pages") on the demo region Kota Madiun:
// - /evaluasi lists the campaigns with the index values the API gives, and the trend;
// - a campaign's page shows its aspects weakest first, as the API orders them;
// - the ICT office creates a campaign: a year that already has one is refused beside the
//   year field (what was typed stays), a free year opens the new campaign;
// - the coordinator (sekda, when the team says so) sees "Tandatangani" and, while indicators are
//   not verified, the server's list of what is missing; a non-member sees no such button;
// - on a signed-off campaign the ICT office enters a stage of external results in one form,
//   then corrects one level and clears another in the same form,
//   and the difference to the self level appears;
// - the frameworks page lists PermenPANRB 59/2020 with its 47 indicators;
// - /evaluasi and /evaluasi/{id} fit a 320 px phone.
//
// The campaigns the test makes take the first free years (from 2018), so it can run again on
// the same server.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { apiSession, expectText, horizontalOverflow, launchBrowser, signInAndWait, url, withPage } from './helpers.mjs';

const BASE = '/api/v1/evaluation';
const indexText = (value) => (value ? value.replace('.', ',') : 'Belum ada nilai');

describe('Evaluation', () => {
  let browser;
  let admin;
  let sekda;
  let walikota;
  let campaigns; // GET /campaigns, newest first

  const freeYear = async () => {
    const taken = new Set((await admin.get(`${BASE}/campaigns`)).body.items.map((c) => c.year));
    let year = 2018;
    while (taken.has(year)) year += 1;
    return year;
  };
  // A campaign of a free year, with sekda as coordinator and admin as person in charge.
  const makeCampaign = async () => {
    const made = await admin.post(`${BASE}/campaigns`, { year: await freeYear(), kind: 'evaluation' });
    assert.equal(made.status, 201, JSON.stringify(made.body));
    for (const [user, role] of [
      [sekda.user, 'coordinator'],
      [admin.user, 'person_in_charge'],
    ]) {
      const r = await admin.call('PUT', `${BASE}/campaigns/${made.body.id}/assessors/${user.id}`, { role, unit: 'TIK' });
      assert.ok(r.status === 200 || r.status === 201, JSON.stringify(r.body));
    }
    return made.body;
  };
  // Every indicator scored (level 2 for the first aspect, 3 for the rest) and verified, then signed off.
  const signedOffCampaign = async () => {
    const campaign = await makeCampaign();
    const rows = (await admin.get(`${BASE}/campaigns/${campaign.id}/indicators`)).body.items;
    for (const row of rows) {
      const put = await admin.call('PUT', `${BASE}/campaigns/${campaign.id}/indicators/${row.number}`, {
        level: row.aspect.number === 1 ? 2 : 3,
        explanation: 'Sesuai data dukung.',
      });
      assert.equal(put.status, 200, JSON.stringify(put.body));
      const verified = await admin.call('POST', `${BASE}/campaigns/${campaign.id}/indicators/${row.number}/verification`, {}, { 'If-Match': put.etag });
      assert.ok(verified.status === 200 || verified.status === 201, JSON.stringify(verified.body));
    }
    const current = await admin.get(`${BASE}/campaigns/${campaign.id}`);
    const signed = await sekda.call('POST', `${BASE}/campaigns/${campaign.id}/sign-off`, {}, { 'If-Match': current.etag });
    assert.equal(signed.status, 200, JSON.stringify(signed.body));
    return signed.body;
  };

  before(async () => {
    browser = await launchBrowser();
    admin = await apiSession('admin');
    sekda = await apiSession('sekda');
    walikota = await apiSession('walikota');
    campaigns = (await admin.get(`${BASE}/campaigns`)).body.items;
    if (campaigns.length === 0) {
      await makeCampaign();
      campaigns = (await admin.get(`${BASE}/campaigns`)).body.items;
    }
  });
  after(async () => {
    await browser?.close();
  });

  it('the list shows every campaign with the index the API gives, and the trend', async () => {
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'walikota');
      await page.goto(url('/evaluasi'));
      await expectText(page, 'ev-heading', 'Penilaian mandiri SPBE');
      await page.getByTestId('ev-campaigns').waitFor();
      const listed = (await admin.get(`${BASE}/campaigns`)).body.items;
      assert.equal(await page.getByTestId('ev-campaign-row').count(), listed.length);
      const years = await page.getByTestId('ev-campaign-row').evaluateAll((rows) => rows.map((r) => Number(r.dataset.year)));
      assert.deepEqual(years, [...years].sort((a, b) => b - a), 'newest year first');
      for (const c of listed) {
        const row = page.locator(`[data-testid="ev-campaign-row"][data-campaign-id="${c.id}"]`);
        assert.equal(await row.getByTestId('ev-campaign-index').getAttribute('data-value'), c.index ?? '');
        if (c.index) {
          assert.equal(await row.getByTestId('ev-campaign-index-value').textContent(), indexText(c.index));
          assert.equal(await row.getByTestId('ev-campaign-index-predicate').textContent(), c.predicate);
        }
      }
      await page.getByTestId('ev-trend').or(page.getByTestId('ev-trend-empty')).first().waitFor();
      // Leadership reads; only the ICT office creates.
      assert.equal(await page.getByTestId('ev-create-open').count(), 0);
    });
  });

  it('the campaign page shows the aspects weakest first', async () => {
    const campaign = campaigns.find((c) => c.index) ?? campaigns[0];
    const index = (await admin.get(`${BASE}/campaigns/${campaign.id}/index`)).body;
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'walikota');
      await page.goto(url(`/evaluasi/${campaign.id}`));
      await page.getByTestId('ev-aspects').waitFor();
      const shown = await page.getByTestId('ev-aspect-row').evaluateAll((rows) => rows.map((r) => Number(r.dataset.aspect)));
      assert.deepEqual(shown.slice(0, index.weakest_aspects.length), index.weakest_aspects);
      const official = index.result && index.result.complete ? index.result : index.self;
      if (official.overall) assert.equal(await page.getByTestId('ev-overall-value').textContent(), indexText(official.overall.value));
      assert.equal(await page.getByTestId('ev-indicator-row').count(), official.indicators);
      await page.getByTestId('ev-radar').waitFor();
    });
  });

  it('the ICT office creates a campaign: a taken year is explained beside the field, then a free year works', async () => {
    const taken = campaigns[0].year;
    const year = await freeYear();
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'admin');
      await page.goto(url('/evaluasi'));
      await page.getByTestId('ev-create-open').click();
      await page.getByTestId('ev-create-form').waitFor();
      await page.locator('#ev-create-year').fill(String(taken));
      await page.locator('#ev-create-decree').fill('Keputusan Wali Kota Nomor 1/2026');
      await page.getByTestId('ev-create-save').click();
      await page.getByTestId('error-summary').waitFor();
      await expectText(page, 'ev-create-year-error', new RegExp(String(taken)));
      assert.equal(await page.locator('#ev-create-decree').inputValue(), 'Keputusan Wali Kota Nomor 1/2026', 'what was typed stays');
      await page.locator('#ev-create-year').fill(String(year));
      await page.getByTestId('ev-create-save').click();
      await page.waitForURL(/\/evaluasi\/\d+$/);
      await expectText(page, 'ev-campaign-heading', new RegExp(String(year)));
      await page.getByTestId('flash').waitFor();
    });
    const made = (await admin.get(`${BASE}/campaigns`)).body.items.find((c) => c.year === year);
    assert.ok(made, 'the campaign exists');
  });

  it('the coordinator sees the sign-off button; a non-member does not', async () => {
    const withCoordinator = [];
    for (const c of campaigns.filter((c) => c.status === 'open')) {
      const team = (await admin.get(`${BASE}/campaigns/${c.id}`)).body.team;
      if (team.some((a) => a.role === 'coordinator' && a.user_id === sekda.user.id) && !team.some((a) => a.user_id === walikota.user.id)) withCoordinator.push(c);
    }
    const campaign = withCoordinator[0] ?? (await makeCampaign());
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'sekda');
      await page.goto(url(`/evaluasi/${campaign.id}`));
      await page.getByTestId('ev-sign-off-button').waitFor();
      await expectText(page, 'ev-your-role', 'Koordinator');
      // Not every indicator is verified: the refusal lists what is missing, as the server words it.
      await page.getByTestId('ev-sign-off-button').click();
      await page.getByTestId('ev-sign-off-yes').click();
      await expectText(page, 'ev-sign-off-errors', /belum (diberi tingkat|diverifikasi)/);
      assert.equal((await admin.get(`${BASE}/campaigns/${campaign.id}`)).body.status, 'open');
    });
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'walikota');
      await page.goto(url(`/evaluasi/${campaign.id}`));
      await page.getByTestId('ev-indicators').waitFor();
      assert.equal(await page.getByTestId('ev-sign-off-button').count(), 0);
      await expectText(page, 'ev-your-role', /Bukan anggota/);
    });
  });

  it('the ICT office enters a stage of external results in one form, and the difference appears', async () => {
    const campaign = await signedOffCampaign();
    const rows = (await admin.get(`${BASE}/campaigns/${campaign.id}/indicators`)).body.items;
    const first = rows[0];
    const second = rows[1];
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'admin');
      await page.goto(url(`/evaluasi/${campaign.id}/hasil-eksternal`));
      await page.getByTestId('ev-differences-empty').waitFor();
      await page.getByTestId('ev-external-form').waitFor();
      await page.locator(`#ev-external-level-${first.number}`).selectOption(String(first.level + 1));
      await page.locator(`#ev-external-level-${second.number}`).selectOption(String(second.level));
      await page.getByTestId('ev-external-save').click();
      await page.getByTestId('ev-external-saved').waitFor();
      const row = page.locator(`[data-testid="ev-difference-row"][data-indicator="${first.number}"]`);
      await row.waitFor();
      assert.equal(await row.getAttribute('data-difference'), '1');
      await expectText(page, 'ev-differences-summary', /2 indikator sudah memiliki hasil; 1 berbeda/);
      const external = (await admin.get(`${BASE}/campaigns/${campaign.id}/external`)).body.items.find((r) => r.number === first.number);
      assert.equal(external.document.level, first.level + 1);
      assert.equal(external.difference, 1);

      // The form starts again from what is stored (never from what it showed before the save).
      const firstSelect = page.locator(`#ev-external-level-${first.number}`);
      await page.waitForFunction(
        ([id, want]) => document.getElementById(id)?.value === want,
        [`ev-external-level-${first.number}`, String(first.level + 1)],
      );
      assert.equal(await page.locator(`#ev-external-level-${second.number}`).inputValue(), String(second.level));
      // A correction and a cleared level in the same form: one request, each on the version seen.
      await firstSelect.selectOption(String(first.level));
      await page.locator(`#ev-external-level-${second.number}`).selectOption('');
      await page.getByTestId('ev-external-save').click();
      await expectText(page, 'ev-differences-summary', /1 indikator sudah memiliki hasil; 0 berbeda/);
      const items = (await admin.get(`${BASE}/campaigns/${campaign.id}/external`)).body.items;
      const corrected = items.find((r) => r.number === first.number);
      assert.equal(corrected.document.level, first.level);
      assert.equal(corrected.document.version, 2);
      assert.equal(items.find((r) => r.number === second.number).document, null);
    });
  });

  it('the frameworks page lists PermenPANRB 59/2020 with its 47 indicators', async () => {
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'auditor');
      await page.goto(url('/evaluasi/kerangka'));
      const row = page.locator('[data-testid="ev-framework-row"][data-code="permenpanrb-59-2020"]');
      await row.waitFor();
      assert.match(await row.textContent(), /59 Tahun 2020/);
      assert.equal(await row.getByTestId('ev-framework-indicators').textContent(), '47');
      await row.getByTestId('ev-framework-link').click();
      await page.getByTestId('ev-framework-heading').waitFor();
      assert.equal(await page.getByTestId('ev-framework-size').getAttribute('data-indicators'), '47');
      assert.equal(await page.getByTestId('ev-structure-indicator').count(), 47);
      assert.equal(await page.getByTestId('ev-scale').count(), 2, 'the process and the service capability scales');
    });
  });

  it('the list and a campaign fit a 320 px phone', async () => {
    await withPage(
      browser,
      async ({ page }) => {
        await signInAndWait(page, 'admin');
        await page.goto(url('/evaluasi'));
        await page.getByTestId('ev-campaigns').waitFor();
        assert.ok((await horizontalOverflow(page)) <= 0, 'no sideways scrolling on /evaluasi');
        await page.goto(url(`/evaluasi/${campaigns[0].id}`));
        await page.getByTestId('ev-indicators').waitFor();
        await page.getByTestId('ev-aspects').waitFor();
        assert.ok((await horizontalOverflow(page)) <= 0, 'no sideways scrolling on the campaign page');
      },
      { viewport: { width: 320, height: 640 } },
    );
  });
});

// The budget plan pages (Rencana dan Anggaran SPBE, docs/governance-contract.md
// "Budget plans") on the demo region Kota Madiun: an operator sees only their
// own agency's plans and makes one for a free year (a second plan for the same
// year is refused beside the field), adds lines in rupiah linked to a roadmap
// activity of that year or flagged as not linked, submits; the planning office
// (operator.bappeda) returns it with a reason and later coordinates it; the
// superadmin verifies; the history shows the steps; a 412 conflict on a line;
// leadership reads everything and the consolidated view of the year; a phone.
//
// The test finds a year without a Dinkes plan and makes its own draft roadmap
// for that year through the API, so it can run again on the same server.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { apiSession, expectText, expectTextIn, horizontalOverflow, launchBrowser, signInAndWait, url, withPage } from './helpers.mjs';

const rupiahId = (n) => `Rp ${new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 }).format(n)}`;
const stamp = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;

describe('budget plans', () => {
  let browser;
  let admin;
  let dinkesOperator;
  let dinkes; // the operator's agency
  let year; // a year without a Dinkes plan
  let activity; // a roadmap activity of that year
  before(async () => {
    browser = await launchBrowser();
    admin = await apiSession('admin');
    dinkesOperator = await apiSession('operator.dinkes');
    const agencies = (await admin.get('/api/v1/agencies')).body.items;
    dinkes = agencies.find((a) => a.id === dinkesOperator.user.agency_id);
    const own = (await dinkesOperator.get('/api/v1/budget-plans')).body.items;
    const used = new Set(own.map((p) => p.year));
    do year = 2031 + Math.floor(Math.random() * 65);
    while (used.has(year));
    const roadmap = await admin.post('/api/v1/roadmaps', { title: `Peta Rencana Anggaran Uji ${stamp()}`, start_year: year, end_year: year + 4 });
    assert.equal(roadmap.status, 201, JSON.stringify(roadmap.body));
    const a = await admin.post(`/api/v1/roadmaps/${roadmap.body.id}/activities`, {
      program: 'Layanan SPBE',
      name: `Aplikasi layanan kesehatan ${stamp()}`,
      area: 'services',
      owner_agency_id: dinkes.id,
      years: [{ year, target: 'Tahap 1', planned_status: 'planned' }],
    });
    assert.equal(a.status, 201, JSON.stringify(a.body));
    activity = a.body;
  });
  after(async () => {
    await browser?.close();
  });

  async function planOfYear(session) {
    const r = await session.get(`/api/v1/budget-plans?year=${year}&agency_id=${dinkes.id}`);
    return r.body.items[0];
  }

  it('an operator sees only their agency\'s plans, makes one for a year, and adds lines in rupiah, linked or flagged', async () => {
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'operator.dinkes');
      await page.goto(url('/tata-kelola/anggaran'));
      await page.getByTestId('budget-plans-table').or(page.getByTestId('budget-plans-empty')).first().waitFor();
      const names = await page.getByTestId('budget-plan-link').allTextContents();
      assert.ok(names.every((n) => n === dinkes.name), `only Dinkes plans: ${names}`);
      assert.equal(await page.getByTestId('budget-filter-agency').count(), 0, 'no agency filter for an operator');
      assert.equal(await page.getByTestId('budget-consolidated-section').count(), 0, 'no consolidated view for an operator');

      await page.getByTestId('budget-create').click();
      await page.getByTestId('bp-new-year').fill(String(year));
      await page.getByTestId('budget-create-submit').click();
      await expectText(page, 'budget-plan-heading', dinkes.name);
      await expectText(page, 'budget-plan-status', 'Draf');
      await expectText(page, 'budget-plan-year', String(year));

      // A line linked to the roadmap activity of that year.
      await page.getByTestId('line-add').click();
      await page.getByTestId('line-new-description').fill('Pengembangan aplikasi layanan');
      await page.getByTestId('line-new-amount').fill('1.250.000,50');
      await page.locator(`#line-new-activity option[value="${activity.id}"]`).waitFor({ state: 'attached' });
      await page.getByTestId('line-new-activity').selectOption(String(activity.id));
      await page.getByTestId('line-save').click();
      await expectText(page, 'line-new-amount-error', /rupiah penuh/);
      assert.equal(await page.getByTestId('line-new-description').inputValue(), 'Pengembangan aplikasi layanan', 'what was typed stays');
      await page.getByTestId('line-new-amount').fill('1.250.000.000');
      await page.getByTestId('line-save').click();
      await expectText(page, 'budget-plan-done', /ditambahkan/);
      const linked = page.getByTestId('line-row').first();
      await expectTextIn(linked, 'line-amount', rupiahId(1250000000));
      assert.equal(rupiahId(1250000000), 'Rp 1.250.000.000');
      await expectTextIn(linked, 'line-activity', new RegExp(activity.name));
      await expectTextIn(linked, 'line-area', 'Layanan');

      // A procurement line without a link: flagged.
      await page.getByTestId('line-add').click();
      await page.getByTestId('line-new-description').fill('Pengadaan perangkat jaringan');
      await page.getByTestId('line-new-amount').fill('300000000');
      await page.getByTestId('line-new-area').selectOption('infrastructure');
      await page.getByTestId('line-new-procurement-yes').check();
      await page.getByTestId('line-form-unlinked').waitFor();
      await page.getByTestId('line-save').click();
      await expectText(page, 'budget-plan-done', /ditambahkan/);
      const unlinked = page.locator('[data-testid="line-row"][data-flags~="no_roadmap_link"]');
      await expectTextIn(unlinked, 'line-flag', 'Belum terhubung ke peta rencana');
      await unlinked.locator('[data-flag="procurement_unverified"]').waitFor();
      await expectText(page, 'budget-plan-total', new RegExp(rupiahId(1550000000).replace(/\./g, '\\.')));
      await expectText(page, 'budget-plan-unlinked', /^1/);

      // One plan per agency per year: said beside the year.
      await page.goto(url('/tata-kelola/anggaran'));
      await page.getByTestId('budget-create').click();
      await page.getByTestId('bp-new-year').fill(String(year));
      await page.getByTestId('budget-create-submit').click();
      await expectText(page, 'bp-new-year-error', new RegExp(`${year}`));
    });
  });

  it('shows a conflict when someone else changed the line first, keeping what was typed', async () => {
    const plan = await planOfYear(dinkesOperator);
    const full = (await dinkesOperator.get(`/api/v1/budget-plans/${plan.id}`)).body;
    const line = full.lines[0];
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'operator.dinkes');
      await page.goto(url(`/tata-kelola/anggaran/${plan.id}`));
      await page.locator(`[data-testid="line-row"][data-line-id="${line.id}"]`).getByTestId('line-edit').click();
      await page.getByTestId(`line-${line.id}-description`).fill('Uraian dari formulir');
      const other = await dinkesOperator.patch(`/api/v1/budget-lines/${line.id}`, { description: 'Uraian dari orang lain' }, { 'If-Match': `"${line.version}"` });
      assert.equal(other.status, 200, JSON.stringify(other.body));
      await page.getByTestId('line-save').click();
      await page.getByTestId('line-conflict').waitFor();
      await page.getByTestId('line-conflict-reload').click();
      await expectText(page, 'line-unsaved', /Uraian dari formulir/);
      assert.equal(await page.getByTestId(`line-${line.id}-description`).inputValue(), 'Uraian dari orang lain');
    });
  });

  it('goes through the workflow: submitted, returned with a reason, coordinated by Bappeda, verified; the history shows it', async () => {
    const plan = await planOfYear(dinkesOperator);
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'operator.dinkes');
      await page.goto(url(`/tata-kelola/anggaran/${plan.id}`));
      await page.getByTestId('budget-submit').click();
      await expectText(page, 'budget-plan-status', 'Diajukan');
      assert.equal(await page.getByTestId('line-add').count(), 0, 'lines change only in a draft');
      await page.getByTestId('budget-plan-locked').waitFor();
    });
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'operator.bappeda');
      await page.goto(url(`/tata-kelola/anggaran/${plan.id}`));
      assert.equal(await page.getByTestId('budget-verify').count(), 0, 'the planning office does not verify');
      await page.getByTestId('budget-return').click();
      await page.getByTestId('budget-return-submit').click();
      await expectText(page, 'bp-return-reason-error', /alasan/i);
      await page.getByTestId('bp-return-reason').fill('Lengkapi rujukan peta rencana untuk pengadaan jaringan.');
      await page.getByTestId('budget-return-submit').click();
      await expectText(page, 'budget-plan-status', 'Draf');
    });
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'operator.dinkes');
      await page.goto(url(`/tata-kelola/anggaran/${plan.id}`));
      await expectText(page, 'budget-plan-returned-reason', 'Lengkapi rujukan peta rencana untuk pengadaan jaringan.');
      await page.getByTestId('budget-submit').click();
      await expectText(page, 'budget-plan-status', 'Diajukan');
    });
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'operator.bappeda');
      await page.goto(url(`/tata-kelola/anggaran/${plan.id}`));
      await page.getByTestId('budget-coordinate').click();
      await expectText(page, 'budget-plan-status', 'Dikoordinasikan');
    });
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'admin');
      await page.goto(url(`/tata-kelola/anggaran/${plan.id}`));
      await page.getByTestId('budget-verify').click();
      await expectText(page, 'budget-plan-status', 'Diverifikasi');
      assert.equal(await page.locator('[data-flag="procurement_unverified"]').count(), 0, 'a verified plan\'s procurement is no longer flagged');
      await page.getByTestId('record-history').last().locator('summary').click();
      for (const action of ['budget_plan.verify', 'budget_plan.coordinate', 'budget_plan.return', 'budget_plan.submit'])
        await page.locator(`[data-testid="history-item"][data-action="${action}"]`).first().waitFor();
    });
  });

  it('leadership reads every plan and the consolidated view of the year, without forms, also on a 320 px phone', async () => {
    const walikota = await apiSession('walikota');
    const view = (await walikota.get(`/api/v1/budget-plans/consolidated?year=${year}`)).body;
    const plan = await planOfYear(walikota);
    await withPage(
      browser,
      async ({ page }) => {
        await signInAndWait(page, 'walikota');
        await page.goto(url('/tata-kelola/anggaran'));
        await page.getByTestId('budget-read-only').waitFor();
        assert.equal(await page.getByTestId('budget-create').count(), 0);
        await page.getByTestId('budget-filter-agency').waitFor();
        await page.getByTestId('consolidated-year').fill(String(year));
        await page.getByTestId('consolidated-show').click();
        await page.locator(`[data-testid="consolidated"][data-year="${year}"]`).waitFor();
        await expectText(page, 'consolidated-total', new RegExp(rupiahId(view.total.amount).replace(/\./g, '\\.')));
        await expectText(page, 'consolidated-unlinked-count', String(view.unlinked.lines));
        const services = view.by_area.find((a) => a.area === 'services');
        await expectTextIn(page.locator('[data-testid="consolidated-area"][data-area="services"]'), 'consolidated-area-share', `${services.share_percent.toFixed(1).replace('.', ',')}%`);
        await page.locator(`[data-testid="consolidated-agency"][data-agency-id="${dinkes.id}"]`).waitFor();
        assert.match(await page.getByTestId('consolidated-export-xlsx').getAttribute('href'), new RegExp(`/api/v1/budget-plans/consolidated/export\\.xlsx\\?year=${year}$`));
        assert.ok((await horizontalOverflow(page)) <= 0, 'no sideways scrolling on the list');

        await page.goto(url(`/tata-kelola/anggaran/${plan.id}`));
        await page.getByTestId('budget-plan-read-only').waitFor();
        for (const testId of ['line-add', 'line-edit', 'budget-submit', 'budget-coordinate', 'budget-verify', 'budget-return', 'note-edit'])
          assert.equal(await page.getByTestId(testId).count(), 0, `leadership has no ${testId}`);
        await page.getByTestId('budget-plan-export-xlsx').waitFor();
        assert.ok((await horizontalOverflow(page)) <= 0, 'no sideways scrolling on the plan');
      },
      { viewport: { width: 320, height: 640 } },
    );
  });

  it('another agency\'s operator is refused the plan in plain words', async () => {
    const plan = await planOfYear(admin);
    // operator.bappeda reads every plan (the planning office) but may not change another agency's lines.
    const bappeda = await apiSession('operator.bappeda');
    const refused = await bappeda.post(`/api/v1/budget-plans/${plan.id}/lines`, { description: 'x', amount: 1, area: 'audit' });
    assert.equal(refused.status, 403);
    // A plan of the ICT office (the demo's) is not open to Dinkes: the page says so.
    const other = (await admin.get('/api/v1/budget-plans')).body.items.find((p) => p.agency_id !== dinkes.id);
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'operator.dinkes');
      await page.goto(url(`/tata-kelola/anggaran/${other.id}`));
      await expectText(page, 'error-detail', /perangkat daerah lain/);
    });
  });
});

// The ICT asset pages (Manajemen Aset TIK, docs/management-processes-contract.md "ICT
// assets") on the demo region Kota Madiun: an agency operator records an asset for their
// own agency (missing answers explained beside the fields first) and moves it through
// planning, procurement, use and maintenance to disposal, after which no step is offered
// and the server refuses disposing it again; the "ending soon" panel and the register mark
// an asset whose warranty ends in 10 days; a spreadsheet with one bad row shows the row
// and column and saves nothing, and the corrected file imports; the operator reads but
// cannot change another agency's asset (no controls, and the server's 403 in plain words);
// the ICT office makes an inventory report and sees the form to record sending it, while
// leadership reads the register without controls; the pages fit a 320 px phone.
//
// The test makes its own assets with unique codes, so it can run again on the same server.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { demoAgencySessions, expectText, expectTextIn, horizontalOverflow, launchBrowser, signInAndWait, stamp, url, withPage } from './helpers.mjs';

const ZONE = 'Asia/Jakarta'; // Kota Madiun, WIB
const dayIn = (days) => new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(new Date(Date.now() + days * 86_400_000)); // YYYY-MM-DD
const YEAR = Number(dayIn(0).slice(0, 4));

describe('ICT assets', () => {
  let browser;
  let admin;
  let dinkesOperator;
  let dinkes; // the operator's agency
  let other; // another agency (Bappeda)

  before(async () => {
    browser = await launchBrowser();
    ({ admin, dinkesOperator, dinkes, bappeda: other } = await demoAgencySessions());
  });
  after(async () => {
    await browser?.close();
  });

  // An asset made through the API as `who`, in use unless told otherwise.
  async function makeAsset(who, agencyId, fields = {}) {
    const code = `AST-${stamp()}`;
    const r = await who.post('/api/v1/assets', {
      kind: 'hardware',
      category: 'laptop',
      code,
      name: `Laptop Lenovo ThinkPad E14 ${code}`,
      owner_agency_id: agencyId,
      stage: 'in_use',
      ...fields,
    });
    assert.equal(r.status, 201, JSON.stringify(r.body));
    return r.body;
  }

  async function takeStep(page, action, stage) {
    await page.getByTestId(`asset-step-${action}`).click();
    await page.getByTestId('asset-step-form').waitFor();
    await page.getByTestId('asset-step-confirm').click();
    await expectText(page, 'asset-stage', stage);
  }

  it('an operator records an asset and moves it through every stage to disposal; disposing again is refused', async () => {
    const code = `AST-${stamp()}`;
    const name = `PC Desktop Lenovo ThinkCentre M70s ${code}`;
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'operator.dinkes');
      await page.goto(url('/aset'));
      await page.getByTestId('asset-create').click();
      await expectText(page, 'asset-new-own-agency', new RegExp(dinkes.name));
      assert.equal(await page.getByTestId('asset-new-agency').count(), 0, 'an operator does not choose the agency');

      // Nothing filled in: each missing answer beside its field and in the summary.
      await page.getByTestId('asset-create-submit').click();
      await page.getByTestId('error-summary').waitFor();
      await expectText(page, 'asset-new-kind-error', /Pilih jenis aset/);
      await expectText(page, 'asset-new-code-error', /Isi kode inventaris/);
      await expectText(page, 'asset-new-name-error', /Isi nama aset/);

      // Software fields only for software.
      await page.getByTestId('asset-new-kind-software').check();
      await page.getByTestId('asset-new-licence').waitFor();
      await page.getByTestId('asset-new-kind-hardware').check();
      assert.equal(await page.getByTestId('asset-new-licence').count(), 0, 'no licence fields for hardware');

      await page.getByTestId('asset-new-category').selectOption('computer');
      await page.getByTestId('asset-new-code').fill(code);
      await page.getByTestId('asset-new-name').fill(name);
      await page.getByTestId('asset-new-brand').fill('Lenovo');
      await page.getByTestId('asset-new-value').fill('15.750.000');
      await page.getByTestId('asset-new-acquired-on').fill(dayIn(-30));
      await page.getByTestId('asset-new-warranty-until').fill(dayIn(700));
      assert.equal(await page.getByTestId('asset-new-stage-planning').isChecked(), true, 'a new asset starts in planning');
      await page.getByTestId('asset-create-submit').click();

      await page.waitForURL(/\/aset\/\d+$/);
      await page.getByTestId('flash').waitFor();
      await expectText(page, 'asset-name', name);
      await expectText(page, 'asset-stage', 'Perencanaan');
      await expectText(page, 'asset-value', 'Rp 15.750.000');
      await expectText(page, 'asset-agency', dinkes.name);
      await expectText(page, 'asset-regional-code', /Belum terdaftar/);
      const id = Number(page.url().split('/').pop());

      // Through the stages of Pasal 35 ayat (2); each step offers only what the stage allows.
      assert.equal(await page.getByTestId('asset-step-dispose').count(), 0, 'a planned asset cannot be disposed of');
      await takeStep(page, 'procure', 'Pengadaan');
      await takeStep(page, 'put_in_use', 'Digunakan');
      await takeStep(page, 'start_maintenance', 'Dalam pemeliharaan');
      await expectText(page, 'asset-done', /Mulai pemeliharaan/);
      await takeStep(page, 'end_maintenance', 'Digunakan');

      // Disposal needs the reason and the decree, explained beside the fields.
      await page.getByTestId('asset-step-dispose').click();
      await page.getByTestId('asset-dispose-warning').waitFor();
      await page.getByTestId('asset-step-confirm').click();
      await expectText(page, 'asset-step-reason-error', /alasan penghapusan/);
      await expectText(page, 'asset-step-decree-error', /nomor keputusan/);
      await page.getByTestId('asset-step-reason').fill('Rusak berat, tidak ekonomis untuk diperbaiki');
      await page.getByTestId('asset-step-decree').fill('SK Wali Kota 030/77/401.101/2026');
      await page.getByTestId('asset-step-confirm').click();
      await expectText(page, 'asset-stage', 'Dihapus');
      await expectText(page, 'asset-disposed-reason', /Rusak berat/);
      await expectText(page, 'asset-disposed-decree', /030\/77/);
      await page.getByTestId('asset-no-steps').waitFor();
      for (const control of ['asset-step-dispose', 'asset-steps', 'asset-edit-open', 'asset-link-add', 'asset-compat-open'])
        assert.equal(await page.getByTestId(control).count(), 0, `${control} is not offered on a disposed asset`);
      const actions = await page.getByTestId('asset-event').evaluateAll((items) => items.map((e) => e.getAttribute('data-action')));
      assert.deepEqual(actions, ['create', 'procure', 'put_in_use', 'start_maintenance', 'end_maintenance', 'dispose']);

      // Disposing again: the server refuses in plain words.
      const now = await dinkesOperator.get(`/api/v1/assets/${id}`);
      const again = await dinkesOperator.post(`/api/v1/assets/${id}/actions`, { action: 'dispose', reason: 'Lagi', decree_reference: 'SK 2' }, { 'If-Match': now.headers.get('etag') });
      assert.equal(again.status, 409, JSON.stringify(again.body));
      assert.match(again.body.detail, /sudah dihapus/);
    });
  });

  it('the ending-soon panel and the register mark an asset whose warranty ends in 10 days', async () => {
    const asset = await makeAsset(dinkesOperator, dinkes.id, { warranty_until: dayIn(10) });
    try {
      await withPage(browser, async ({ page }) => {
        await signInAndWait(page, 'operator.dinkes');
        await page.goto(url('/aset'));
        const panel = page.getByTestId('asset-expiring');
        await panel.getByTestId('asset-expiring-totals').waitFor();
        const more = panel.getByTestId('asset-expiring-soon-all');
        if (await more.count()) await more.click();
        const item = panel.locator(`[data-testid="asset-expiring-item"][data-asset-id="${asset.id}"]`);
        await expectTextIn(item, 'asset-expiring-when', 'Garansi habis dalam 10 hari');
        await expectTextIn(item, 'asset-expiring-name', new RegExp(asset.code));

        await page.getByTestId('asset-filter-q').fill(asset.code);
        await page.getByTestId('asset-filter-apply').click();
        await expectText(page, 'asset-total', 'Jumlah aset: 1');
        const row = page.locator(`[data-testid="asset-row"][data-asset-id="${asset.id}"]`);
        await expectTextIn(row, 'asset-row-warranty', /Garansi habis dalam 10 hari/);
        assert.equal(await row.getByTestId('asset-row-warranty').getAttribute('data-state'), 'expiring');
        await expectTextIn(row, 'asset-row-stage', 'Digunakan');
      });
    } finally {
      // Disposed assets are never warned about: later runs see only their own.
      const now = await dinkesOperator.get(`/api/v1/assets/${asset.id}`);
      await dinkesOperator.post(`/api/v1/assets/${asset.id}/actions`, { action: 'dispose', reason: 'Uji selesai', decree_reference: 'SK uji' }, { 'If-Match': now.headers.get('etag') });
    }
  });

  it('an import with one bad row shows its row and column and saves nothing; the corrected file imports', async () => {
    const first = `IMP-${stamp()}`;
    const second = `IMP-${stamp()}`;
    const header = 'Kode,Nama,Jenis,Kategori,Perangkat Daerah Pemilik,Tahap,Nilai';
    const bad = [header, `${first},Switch Cisco Catalyst 2960,hardware,network_device,${dinkes.short_name},in_use,12500000`, `${second},Lisensi Microsoft Office 2021,software,komputer,${dinkes.short_name},,`].join('\n');
    const good = [header, `${first},Switch Cisco Catalyst 2960,hardware,network_device,${dinkes.short_name},in_use,12500000`, `${second},Lisensi Microsoft Office 2021,software,office_software,${dinkes.short_name},,`].join('\n');
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'operator.dinkes');
      await page.goto(url('/aset'));
      await page.getByTestId('asset-import-open').click();
      await expectText(page, 'asset-import-own-agency', new RegExp(dinkes.short_name));
      assert.equal(await page.getByTestId('asset-import-template').getAttribute('href'), '/api/v1/assets/import-template.xlsx');

      await page.getByTestId('asset-import-file').setInputFiles({ name: 'aset.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
      await page.getByTestId('asset-import-check').click();
      await page.getByTestId('asset-import-errors').waitFor();
      const rows = page.getByTestId('asset-import-error-row');
      assert.equal(await rows.count(), 1);
      const cells = (await rows.first().locator('td').allTextContents()).map((c) => c.trim());
      assert.equal(cells[0], '3', 'the bad row, as the spreadsheet numbers it');
      assert.equal(cells[1], 'D', 'the category column');
      assert.match(cells[2], /kategori/i);
      for (const code of [first, second]) assert.equal((await admin.get(`/api/v1/assets?q=${code}`)).body.total, 0, `${code} was not saved`);

      await page.getByTestId('asset-import-file').setInputFiles({ name: 'aset.csv', mimeType: 'text/csv', buffer: Buffer.from(good) });
      await page.getByTestId('asset-import-check').click();
      await expectText(page, 'asset-import-ready', /Semua 2 baris sudah benar/);
      await page.getByTestId('asset-import-confirm').click();
      await expectText(page, 'asset-import-done', '2 data sudah tersimpan.');
      const saved = (await admin.get(`/api/v1/assets?q=${second}`)).body.items;
      assert.equal(saved.length, 1);
      assert.equal(saved[0].owner_agency_id, dinkes.id);
      assert.equal(saved[0].kind, 'software');
      assert.equal(saved[0].stage, 'in_use', 'an empty stage imports as in use');
    });
  });

  it("an operator reads another agency's asset without any control to change it; the server refuses with 403", async () => {
    const theirs = await makeAsset(admin, other.id, { stage: 'planning' });
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'operator.dinkes');
      await page.goto(url(`/aset/${theirs.id}`));
      await expectText(page, 'asset-name', theirs.name);
      await expectText(page, 'asset-read-only', new RegExp(`milik ${other.name}`));
      await page.getByTestId('asset-compat-none').waitFor(); // the last part of the page to load
      for (const control of ['asset-edit-open', 'asset-steps', 'asset-step-procure', 'asset-link-add', 'asset-compat-open'])
        assert.equal(await page.getByTestId(control).count(), 0, `no ${control} for another agency's asset`);
    });
    const now = await dinkesOperator.get(`/api/v1/assets/${theirs.id}`);
    const etag = now.headers.get('etag');
    const edit = await dinkesOperator.patch(`/api/v1/assets/${theirs.id}`, { name: 'Diambil alih' }, { 'If-Match': etag });
    assert.equal(edit.status, 403, JSON.stringify(edit.body));
    assert.ok(edit.body.detail && !/exception|error:/i.test(edit.body.detail), `a plain sentence: ${edit.body.detail}`);
    const step = await dinkesOperator.post(`/api/v1/assets/${theirs.id}/actions`, { action: 'procure' }, { 'If-Match': etag });
    assert.equal(step.status, 403);
  });

  it('the ICT office makes an inventory report; leadership reads the register only', async () => {
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'admin');
      await page.goto(url('/aset/laporan'));
      await page.getByTestId('asset-settings-now').waitFor();
      await page.getByTestId('asset-report-make').click();
      await page.getByTestId('asset-report-year').selectOption(String(YEAR));
      await page.getByTestId('asset-report-make-submit').click();
      await expectText(page, 'asset-report-done', `Laporan inventaris tahun ${YEAR} sudah dibuat.`);
      await expectText(page, 'asset-report-detail-title', `Laporan inventaris tahun ${YEAR}`);
      await expectText(page, 'asset-report-detail-totals', /\d+ aset senilai Rp/);
      await page.getByTestId('asset-report-send-form').waitFor();
      assert.match(await page.getByTestId('asset-report-xlsx').getAttribute('href'), /\/api\/v1\/assets\/inventory-reports\/\d+\/export\.xlsx$/);
    });
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'walikota');
      await page.goto(url('/aset'));
      await page.getByTestId('asset-read-only').waitFor();
      assert.equal(await page.getByTestId('asset-create').count(), 0);
      assert.equal(await page.getByTestId('asset-nav-import').count(), 0, 'no import for leadership');
    });
  });

  it('works on a phone of 320 px', async () => {
    const mine = await makeAsset(dinkesOperator, dinkes.id, { kind: 'software', category: 'office_software', name: `Lisensi Microsoft Office 2021 Professional Plus untuk ruang pelayanan ${stamp()}`, licence_kind: 'subscription', licence_until: dayIn(-3) });
    await withPage(
      browser,
      async ({ page }) => {
        await signInAndWait(page, 'operator.dinkes');
        await page.goto(url('/aset'));
        await page.getByTestId('asset-expiring-totals').waitFor();
        await page.getByTestId('asset-total').waitFor();
        assert.ok((await horizontalOverflow(page)) <= 0, 'the register fits 320 px');
        await page.goto(url(`/aset/${mine.id}`));
        await expectText(page, 'asset-licence-mark', /Lisensi sudah habis 3 hari lalu/);
        await page.getByTestId('asset-compat-none').waitFor();
        assert.ok((await horizontalOverflow(page)) <= 0, 'the asset page fits 320 px');
        await page.goto(url('/aset/laporan'));
        await page.getByTestId('asset-report-open').first().click();
        await page.getByTestId('asset-report-detail-totals').waitFor();
        assert.ok((await horizontalOverflow(page)) <= 0, 'an inventory report fits 320 px');
      },
      { viewport: { width: 320, height: 640 } },
    );
  });
});

// The application registry pages (Aplikasi SPBE, docs/registries-contract.md
// "Applications") on the demo region Kota Madiun: leadership reads the list and an
// application but is offered no change; an agency operator registers an
// application for their own agency (the form's errors beside the fields first,
// then the server's; what was typed survives a reload), is told that the ICT office
// moves it into development (Pasal 45), has a production move refused with every gap and its
// article (Pasal 24), uploads the required documents one by one, records a
// passing test and puts it into production; a change meets a 412 conflict and
// keeps what was typed; the spreadsheet import shows a bad row by row and column
// and saves nothing, then a good file imports; a phone of 320 px.
//
// The test makes its own applications (unique codes), so it can run again on the
// same server.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { demoAgencySessions, expectText, expectTextIn, horizontalOverflow, launchBrowser, signInAndWait, url, withPage } from './helpers.mjs';

const stamp = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`.toUpperCase();
const todayInMadiun = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
const pdf = (text) => Buffer.from(`%PDF-1.4\n% ${text}\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n`);

describe('applications', () => {
  let browser;
  let admin;
  let dinkesOperator;
  let dinkes; // the operator's agency
  before(async () => {
    browser = await launchBrowser();
    ({ admin, dinkesOperator, dinkes } = await demoAgencySessions());
  });
  after(async () => {
    await browser?.close();
  });

  async function makeApplication(fields = {}) {
    const r = await dinkesOperator.post('/api/v1/applications', {
      owner_agency_id: dinkes.id,
      code: `UJI-${stamp()}`,
      name: 'Aplikasi uji pelayanan kesehatan',
      category: 'agency_special',
      licence_kind: 'open_source',
      ...fields,
    });
    assert.equal(r.status, 201, JSON.stringify(r.body));
    return r.body;
  }

  it('leadership reads the list and an application, and is offered no change', async () => {
    const mine = await makeApplication({ user_groups: 'Petugas puskesmas' });
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'walikota');
      await page.goto(url('/elemen/aplikasi'));
      await page.getByTestId('app-table').waitFor();
      await page.getByTestId('app-read-only').waitFor();
      for (const id of ['app-create', 'app-import']) assert.equal(await page.getByTestId(id).count(), 0, `${id} is not offered to leadership`);
      assert.equal(await page.getByTestId('app-export-xlsx').getAttribute('href'), '/api/v1/applications/export.xlsx');

      await page.getByTestId('app-filter-q').fill(mine.code.toLowerCase());
      await page.getByTestId('app-filter-apply').click();
      await expectText(page, 'app-count-total', '1 aplikasi');
      await expectText(page, 'app-count-planned', 'Direncanakan: 1');
      await expectTextIn(page.getByTestId('app-row'), 'app-row-code', mine.code);
      await expectTextIn(page.getByTestId('app-row'), 'app-row-category', 'Aplikasi Khusus PD');
      await page.getByTestId('app-filter-clear').click();
      await page.getByTestId('app-filter-lifecycle').selectOption('in_production');
      await page.getByTestId('app-filter-apply').click();
      await page.getByTestId('app-count-planned').filter({ hasText: 'Direncanakan: 0' }).waitFor();
      const stages = await page.getByTestId('app-row-lifecycle').allTextContents();
      assert.ok(stages.every((s) => s.trim() === 'Beroperasi'), `only applications in production: ${stages}`);

      await page.goto(url(`/elemen/aplikasi/${mine.id}`));
      await expectText(page, 'app-name', mine.name);
      await expectText(page, 'app-lifecycle-stage', 'Direncanakan');
      await expectText(page, 'app-copyright', /^Pemerintah Kota Madiun/);
      await expectText(page, 'app-user-groups', 'Petugas puskesmas');
      await page.getByTestId('app-read-only').waitFor();
      await expectText(page, 'app-not-ready', /syarat yang belum terpenuhi/);
      await page.locator('[data-testid="app-doc"]').nth(4).waitFor();
      assert.equal(await page.locator('[data-testid="app-documents"] input[type=file]').count(), 0, 'no upload for leadership');
      for (const id of ['app-edit-open', 'app-lifecycle', 'app-test-open', 'app-move-in_development'])
        assert.equal(await page.getByTestId(id).count(), 0, `${id} is not offered to leadership`);
      assert.equal(await page.getByTestId('app-impact').getAttribute('href'), `/elemen/dampak?kind=application&id=${mine.id}`);
      assert.equal(await page.getByTestId('app-export-json').getAttribute('href'), `/api/v1/applications/${mine.id}/export.json`);
    });
  });

  it('an operator registers an application, completes its documents and test, and puts it into production', async () => {
    const code = `SIKIA-${stamp()}`;
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'operator.dinkes');
      await page.goto(url('/elemen/aplikasi'));
      await page.getByTestId('app-create').click();
      assert.equal(await page.getByTestId('app-new-agency').count(), 0, 'an operator does not choose the agency');
      await expectText(page, 'app-new-own-agency', new RegExp(dinkes.name));

      // The browser's own checks, beside the fields and in the summary.
      await page.getByTestId('app-new-code').fill('1 salah');
      await page.getByTestId('app-create-submit').click();
      await expectText(page, 'app-new-code-error', /huruf kapital dan angka/);
      await expectText(page, 'app-new-name-error', /Isi nama aplikasi/);
      await expectText(page, 'app-new-category-error', /Pilih kategori/);
      await expectText(page, 'app-new-licence-kind-error', /Pilih jenis lisensi/);
      assert.equal(await page.getByTestId('error-summary-item').count(), 4);

      // The server's refusal (a code the region already uses), beside the code.
      await page.getByTestId('app-new-code').fill('SIMPUS');
      await page.getByTestId('app-new-name').fill('Sistem Informasi Kesehatan Ibu dan Anak');
      await page.getByTestId('app-new-category-agency_special').check();
      await page.getByTestId('app-new-licence-kind-open_source').check();
      await page.getByTestId('app-new-user-agencies-toggle').click();
      await page.getByTestId(`app-new-user-agencies-${dinkes.id}`).check();
      await expectText(page, 'app-new-user-agencies-toggle', 'Perangkat daerah pengguna (1 dipilih)');
      await page.getByTestId('app-new-user-groups').fill('Bidan puskesmas');
      await page.getByTestId('app-create-submit').click();
      await expectText(page, 'app-new-code-error', /SIMPUS/);
      assert.equal(await page.getByTestId('app-new-name-error').count(), 0);

      // What was typed survives a reload.
      await page.reload();
      await page.getByTestId('app-create').click();
      assert.equal(await page.getByTestId('app-new-name').inputValue(), 'Sistem Informasi Kesehatan Ibu dan Anak');
      assert.ok(await page.getByTestId('app-new-category-agency_special').isChecked(), 'the category is kept');

      await page.getByTestId('app-new-code').fill(code.toLowerCase());
      await page.getByTestId('app-create-submit').click();
      await page.waitForURL(/\/elemen\/aplikasi\/\d+$/);
      await expectText(page, 'flash', 'Aplikasi sudah terdaftar.');
      await expectText(page, 'app-code', code);
      await expectText(page, 'app-lifecycle-stage', 'Direncanakan');
      await expectText(page, 'app-copyright', /^Pemerintah Kota Madiun/);
      await expectText(page, 'app-user-agencies', new RegExp(dinkes.short_name));
      const id = Number(page.url().split('/').pop());

      // Into development: Dinkes is no PD Mandiri TIK, so the ICT office makes the move (Pasal 45).
      await expectText(page, 'app-development-by-ict', /Dinas Komunikasi dan Informatika.*Pasal 45/);
      assert.equal(await page.getByTestId('app-move-in_development').count(), 0, 'the operator is not offered the move into development');
      await page.getByTestId('app-move-retired').waitFor();
      const current = (await admin.get(`/api/v1/applications/${id}`)).body;
      const moved = await admin.post(`/api/v1/applications/${id}/lifecycle`, { to: 'in_development' }, { 'If-Match': `"${current.version}"` });
      assert.equal(moved.status, 200, JSON.stringify(moved.body));
      await page.reload();
      await expectText(page, 'app-lifecycle-stage', 'Dalam pengembangan');

      await page.getByTestId('app-move-in_testing').click();
      await page.getByTestId('app-move-confirm').click();
      await expectText(page, 'app-done', 'Tahap aplikasi sudah dipindahkan.');
      await expectText(page, 'app-lifecycle-stage', 'Dalam pengujian');
      assert.equal(await page.locator('[data-testid="app-stage"][data-state="current"]').getAttribute('data-stage'), 'in_testing');

      // Into production before the documents and the test: refused, every gap with its article.
      await page.getByTestId('app-move-in_production').click();
      await page.getByTestId('app-move-confirm').click();
      await expectText(page, 'app-lifecycle-error', /Pasal 24/);
      const refused = page.getByTestId('app-refused-gaps');
      await refused.getByTestId('app-gap').nth(5).waitFor();
      assert.equal(await refused.getByTestId('app-gap').count(), 6, 'five documents and a passing test');
      const articles = await refused.getByTestId('app-gap-article').allTextContents();
      assert.ok(articles.some((a) => /Pasal 24 ayat \(4\) Perwali Madiun/.test(a)), `articles: ${articles}`);
      assert.ok(articles.some((a) => /Pasal 24 ayat \(3\)/.test(a)), `articles: ${articles}`);
      const testGroup = refused.getByTestId('app-gap-group').filter({ has: page.locator('[data-item="passing_test"]') });
      await expectTextIn(testGroup, 'app-gap-citation', /wajib melakukan pengujian/);
      await expectTextIn(testGroup, 'app-gap-article', 'Pasal 24 ayat (3) Perwali Madiun 39/2021');
      await expectText(page, 'app-lifecycle-stage', 'Dalam pengujian');
      await page.getByTestId('app-move-cancel').click();

      // The documents, one by one; the checklist shrinks with each.
      const docs = page.getByTestId('app-doc');
      assert.equal(await docs.count(), 5);
      const kinds = await docs.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-kind')));
      assert.deepEqual(kinds, ['application_test_report', 'software_requirements', 'application_design', 'user_manual', 'source_code']);
      for (const [i, kind] of kinds.entries()) {
        const row = page.locator(`[data-testid="app-doc"][data-kind="${kind}"]`);
        assert.equal(await row.getAttribute('data-present'), 'no');
        await page.getByTestId(`app-doc-${kind}`).setInputFiles({ name: `${kind}.pdf`, mimeType: 'application/pdf', buffer: pdf(`${code} ${kind}`) });
        await page.locator(`[data-testid="app-doc"][data-kind="${kind}"][data-present="yes"]`).waitFor();
        await expectTextIn(row, 'app-doc-file', `${kind}.pdf`);
        await expectText(page, 'app-not-ready', new RegExp(`Masih ada ${5 - i} syarat`));
      }

      // A test: the form's checks first, then a passing test with its report.
      await page.getByTestId('app-test-open').click();
      await page.getByTestId('app-test-submit').click();
      await expectText(page, 'app-test-date-error', 'Isi tanggal pengujian.');
      await expectText(page, 'app-test-result-error', 'Pilih hasil pengujian.');
      await expectText(page, 'app-test-summary-error', 'Isi ringkasan hasil pengujian.');
      await page.getByTestId('app-test-date').fill(todayInMadiun());
      await page.getByTestId('app-test-result-passed').check();
      await page.getByTestId('app-test-summary').fill('Uji fungsi pendaftaran ibu hamil dan jadwal imunisasi: semua skenario berhasil.');
      await page.getByTestId('app-test-report').setInputFiles({ name: 'laporan-uji.pdf', mimeType: 'application/pdf', buffer: pdf(`${code} laporan`) });
      await page.getByTestId('app-test-report-current').waitFor();
      await page.getByTestId('app-test-submit').click();
      await expectText(page, 'app-test-saved', 'Hasil pengujian sudah dicatat.');
      await expectTextIn(page.getByTestId('app-test'), 'app-test-result-cell', 'Lulus');
      await page.getByTestId('app-test-report-link').waitFor();
      await expectText(page, 'app-ready', /Semua syarat peraturan/);

      await page.getByTestId('app-move-in_production').click();
      await page.getByTestId('app-move-confirm').click();
      await expectText(page, 'app-lifecycle-stage', 'Beroperasi');
      assert.equal(await page.locator('[data-testid="app-stage"][data-state="current"]').getAttribute('data-stage'), 'in_production');
      assert.equal(await page.getByTestId('app-readiness').count(), 0, 'no checklist once in production');

      await page.getByTestId('record-history').locator('summary').click();
      await page.getByTestId('history-item').nth(8).waitFor();
      assert.equal((await admin.get(`/api/v1/applications/${id}`)).body.lifecycle, 'in_production');
    });
  });

  it('a change meets a conflict and keeps what was typed', async () => {
    const mine = await makeApplication();
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'operator.dinkes');
      await page.goto(url(`/elemen/aplikasi/${mine.id}`));
      await page.getByTestId('app-edit-open').click();
      await page.getByTestId('app-edit-runs-at').fill('https://kia.madiunkota.go.id');
      const changed = await admin.patch(`/api/v1/applications/${mine.id}`, { name: 'Nama diubah lebih dulu' }, { 'If-Match': `"${mine.version}"` });
      assert.equal(changed.status, 200, JSON.stringify(changed.body));
      await page.getByTestId('app-save').click();
      await page.getByTestId('app-conflict').waitFor();
      await page.getByTestId('app-conflict-reload').click();
      await expectText(page, 'app-unsaved', /https:\/\/kia\.madiunkota\.go\.id/);
      assert.equal(await page.getByTestId('app-edit-name').inputValue(), 'Nama diubah lebih dulu');
      await page.getByTestId('app-edit-runs-at').fill('https://kia.madiunkota.go.id');
      await page.getByTestId('app-save').click();
      await expectText(page, 'app-done', 'Perubahan sudah disimpan.');
      await expectText(page, 'app-runs-at', 'https://kia.madiunkota.go.id');
      await expectText(page, 'app-name', 'Nama diubah lebih dulu');
    });
  });

  it('the import shows a bad row by row and column and saves nothing, then a good file imports', async () => {
    const first = `IMP-${stamp()}`;
    const second = `IMP-${stamp()}`;
    const header = 'Kode,Nama,Perangkat Daerah Pemilik,Kategori,Jenis Lisensi,Kelompok Pengguna';
    const bad = [header, `${first},Aplikasi impor satu,${dinkes.short_name},agency_special,open_source,Petugas`, `${second},Aplikasi impor dua,${dinkes.short_name},aplikasi apa saja,open_source,`].join('\n');
    const good = [header, `${first},Aplikasi impor satu,${dinkes.short_name},agency_special,open_source,Petugas`, `${second},Aplikasi impor dua,${dinkes.short_name},common,proprietary,`].join('\n');
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'operator.dinkes');
      await page.goto(url('/elemen/aplikasi'));
      const panel = page.getByTestId('app-import');
      assert.equal(await panel.getByTestId('app-import-template').getAttribute('href'), '/api/v1/applications/import-template.xlsx');

      await page.getByTestId('app-import-file').setInputFiles({ name: 'aplikasi.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
      await page.getByTestId('app-import-check').click();
      await page.getByTestId('app-import-errors').waitFor();
      const rows = page.getByTestId('app-import-error-row');
      assert.equal(await rows.count(), 1);
      const cells = (await rows.first().locator('td').allTextContents()).map((c) => c.trim());
      assert.equal(cells[0], '3', 'the bad row, as the spreadsheet numbers it');
      assert.equal(cells[1], 'D', 'the category column');
      assert.match(cells[2], /kategori/i);
      for (const code of [first, second]) assert.equal((await admin.get(`/api/v1/applications?q=${code}`)).body.items.length, 0, `${code} was not saved`);

      await page.getByTestId('app-import-file').setInputFiles({ name: 'aplikasi.csv', mimeType: 'text/csv', buffer: Buffer.from(good) });
      await page.getByTestId('app-import-check').click();
      await expectText(page, 'app-import-ready', /Semua 2 baris sudah benar/);
      await page.getByTestId('app-import-confirm').click();
      await expectText(page, 'app-import-done', '2 data sudah tersimpan.');
      await page.getByTestId('app-filter-q').fill(first);
      await page.getByTestId('app-filter-apply').click();
      await expectText(page, 'app-count-total', '1 aplikasi');
      await expectTextIn(page.getByTestId('app-row'), 'app-row-lifecycle', 'Direncanakan');
      const saved = (await admin.get(`/api/v1/applications?q=${second}`)).body.items;
      assert.equal(saved.length, 1);
      assert.equal(saved[0].owner_agency_id, dinkes.id);
      assert.equal(saved[0].licence_kind, 'proprietary');
    });
  });

  it('works on a phone of 320 px', async () => {
    const mine = await makeApplication({ description: 'Aplikasi dengan deskripsi yang cukup panjang untuk dibaca di layar telepon genggam.' });
    await withPage(
      browser,
      async ({ page }) => {
        await signInAndWait(page, 'operator.dinkes');
        await page.goto(url('/elemen/aplikasi'));
        await page.getByTestId('app-table').waitFor();
        assert.ok((await horizontalOverflow(page)) <= 0, 'the list fits a phone');
        await page.goto(url(`/elemen/aplikasi/${mine.id}`));
        await expectText(page, 'app-name', mine.name);
        await page.getByTestId('app-doc').nth(4).waitFor();
        await page.getByTestId('app-readiness-gaps').waitFor();
        assert.ok((await horizontalOverflow(page)) <= 0, 'the application fits a phone');
      },
      { viewport: { width: 320, height: 640 } },
    );
  });
});

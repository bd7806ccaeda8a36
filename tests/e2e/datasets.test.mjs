// The data catalogue, data-sharing agreements and the public open-data catalogue
// (docs/registries-contract.md, "Datasets") on the demo region Kota Madiun: an
// agency operator registers a dataset through the form (errors beside the
// fields, the server's refusal of a code already used) and sees it marked
// "perlu dimutakhirkan" when its last update is old; a restricted dataset of
// another agency is refused in plain words; an agreement drafted and put into
// force by the provider makes it visible to the consumer, and once expired no
// longer; the public catalogue shows a public dataset without signing in and
// not an internal one; a spreadsheet import with an error names its row and
// column; the list fits a phone.
//
// The test makes its own datasets (unique codes) through the API, so it can
// run again on the same server.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { apiSession, expectText, expectTextIn, horizontalOverflow, launchBrowser, signInAndWait, url, withPage } from './helpers.mjs';

const stamp = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`.toUpperCase();
const FORBIDDEN = 'Anda tidak dapat membuka dataset ini';

// YYYY-MM-DD, `days` from today (UTC; the demo region is WIB, and the dates used are far from today's edge).
const day = (days) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe('datasets and data sharing', () => {
  let browser;
  let dinkesOperator;
  let dinkes;
  let bappeda;
  before(async () => {
    browser = await launchBrowser();
    const admin = await apiSession('admin');
    dinkesOperator = await apiSession('operator.dinkes');
    const agencies = (await admin.get('/api/v1/agencies')).body.items;
    dinkes = agencies.find((a) => a.id === dinkesOperator.user.agency_id);
    bappeda = agencies.find((a) => a.short_name === 'Bappeda');
    assert.ok(dinkes && bappeda, 'the demo region has Dinkes and Bappeda');
  });
  after(async () => {
    await browser?.close();
  });

  async function makeDataset(fields = {}) {
    const r = await dinkesOperator.post('/api/v1/datasets', {
      owner_agency_id: dinkes.id,
      code: `DINKES-U${stamp()}`,
      title: 'Data uji',
      classification: 'restricted',
      update_frequency: 'yearly',
      last_updated: day(-10),
      ...fields,
    });
    assert.equal(r.status, 201, JSON.stringify(r.body));
    return r.body;
  }

  it('an operator registers a dataset: errors beside the fields, then overdue when its last update is old', async () => {
    const code = `DINKES-N${stamp()}`;
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'operator.dinkes');
      await page.goto(url('/elemen/data'));
      await page.getByTestId('ds-table').waitFor();
      await page.getByTestId('ds-create').click();
      await expectText(page, 'ds-new-own-agency', /Dinas Kesehatan/);
      await page.getByTestId('ds-create-submit').click();
      await expectText(page, 'ds-new-code-error', 'Isi kode dataset.');
      await expectText(page, 'ds-new-title-error', 'Isi judul dataset.');
      await expectText(page, 'ds-new-classification-error', 'Pilih klasifikasi keamanan data.');
      await expectText(page, 'ds-new-update-frequency-error', 'Pilih seberapa sering data dimutakhirkan.');
      assert.equal(await page.getByTestId('error-summary-item').count(), 4);

      // A code already used: the server's words beside the code field.
      await page.locator('#ds-new-code').fill('DINKES-FASKES');
      await page.locator('#ds-new-title').fill('Cakupan gizi balita');
      await page.getByTestId('ds-new-classification-internal').check();
      await page.locator('#ds-new-update-frequency').selectOption('monthly');
      await page.locator('#ds-new-last-updated').fill(day(-200));
      await page.locator('#ds-new-formats').fill('csv, xlsx');
      await page.locator('#ds-new-keywords').fill('gizi; balita');
      await page.getByTestId('ds-create-submit').click();
      await expectText(page, 'ds-new-code-error', /sudah dipakai/);

      await page.locator('#ds-new-code').fill(code.toLowerCase());
      await page.getByTestId('ds-create-submit').click();
      await expectText(page, 'ds-title', 'Cakupan gizi balita');
      await expectText(page, 'flash', 'Dataset sudah dicatat.');
      await expectText(page, 'ds-code', code);
      await expectText(page, 'ds-classification', 'Internal');
      await expectText(page, 'ds-overdue', 'Perlu dimutakhirkan');
      await expectText(page, 'ds-formats', 'CSV, XLSX');
      assert.match(await page.getByTestId('ds-impact').getAttribute('href'), /^\/elemen\/dampak\?kind=dataset&id=\d+&only=service$/);

      // The list, filtered to what needs an update, shows it with its badge.
      await page.getByTestId('back-to-datasets').click();
      await page.locator('#ds-filter-q').fill(code);
      await page.locator('#ds-filter-overdue').selectOption('true');
      await page.getByTestId('ds-filter-apply').click();
      await expectText(page, 'ds-count-total', 'Jumlah: 1');
      const row = page.getByTestId('ds-row').filter({ hasText: code });
      await expectTextIn(row, 'ds-row-overdue', 'Perlu dimutakhirkan');
      await expectTextIn(row, 'ds-row-classification', 'Internal');
    });
  });

  it('the owner chooses the walidata and changes the dataset; a change saved by someone else first keeps what was typed', async () => {
    const dataset = await makeDataset({ title: 'Data kunjungan puskesmas uji', classification: 'internal' });
    const people = (await dinkesOperator.get(`/api/v1/people?agency_id=${dinkes.id}&limit=5`)).body.items;
    assert.ok(people.length > 0, 'Dinkes has staff to choose the walidata from');
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'operator.dinkes');
      await page.goto(url(`/elemen/data/${dataset.id}`));
      await expectText(page, 'ds-steward', 'Belum ditunjuk');
      await page.getByTestId('ds-edit-open').click();
      await page.locator(`#ds-edit-data-steward-id option[value="${people[0].id}"]`).waitFor({ state: 'attached' });
      await page.locator('#ds-edit-data-steward-id').selectOption(String(people[0].id));
      await page.locator('#ds-edit-landing-page').fill('data.madiunkota.go.id');
      await page.getByTestId('ds-save').click();
      await expectText(page, 'ds-edit-landing-page-error', /http/);
      await page.locator('#ds-edit-landing-page').fill('https://data.madiunkota.go.id/kunjungan');
      await page.getByTestId('ds-save').click();
      await expectText(page, 'ds-saved', 'Perubahan dataset sudah disimpan.');
      await expectText(page, 'ds-steward', people[0].name);
      await expectText(page, 'ds-landing-page', 'https://data.madiunkota.go.id/kunjungan');

      // Someone else saves first: the conflict is said plainly and what was typed stays.
      await page.getByTestId('ds-edit-open').click();
      await page.locator('#ds-edit-title').fill('Judul yang saya ketik');
      const current = await dinkesOperator.get(`/api/v1/datasets/${dataset.id}`);
      const other = await dinkesOperator.patch(`/api/v1/datasets/${dataset.id}`, { theme: 'Kesehatan' }, { 'If-Match': current.headers.get('etag') });
      assert.equal(other.status, 200, JSON.stringify(other.body));
      await page.getByTestId('ds-save').click();
      await page.getByTestId('ds-conflict').waitFor();
      await page.getByTestId('ds-conflict-reload').click();
      await expectText(page, 'ds-unsaved', /Judul yang saya ketik/);
      await page.locator('#ds-edit-title').fill('Judul yang saya ketik');
      await page.getByTestId('ds-save').click();
      await expectText(page, 'ds-title', 'Judul yang saya ketik');
      await expectText(page, 'ds-theme', 'Kesehatan');
    });
  });

  it('a restricted dataset is refused to another agency until an agreement is in force, and again once it expires', async () => {
    const dataset = await makeDataset({ title: 'Data rujukan pasien uji' });
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'operator.bappeda');
      await page.goto(url(`/elemen/data/${dataset.id}`));
      await expectText(page, 'ds-forbidden', FORBIDDEN);
      await expectText(page, 'ds-forbidden-detail', /Pasal 11 ayat \(3\)/);
    });

    let agreementPath;
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'operator.dinkes');
      await page.goto(url(`/elemen/data/${dataset.id}`));
      await expectText(page, 'ds-shared-empty', /Belum ada perjanjian/);
      await page.getByTestId('ds-share').click();
      await page.getByTestId('sh-create-form').waitFor();
      await page.getByTestId('sh-create-submit').click();
      await expectText(page, 'sh-new-consumer-agency-id-error', 'Pilih perangkat daerah pengguna data.');
      await expectText(page, 'sh-new-purpose-error', 'Tuliskan tujuan bagi pakai data.');
      await page.locator('#sh-new-consumer-agency-id').selectOption(String(bappeda.id));
      await page.locator('#sh-new-title').fill('Rujukan pasien untuk perencanaan');
      await page.locator('#sh-new-purpose').fill('Perencanaan layanan kesehatan daerah.');
      await page.getByTestId('sh-new-access-mode-read_only').check();
      assert.ok(await page.getByTestId(`sh-new-dataset-ids-${dataset.id}`).isChecked(), 'the dataset it was opened from is ticked');
      await page.locator('#sh-new-valid-from').fill(day(-5));
      await page.locator('#sh-new-expires-on').fill(day(200));
      await page.getByTestId('sh-create-submit').click();
      await expectText(page, 'sh-state', 'Draf');
      await expectText(page, 'flash', 'Draf perjanjian sudah disimpan.');
      agreementPath = new URL(page.url()).pathname;

      // Without its document number it cannot come into force: the server's reason, with the article.
      await page.getByTestId('sh-activate').click();
      await expectText(page, 'error-summary-item', /Pasal 10 ayat \(4\)/);
      await page.getByTestId('sh-edit-open').click();
      await page.locator('#sh-edit-document-number').fill(`470/${stamp()}/2026`);
      await page.getByTestId('sh-document').setInputFiles({ name: 'perjanjian.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n') });
      await expectText(page, 'sh-document-current', /perjanjian\.pdf/);
      await page.getByTestId('sh-save').click();
      await expectText(page, 'sh-done', 'Perubahan perjanjian sudah disimpan.');
      await expectText(page, 'sh-document-link', /perjanjian\.pdf/);
      await page.getByTestId('sh-activate').click();
      await expectText(page, 'sh-state', 'Berlaku');
      await expectText(page, 'sh-done', 'Perjanjian sudah diberlakukan.');
    });

    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'operator.bappeda');
      await page.goto(url(`/elemen/data/${dataset.id}`));
      await expectText(page, 'ds-title', 'Data rujukan pasien uji');
      await expectText(page, 'ds-read-only', /dikelola oleh Dinkes/);
      await expectTextIn(page.getByTestId('ds-shared'), 'ds-shared-item', /Badan Perencanaan Pembangunan Daerah\s*Berlaku/);
    });

    // The agreement's last day has passed: access stops without anyone acting.
    const id = Number(agreementPath.split('/').pop());
    const current = await dinkesOperator.get(`/api/v1/data-sharing-agreements/${id}`);
    const expired = await dinkesOperator.patch(
      `/api/v1/data-sharing-agreements/${id}`,
      { valid_from: day(-60), expires_on: day(-2) },
      { 'If-Match': current.headers.get('etag') },
    );
    assert.equal(expired.status, 200, JSON.stringify(expired.body));
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'operator.bappeda');
      await page.goto(url(`/elemen/data/${dataset.id}`));
      await expectText(page, 'ds-forbidden', FORBIDDEN);
      await page.goto(url(agreementPath));
      await expectText(page, 'sh-state', 'Kedaluwarsa');
      await expectText(page, 'sh-state-text', /tidak memberi akses/);
      assert.equal(await page.getByTestId('sh-activate').count(), 0, 'the consumer may not act on it');
    });
  });

  it('the agreements list shows each state, those expiring soon, and the provider ends one', async () => {
    const dataset = await makeDataset({ title: 'Data layanan rujukan uji' });
    const make = async (fields) => {
      const r = await dinkesOperator.post('/api/v1/data-sharing-agreements', {
        provider_agency_id: dinkes.id,
        consumer_agency_id: bappeda.id,
        purpose: 'Uji daftar perjanjian.',
        access_mode: 'api',
        document_number: `470/${stamp()}/2026`,
        dataset_ids: [dataset.id],
        valid_from: day(-5),
        ...fields,
      });
      assert.equal(r.status, 201, JSON.stringify(r.body));
      return r.body;
    };
    const soon = await make({ title: `Segera berakhir ${stamp()}`, expires_on: day(10) });
    const activated = await dinkesOperator.post(`/api/v1/data-sharing-agreements/${soon.id}/activate`, {}, { 'If-Match': `"${soon.version}"` });
    assert.equal(activated.status, 200, JSON.stringify(activated.body));
    const draft = await make({ title: `Draf uji ${stamp()}`, expires_on: day(300) });
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'operator.dinkes');
      await page.goto(url('/elemen/berbagi-data'));
      await page.getByTestId('sh-table').waitFor();
      const soonRow = page.locator(`[data-testid=sh-row][data-agreement-id="${soon.id}"]`);
      await expectTextIn(soonRow, 'sh-row-state', 'Berlaku');
      await expectTextIn(soonRow, 'sh-row-expiring', 'Segera berakhir');
      const draftRow = page.locator(`[data-testid=sh-row][data-agreement-id="${draft.id}"]`);
      await expectTextIn(draftRow, 'sh-row-state', 'Draf');
      await page.locator('#sh-filter-expiring').selectOption('true');
      await page.getByTestId('sh-filter-apply').click();
      await draftRow.waitFor({ state: 'detached' });
      await soonRow.waitFor();

      await soonRow.getByTestId('sh-row-open').click();
      await expectText(page, 'sh-expiring', 'Segera berakhir');
      await page.getByTestId('sh-end-open').click();
      await page.locator('#sh-end-reason').fill('Kebutuhan data sudah selesai.');
      await page.getByTestId('sh-end-submit').click();
      await expectText(page, 'sh-state', 'Diakhiri');
      await expectText(page, 'sh-ended', /Kebutuhan data sudah selesai\./);
      assert.equal(await page.getByTestId('sh-edit-open').count(), 0, 'an ended agreement cannot be changed');
    });
  });

  it('the public catalogue shows a public dataset without signing in, and not an internal one', async () => {
    const open = await makeDataset({ code: `DINKES-P${stamp()}`, title: 'Jadwal posyandu terbuka', classification: 'public', licence: 'CC-BY-4.0' });
    const internal = await makeDataset({ code: `DINKES-I${stamp()}`, title: 'Rekap internal posyandu', classification: 'internal' });
    await withPage(browser, async ({ page }) => {
      // A visitor finds the catalogue from the first page, without an account.
      await page.goto(url('/'));
      await page.getByTestId('status-open-data').click();
      await page.waitForURL(/\/data-terbuka$/);
      await expectText(page, 'od-count', /^\d+ dataset terbuka$/);
      await page.locator('#od-filter-q').fill(open.code);
      await page.getByTestId('od-filter-apply').click();
      await expectText(page, 'od-count', '1 dataset terbuka');
      await expectText(page, 'ds-row-title', 'Jadwal posyandu terbuka');
      await page.getByTestId('ds-row-open').click();
      await expectText(page, 'od-title', 'Jadwal posyandu terbuka');
      await expectText(page, 'ds-licence', 'CC-BY-4.0');
      assert.equal(await page.getByTestId('user-name').count(), 0, 'nobody is signed in');

      await page.goto(url('/data-terbuka'));
      await expectText(page, 'od-count', /^\d+ dataset terbuka$/);
      await page.locator('#od-filter-q').fill(internal.code);
      await page.getByTestId('od-filter-apply').click();
      await expectText(page, 'od-empty', 'Tidak ada data terbuka yang cocok dengan pencarian.');
      await page.goto(url(`/data-terbuka/${internal.id}`));
      await expectText(page, 'od-not-found', 'Data tidak ditemukan');
    });
  });

  it('an import with an error names its row and column, and writes nothing', async () => {
    const good = `DINKES-G${stamp()}`;
    const csv = [
      'Kode,Judul,Perangkat Daerah,Klasifikasi,Frekuensi Pemutakhiran',
      `${good},Data impor uji,Dinkes,internal,yearly`,
      `DINKES-B${stamp()},Data impor salah,Dinkes,sangat-rahasia,yearly`,
    ].join('\n');
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'operator.dinkes');
      await page.goto(url('/elemen/data'));
      await page.getByTestId('ds-import-open').click();
      await page.getByTestId('ds-import-file').setInputFiles({ name: 'katalog.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
      await page.getByTestId('ds-import-check').click();
      const row = page.getByTestId('ds-import-error-row').first();
      await row.waitFor();
      const cells = (await row.locator('td').allTextContents()).map((s) => s.trim());
      assert.equal(cells[0], '3');
      assert.equal(cells[1], 'D');
      assert.match(cells[2], /klasifikasi/i);
    });
    const found = await dinkesOperator.get(`/api/v1/datasets?q=${good}`);
    assert.equal(found.body.total, 0, 'nothing was imported');
  });

  it('the catalogue fits a phone', async () => {
    await withPage(
      browser,
      async ({ page }) => {
        await signInAndWait(page, 'walikota');
        await page.goto(url('/elemen/data'));
        await page.getByTestId('ds-table').waitFor();
        await page.getByTestId('ds-read-only').waitFor();
        assert.equal(await page.getByTestId('ds-create').count(), 0, 'leadership reads only');
        assert.ok((await horizontalOverflow(page)) <= 0, 'no sideways scrolling at 320 px');
        await page.goto(url('/elemen/berbagi-data'));
        await page.getByTestId('sh-table').waitFor();
        assert.ok((await horizontalOverflow(page)) <= 0, 'no sideways scrolling at 320 px');
      },
      { viewport: { width: 320, height: 640 } },
    );
  });
});

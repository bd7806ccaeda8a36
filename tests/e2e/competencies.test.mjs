// The competency pages (Kompetensi SDM, docs/management-processes-contract.md "Competency
// management") on the demo region Kota Madiun:
// - an agency operator records basic ICT competence for an employee of their agency
//   (errors beside the fields first) and the agency's count of employees without it
//   goes down, on its page and in the region's table; its level is raised later;
// - a certificate expiring in 20 days, with its scanned file, shows as expiring on the
//   person's record and among the agency's certificates, until it is renewed;
// - an operator of another agency gets no controls, and a save the server refuses
//   (403: the employee moved meanwhile) is explained in plain words, keeping what was typed;
// - the ICT office adds a catalogue entry (a change meeting someone else's keeps what
//   was typed) and a requirement of its own policy, then removes it; leadership only reads;
// - an operator records a training, adds a basic ICT activity targeting the employee to
//   the year's training plan (the employee is no longer listed as not targeted), moves
//   it to another quarter and marks it done with that training;
// - the pages fit a 320 px phone.
//
// The test makes its own employees (unique NIP) and catalogue codes through the API, so
// it can run again on the same server.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { demoAgencySessions, expectText, expectTextIn, horizontalOverflow, launchBrowser, signInAndWait, stamp, url, withPage } from './helpers.mjs';

const BASE = '/api/v1/competencies';
const pdf = (text) => Buffer.from(`%PDF-1.4\n% ${text}\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n`);
const plusDays = (day, n) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

describe('Competencies', () => {
  let browser;
  let admin;
  let dinkesOperator;
  let bappedaOperator;
  let dinkes;
  let bappeda;
  let today; // the server's day in the region's zone
  let basic; // the catalogue's basic ICT competence
  before(async () => {
    browser = await launchBrowser();
    ({ admin, dinkesOperator, bappedaOperator, dinkes, bappeda } = await demoAgencySessions());
    const gaps = await admin.get(`${BASE}/gaps`);
    assert.equal(gaps.status, 200, JSON.stringify(gaps.body));
    today = gaps.body.as_of;
    const catalogue = await admin.get(`${BASE}/catalogue`);
    basic = catalogue.body.items.find((c) => c.code === 'TIK-DASAR');
    assert.ok(basic, 'the catalogue holds TIK-DASAR');
  });
  after(async () => {
    await browser?.close();
  });

  // A new employee of Dinkes with a NIP no earlier run used.
  async function makeEmployee(name) {
    // NIP: birth date (YYYYMMDD), appointment (YYYYMM), sex, serial.
    const born = new Date(Date.UTC(1965, 0, 1) + Math.floor(Math.random() * 7_300) * 86_400_000).toISOString().slice(0, 10).replace(/-/g, '');
    const nip = `${born}2010${String(1 + Math.floor(Math.random() * 12)).padStart(2, '0')}${1 + Math.floor(Math.random() * 2)}${String(Math.floor(Math.random() * 1000)).padStart(3, '0')}`;
    const r = await dinkesOperator.post('/api/v1/people', { agency_id: dinkes.id, name, nip });
    assert.equal(r.status, 201, JSON.stringify(r.body));
    return r.body;
  }

  const withoutBasic = async () => (await admin.get(`${BASE}/gaps/${dinkes.id}`)).body.without_basic_ict.length;

  async function openPerson(page, person) {
    await page.getByTestId('cp-staff-q').fill(person.nip);
    await page.getByTestId('cp-staff-search-apply').click();
    const row = page.locator(`[data-testid="cp-person"][data-person-id="${person.id}"]`);
    await row.waitFor();
    await row.getByTestId('cp-person-open').click();
    await expectText(page, 'cp-record-name', person.name);
    return row;
  }

  it('an operator records basic ICT competence for an employee and the agency\'s gap goes down', async () => {
    const person = await makeEmployee(`Rina Pratiwi ${stamp()}`);
    const before = await withoutBasic();
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'operator.dinkes');
      await page.goto(url(`/kompetensi/pd/${dinkes.id}`));
      await expectText(page, 'cp-agency-name', dinkes.name);
      await page.getByTestId('cp-may-edit').waitFor();
      await expectText(page, 'cp-agency-without', `${before} pegawai belum memiliki kompetensi dasar TIK`);
      const row = await openPerson(page, person);
      await expectTextIn(row, 'cp-person-basic', 'Belum memiliki kompetensi dasar TIK');
      await expectText(page, 'cp-record-basic', 'Belum memiliki kompetensi dasar TIK');

      // The browser's checks, beside the fields and in the summary.
      await page.getByTestId('cp-held-add').click();
      await page.getByTestId('cp-held-save').click();
      await page.getByTestId('error-summary').waitFor();
      await expectText(page, 'cp-held-competency-error', 'Pilih kompetensinya.');
      await expectText(page, 'cp-held-level-error', 'Pilih tingkatnya.');
      await expectText(page, 'cp-held-acquired-error', 'Isi tanggalnya.');

      await page.getByTestId('cp-held-competency').selectOption(String(basic.id));
      await page.getByTestId('cp-held-level-basic').check();
      await page.getByTestId('cp-held-acquired').fill(plusDays(today, -30));
      await page.getByTestId('cp-held-save').click();
      await expectText(page, 'cp-record-done', 'Kompetensi sudah dicatat.');
      await expectText(page, 'cp-record-basic', 'Memiliki kompetensi dasar TIK');
      await expectTextIn(page.locator('[data-testid="cp-held"]', { hasText: basic.name }), 'cp-held-level', 'Dasar');
      await expectText(page, 'cp-agency-without', `${before - 1} pegawai belum memiliki kompetensi dasar TIK`);
      assert.equal(await page.locator(`[data-testid="cp-agency-without-person"][data-person-id="${person.id}"]`).count(), 0, 'no longer listed as lacking');

      // Raised to the intermediate level later.
      const held = page.locator('[data-testid="cp-held"]', { hasText: basic.name });
      await held.getByTestId('cp-held-edit').click();
      await page.getByTestId('cp-held-level-intermediate').check();
      await page.getByTestId('cp-held-save').click();
      await expectText(page, 'cp-record-done', 'Perubahan kompetensi sudah disimpan.');
      await expectTextIn(held, 'cp-held-level', 'Menengah');

      // The region's table says the same.
      await page.getByTestId('cp-back').click();
      await expectText(page, 'cp-heading', 'Kompetensi SDM TIK');
      const agencyRow = page.locator(`[data-testid="cp-gap-row"][data-agency-id="${dinkes.id}"]`);
      assert.equal(await withoutBasic(), before - 1);
      await expectTextIn(agencyRow, 'cp-gap-without', String(before - 1));
    });
  });

  it('a certificate expiring in 20 days, with its file, shows as expiring until renewed', async () => {
    const person = await makeEmployee(`Bayu Saputra ${stamp()}`);
    const name = `Sertifikat Keamanan Jaringan ${stamp()}`;
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'operator.dinkes');
      await page.goto(url(`/kompetensi/pd/${dinkes.id}`));
      await openPerson(page, person);
      await page.getByTestId('cp-cert-add').click();
      await page.getByTestId('cp-cert-name').fill(name);
      await page.getByTestId('cp-cert-issuer').fill('Badan Siber dan Sandi Negara');
      await page.getByTestId('cp-cert-issued').fill(plusDays(today, -345));
      await page.getByTestId('cp-cert-expires').fill(plusDays(today, -350));
      await page.getByTestId('cp-cert-save').click();
      await expectText(page, 'cp-cert-expires-error', 'Tanggal berlaku sampai tidak boleh sebelum tanggal terbit.');
      await page.getByTestId('cp-cert-expires').fill(plusDays(today, 20));
      await page.getByTestId('cp-cert-file').setInputFiles({ name: 'sertifikat.pdf', mimeType: 'application/pdf', buffer: pdf(name) });
      await page.getByTestId('cp-cert-file-current').waitFor();
      await page.getByTestId('cp-cert-save').click();
      await expectText(page, 'cp-record-done', 'Sertifikat sudah dicatat.');
      const cert = page.locator('[data-testid="cp-cert"]', { hasText: name });
      await expectTextIn(cert, 'cp-cert-expiry', 'Segera berakhir (20 hari lagi)');
      assert.equal(await cert.getAttribute('data-expiry'), 'expiring');
      await cert.getByTestId('cp-cert-file-link').waitFor();

      // Among the agency's certificates running out, and counted on the person's row.
      const listed = page.locator('[data-testid="cp-agency-cert"]', { hasText: name });
      await expectTextIn(listed, 'cp-agency-cert-expiry', 'Segera berakhir (20 hari lagi)');
      await expectTextIn(page.locator(`[data-testid="cp-person"][data-person-id="${person.id}"]`), 'cp-person-certs', 'Segera berakhir: 1');

      // Renewed: valid again, no longer among those running out.
      await cert.getByTestId('cp-cert-edit').click();
      assert.equal(await page.getByTestId('cp-cert-expires').inputValue(), plusDays(today, 20), 'the form starts from the record');
      await page.getByTestId('cp-cert-expires').fill(plusDays(today, 400));
      await page.getByTestId('cp-cert-save').click();
      await expectText(page, 'cp-record-done', 'Perubahan sertifikat sudah disimpan.');
      await expectTextIn(cert, 'cp-cert-expiry', 'Berlaku');
      await page.waitForFunction((text) => ![...document.querySelectorAll('[data-testid="cp-agency-cert"]')].some((e) => e.textContent.includes(text)), name);
    });
  });

  it('an operator of another agency gets no controls, and a refused save is explained', async () => {
    const person = await makeEmployee(`Yuni Lestari ${stamp()}`);
    const refused = await bappedaOperator.post(`${BASE}/people/${person.id}/competencies`, { competency_id: basic.id, level: 'basic', acquired_on: today });
    assert.equal(refused.status, 403, 'the server refuses another agency\'s employee');
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'operator.bappeda');
      await page.goto(url(`/kompetensi/pd/${dinkes.id}`));
      await expectText(page, 'cp-agency-read-only', new RegExp(`Data ini milik ${dinkes.name}`));
      await openPerson(page, person);
      await expectText(page, 'cp-record-read-only', new RegExp(`Hanya operator ${dinkes.name}`));
      await page.getByTestId('cp-plan-view').or(page.getByTestId('cp-plan-none')).first().waitFor();
      for (const id of ['cp-held-add', 'cp-cert-add', 'cp-training-add', 'cp-held-remove', 'cp-item-add', 'cp-plan-create', 'cp-may-edit'])
        assert.equal(await page.getByTestId(id).count(), 0, `${id} is not offered for another agency`);
    });

    // The Dinkes operator's form is open when the employee moves to Bappeda: the server refuses, the page says why.
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'operator.dinkes');
      await page.goto(url(`/kompetensi/pd/${dinkes.id}`));
      await openPerson(page, person);
      await page.getByTestId('cp-held-add').click();
      await page.getByTestId('cp-held-competency').selectOption(String(basic.id));
      await page.getByTestId('cp-held-level-intermediate').check();
      await page.getByTestId('cp-held-acquired').fill(today);
      const moved = await admin.patch(`/api/v1/people/${person.id}`, { agency_id: bappeda.id }, { 'If-Match': `"${person.version}"` });
      assert.equal(moved.status, 200, JSON.stringify(moved.body));
      await page.getByTestId('cp-held-save').click();
      await expectText(page, 'error-summary', /Anda tidak dapat mengubah data pegawai ini\. Hanya operator perangkat daerah tempat pegawai itu bekerja/);
      assert.equal(await page.getByTestId('cp-held-level-intermediate').isChecked(), true, 'what was typed stays');
    });
  });

  it('the ICT office adds a catalogue entry and a policy requirement; leadership only reads', async () => {
    const code = `E2E-${stamp().toUpperCase()}`.slice(0, 20);
    const name = `Tata kelola data ${code}`;
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'admin');
      await page.goto(url('/kompetensi'));
      await expectText(page, 'cp-heading', 'Kompetensi SDM TIK');
      assert.equal(await page.getByTestId('cp-read-only').count(), 0);
      assert.equal(await page.getByTestId('cp-export-xlsx').getAttribute('href'), `${BASE}/gaps/export.xlsx`);
      await page.getByTestId('cp-cat-add').click();
      await page.getByTestId('cp-cat-code-input').fill('kode salah!');
      await page.getByTestId('cp-cat-save').click();
      await expectText(page, 'cp-cat-code-input-error', /huruf, angka, tanda hubung atau titik/);
      await expectText(page, 'cp-cat-name-input-error', 'Isi nama kompetensinya.');
      await expectText(page, 'cp-cat-kind-input-error', 'Pilih jenis kompetensinya.');
      await page.getByTestId('cp-cat-code-input').fill(code);
      await page.getByTestId('cp-cat-name-input').fill(name);
      await page.getByTestId('cp-cat-kind-input').selectOption('managerial');
      await page.getByTestId('cp-cat-description').fill('Menyusun kebijakan dan standar data perangkat daerah.');
      await page.getByTestId('cp-cat-save').click();
      await expectText(page, 'cp-cat-done', `Kompetensi ${name} sudah ditambahkan ke katalog.`);
      const row = page.locator(`[data-testid="cp-cat-row"][data-code="${code}"]`);
      await expectTextIn(row, 'cp-cat-name', name);
      await expectTextIn(row, 'cp-cat-kind', 'Manajerial');

      // A change sent after someone else's (412) keeps what was typed.
      const entry = (await admin.get(`${BASE}/catalogue`)).body.items.find((c) => c.code === code);
      await row.getByTestId('cp-cat-edit').click();
      await page.getByTestId('cp-cat-name-input').fill(`${name} (diperbarui)`);
      const other = await admin.patch(`${BASE}/catalogue/${entry.id}`, { description: 'Diubah oleh petugas lain.' }, { 'If-Match': `"${entry.version}"` });
      assert.equal(other.status, 200, JSON.stringify(other.body));
      await page.getByTestId('cp-cat-save').click();
      await page.getByTestId('cp-cat-conflict').waitFor();
      await page.getByTestId('cp-cat-conflict-reload').click();
      await page.waitForFunction(() => !document.querySelector('[data-testid="cp-cat-conflict"]'));
      assert.equal(await page.getByTestId('cp-cat-name-input').inputValue(), `${name} (diperbarui)`, 'what was typed stays');
      await page.getByTestId('cp-cat-save').click();
      await expectText(page, 'cp-cat-done', `Perubahan kompetensi ${name} (diperbarui) sudah disimpan.`);
      await expectTextIn(row, 'cp-cat-name', `${name} (diperbarui)`);

      // A requirement of the office's own policy, listed as such, then removed again.
      const note = `Setiap PD yang memiliki layanan menyediakan petugas pengoperasian TIK ${code}`;
      await page.getByTestId('cp-req-add').click();
      await page.getByTestId('cp-req-save').click();
      await expectText(page, 'cp-req-applies-to-error', 'Pilih untuk siapa kebutuhan ini berlaku.');
      await expectText(page, 'cp-req-what-choice-error', 'Pilih apa yang dibutuhkan.');
      await page.getByTestId('cp-req-applies-to').selectOption('agencies_with_services');
      await page.getByTestId('cp-req-what-choice-kind').check();
      await page.getByTestId('cp-req-kind').selectOption('ict_operation');
      await page.getByTestId('cp-req-note').fill(note);
      await page.getByTestId('cp-req-save').click();
      await expectText(page, 'cp-req-done', 'Kebutuhan sudah ditambahkan.');
      const requirement = page.locator('[data-testid="cp-req"][data-source="policy"]', { hasText: note });
      await expectTextIn(requirement, 'cp-req-applies', 'perangkat daerah yang memiliki layanan');
      await expectTextIn(requirement, 'cp-req-citation', /^Kebijakan Dinas Kominfo/);
      await requirement.getByTestId('cp-req-remove').click();
      await requirement.getByTestId('cp-req-remove-yes').click();
      await expectText(page, 'cp-req-done', 'Kebutuhan sudah dihapus.');
      await page.waitForFunction((text) => ![...document.querySelectorAll('[data-testid="cp-req"]')].some((e) => e.textContent.includes(text)), note);
    });
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'walikota');
      await page.goto(url('/kompetensi'));
      await page.getByTestId('cp-read-only').waitFor();
      await expectTextIn(page.locator(`[data-testid="cp-cat-row"][data-code="${code}"]`), 'cp-cat-name', `${name} (diperbarui)`);
      for (const id of ['cp-cat-add', 'cp-cat-edit', 'cp-req-add']) assert.equal(await page.getByTestId(id).count(), 0, `${id} is not offered to leadership`);
      await page.getByTestId('cp-filter-q').fill(dinkes.name);
      await page.getByTestId('cp-filter-show').selectOption('gaps');
      await page.getByTestId('cp-filter-apply').click();
      await page.waitForFunction((name) => {
        const rows = [...document.querySelectorAll('[data-testid="cp-gap-row"]')];
        return rows.length > 0 && rows.every((r) => r.textContent.includes(name));
      }, dinkes.name);
      await page.locator(`[data-testid="cp-gap-row"][data-agency-id="${dinkes.id}"]`).getByTestId('cp-gap-agency').click();
      await expectText(page, 'cp-agency-name', dinkes.name);
      await expectText(page, 'cp-agency-read-only', 'Anda dapat membaca data kompetensi, tetapi tidak dapat mengubahnya.');
    });
  });

  it('an operator records a training, plans a basic ICT activity for the employee and marks it done', async () => {
    const person = await makeEmployee(`Dewi Anggraini ${stamp()}`);
    const training = `Literasi Digital Aparatur ${stamp()}`;
    const activity = `Pelatihan kompetensi dasar TIK ${stamp()}`;
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'operator.dinkes');
      await page.goto(url(`/kompetensi/pd/${dinkes.id}`));
      await openPerson(page, person);

      await page.getByTestId('cp-training-add').click();
      await page.getByTestId('cp-training-title').fill(training);
      await page.getByTestId('cp-training-organiser').fill('BPSDM Provinsi Jawa Timur');
      await page.getByTestId('cp-training-starts').fill(plusDays(today, -3));
      await page.getByTestId('cp-training-ends').fill(plusDays(today, -4));
      await page.getByTestId('cp-training-hours').fill('0');
      await page.getByTestId('cp-training-save').click();
      await expectText(page, 'cp-training-ends-error', 'Tanggal selesai tidak boleh sebelum tanggal mulai.');
      await expectText(page, 'cp-training-hours-error', 'Isi jam pelajaran antara 1 dan 1000.');
      await page.getByTestId('cp-training-ends').fill(plusDays(today, -2));
      await page.getByTestId('cp-training-hours').fill('16');
      await page.getByTestId('cp-training-save').click();
      await expectText(page, 'cp-record-done', 'Pelatihan sudah dicatat.');
      await expectTextIn(page.locator('[data-testid="cp-training"]', { hasText: training }), 'cp-training-name', training);

      // The year's plan (made by an earlier run, or now).
      await page.getByTestId('cp-plan-view').or(page.getByTestId('cp-plan-create')).first().waitFor();
      if (await page.getByTestId('cp-plan-create').count()) await page.getByTestId('cp-plan-create').click();
      await page.getByTestId('cp-plan-view').waitFor();
      await expectText(page, 'cp-plan-not-targeted', new RegExp(person.name));

      await page.getByTestId('cp-item-add').click();
      await page.getByTestId('cp-item-competency').selectOption(String(basic.id));
      await page.getByTestId('cp-item-title-input').fill(activity);
      await page.getByTestId(`cp-item-targets-input-${person.id}`).check();
      await page.getByTestId('cp-item-quarter-2').check();
      await page.getByTestId('cp-item-budget').fill('15.000.000');
      await page.getByTestId('cp-item-save').click();
      await expectText(page, 'cp-plan-done', 'Kegiatan sudah ditambahkan ke rencana.');
      const item = page.locator('[data-testid="cp-item"]', { hasText: activity });
      await expectTextIn(item, 'cp-item-status', 'Direncanakan');
      await expectTextIn(item, 'cp-item-targets', new RegExp(`1 orang[\\s\\S]*${person.name}`));
      await page.waitForFunction((name) => !(document.querySelector('[data-testid="cp-plan-not-targeted"]')?.textContent ?? '').includes(name), person.name);

      // Moved to the third quarter before it takes place.
      await item.getByTestId('cp-item-edit').click();
      assert.equal(await page.getByTestId('cp-item-title-input').inputValue(), activity, 'the form starts from the item');
      await page.getByTestId('cp-item-quarter-3').check();
      await page.getByTestId('cp-item-save').click();
      await expectText(page, 'cp-plan-done', 'Perubahan kegiatan sudah disimpan.');
      await expectTextIn(item, 'cp-item-when', 'Triwulan III');

      await item.getByTestId('cp-item-done').click();
      await page.getByTestId('cp-done-form').waitFor();
      await page.getByTestId('cp-done-save').click();
      await expectText(page, 'cp-done-trainings-error', 'Pilih paling sedikit satu pelatihan yang sudah tercatat.');
      await page.getByTestId('cp-done-form').getByLabel(new RegExp(training)).check();
      await page.getByTestId('cp-done-save').click();
      await expectText(page, 'cp-plan-done', 'Kegiatan sudah ditandai terlaksana.');
      await expectTextIn(item, 'cp-item-status', 'Terlaksana');
      assert.equal(await item.getByTestId('cp-item-done').count(), 0, 'done is final');
    });
  });

  it('fits a 320 px phone without sideways scrolling', async () => {
    const person = await makeEmployee(`Agus Setiawan ${stamp()}`);
    await withPage(
      browser,
      async ({ page }) => {
        await signInAndWait(page, 'operator.dinkes');
        await page.goto(url('/kompetensi'));
        await page.getByTestId('cp-gaps-table').waitFor();
        await page.getByTestId('cp-cat-table').waitFor();
        assert.ok((await horizontalOverflow(page)) <= 0, '/kompetensi scrolls sideways at 320 px');
        await page.goto(url(`/kompetensi/pd/${dinkes.id}`));
        await openPerson(page, person);
        await page.getByTestId('cp-held-add').click();
        await page.getByTestId('cp-held-form').waitFor();
        await page.getByTestId('cp-plan-view').or(page.getByTestId('cp-plan-none')).first().waitFor();
        assert.ok((await horizontalOverflow(page)) <= 0, 'the agency page scrolls sideways at 320 px');
      },
      { viewport: { width: 320, height: 640 } },
    );
  });
});

// The ICT audit pages (Audit TIK, docs/risk-security-audit-contract.md "ICT audits")
// on the demo region Kota Madiun: the ICT office syncs the audit objects from the
// registries and plans an audit through the form (errors beside the fields) and
// starts it; an object never audited in time shows as overdue with the article of
// the region's regulation, on top and in the list, to leadership who may change
// nothing; an auditor records a finding but is offered none of the programme's
// buttons; a finding is not closed without follow-up evidence (said in plain words),
// the owner agency's operator adds a note and an evidence file, then it closes;
// a step sent after someone else changed the audit meets a conflict (412) and keeps
// what was typed; a phone of 320 px needs no sideways scrolling.
//
// The test makes its own audit objects (unique names) and audits through the API,
// so it can run again on the same server.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { apiSession, demoAgencySessions, expectText, expectTextIn, horizontalOverflow, launchBrowser, signInAndWait, stamp as lowerStamp, url, withPage } from './helpers.mjs';

const stamp = () => lowerStamp().toUpperCase();
const pdf = (text) => Buffer.from(`%PDF-1.4\n% ${text}\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n`);
const BASE = '/api/v1/ict-audits';

describe('ICT audits', () => {
  let browser;
  let admin;
  let auditor;
  let dinkesOperator;
  let dinkes; // the operator's agency
  let today; // YYYY-MM-DD, in the region's zone
  before(async () => {
    browser = await launchBrowser();
    ({ admin, dinkesOperator, dinkes } = await demoAgencySessions());
    auditor = await apiSession('auditor');
    today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  });
  after(async () => {
    await browser?.close();
  });

  // A manual audit object owned by Dinkes; registered long ago, it is overdue.
  async function makeObject(name, registered_on = '2020-01-15') {
    const r = await admin.post(`${BASE}/objects`, { kind: 'infrastructure', name, owner_agency_id: dinkes.id, registered_on });
    assert.equal(r.status, 201, JSON.stringify(r.body));
    return r.body;
  }

  // An audit of a fresh object, started, so findings may be recorded.
  async function startedAudit() {
    const object = await makeObject(`Jaringan Puskesmas ${stamp()}`);
    const planned = await admin.post(BASE, { object_id: object.id, planned_on: today, auditor_kind: 'government', auditor_name: 'Inspektorat Kota Madiun', aspects: ['functionality'] });
    assert.equal(planned.status, 201, JSON.stringify(planned.body));
    const started = await admin.post(`${BASE}/${planned.body.id}/actions`, { action: 'start' }, { 'If-Match': `"${planned.body.version}"` });
    assert.equal(started.status, 200, JSON.stringify(started.body));
    return started.body;
  }

  it('the ICT office syncs the objects from the registries, plans an audit (errors beside the fields) and starts it', async () => {
    const name = `Jaringan Kantor Dinkes ${stamp()}`;
    const object = await makeObject(name);
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'admin');
      await page.goto(url('/audit-tik'));
      await expectText(page, 'ia-heading', 'Program Audit TIK');
      assert.equal(await page.getByTestId('ia-read-only').count(), 0);

      // Sync: the registries' objects are there afterwards; a second run adds nothing.
      await page.getByTestId('ia-sync-button').click();
      await expectText(page, 'ia-sync-count', /objek audit baru ditambahkan|Tidak ada objek baru/);
      const registry = (await admin.get(`${BASE}/objects?q=${encodeURIComponent('Infrastruktur SPBE Pemerintah Daerah')}`)).body.items;
      assert.ok(registry.some((o) => o.source === 'registry' && o.kind === 'infrastructure'), 'the region infrastructure object exists');
      await page.getByTestId('ia-sync-button').click();
      await expectText(page, 'ia-sync-count', 'Tidak ada objek baru: semua objek dari register sudah tercatat.');

      // Plan from the object's row.
      await page.getByTestId('ia-filter-q').fill(name);
      await page.getByTestId('ia-filter-apply').click();
      const row = page.locator(`[data-testid="ia-object"][data-object-id="${object.id}"]`);
      await row.waitFor();
      assert.equal(await page.getByTestId('ia-object').count(), 1);
      await row.getByTestId('ia-object-plan').click();
      await page.getByTestId('ia-plan-form').waitFor();
      await page.waitForFunction((id) => document.getElementById('ia-plan-object')?.value === String(id), object.id);

      // The browser's checks, beside the fields and in the summary.
      await page.getByTestId('ia-plan-submit').click();
      await page.getByTestId('error-summary').waitFor();
      await expectText(page, 'ia-plan-date-error', 'Isi tanggalnya.');
      await expectText(page, 'ia-plan-auditor-kind-error', /jenis pelaksana audit/);
      await expectText(page, 'ia-plan-aspects-error', /paling sedikit satu/);

      // An accredited institution needs its accreditation number.
      await page.getByTestId('ia-plan-date').fill(today);
      await page.getByTestId('ia-plan-auditor-kind-accredited').check();
      await page.getByTestId('ia-plan-auditor-name').fill('PT Audit Teknologi Nusantara');
      await page.getByTestId('ia-plan-aspects-functionality').check();
      await page.getByTestId('ia-plan-aspects-performance').check();
      await page.getByTestId('ia-plan-submit').click();
      await expectText(page, 'ia-plan-auditor-credential-error', /nomor akreditasi/);
      await page.getByTestId('ia-plan-auditor-credential').fill('LA-TIK-017/2025');
      const created = page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === BASE);
      await page.getByTestId('ia-plan-submit').click();
      const answer = await created;
      assert.equal(answer.status(), 201, `planning answered ${answer.status()}: ${await answer.text()}`);
      const audit = await answer.json();

      await page.waitForURL(url(`/audit-tik/${audit.id}`));
      await expectText(page, 'flash', 'Rencana audit sudah disimpan.');
      await expectText(page, 'ia-audit-name', name);
      await expectText(page, 'ia-audit-state', 'Direncanakan');
      await expectText(page, 'ia-audit-auditor', /PT Audit Teknologi Nusantara[\s\S]*terakreditasi[\s\S]*LA-TIK-017\/2025/);
      assert.deepEqual((await page.getByTestId('ia-audit-aspects').locator('li').allTextContents()).map((s) => s.trim()), ['Fungsionalitas TIK', 'Kinerja TIK']);

      await page.getByTestId('ia-step-start').click();
      await page.getByTestId('ia-step-submit').click();
      await expectText(page, 'ia-audit-state', 'Sedang berjalan');
      await expectText(page, 'ia-audit-done', 'Audit sudah dimulai.');

      // Completing needs the report file; then the report goes to the Walikota through the committee chair.
      await page.getByTestId('ia-step-complete').click();
      await page.getByTestId('ia-step-submit').click();
      await expectText(page, 'ia-step-file-error', 'Unggah berkas laporan hasil audit.');
      await page.getByTestId('ia-step-file').setInputFiles({ name: 'laporan-audit.pdf', mimeType: 'application/pdf', buffer: pdf(`laporan ${name}`) });
      await page.getByTestId('ia-step-file-current').waitFor();
      await page.getByTestId('ia-step-submit').click();
      await expectText(page, 'ia-audit-state', 'Selesai, belum dilaporkan');
      await page.getByTestId('ia-audit-report-file').waitFor();
      await expectText(page, 'ia-report-through', /^Disampaikan melalui Ketua /);
      await page.getByTestId('ia-step-report_to_head').click();
      await page.getByTestId('ia-step-note').fill('Surat pengantar Nomor 700/123/401.112/2026');
      await page.getByTestId('ia-step-submit').click();
      await expectText(page, 'ia-audit-state', 'Sudah dilaporkan');
      await expectText(page, 'ia-audit-reported', /Disampaikan melalui Ketua [\s\S]*Surat pengantar Nomor 700\/123/);
      assert.equal(await page.getByTestId('ia-steps').count(), 0, 'no step is left');
    });
  });

  it('an object not audited in time shows as overdue with its article, to leadership who changes nothing', async () => {
    const name = `Ruang Server Dinkes ${stamp()}`;
    const object = await makeObject(name, '2019-03-01');
    assert.equal(object.status, 'overdue', JSON.stringify(object));
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'walikota');
      await page.goto(url('/audit-tik'));
      // On top, in the overdue list, with the article of Perwali Madiun (a long list shows its first ten).
      await page.getByTestId('ia-overdue-objects').waitFor();
      if (await page.getByTestId('ia-overdue-more-objects').count()) await page.getByTestId('ia-overdue-more-objects').click();
      const overdue = page.locator(`[data-testid="ia-overdue-object"][data-object-id="${object.id}"]`);
      await overdue.waitFor();
      await expectTextIn(overdue, 'ia-overdue-object-name', name);
      await expectTextIn(overdue, 'ia-overdue-object-due', /wajib diaudit sejak 1 Maret 2021/);
      await expectTextIn(overdue, 'ia-overdue-object-article', new RegExp(`${object.obligation.citation.replace(/[()]/g, '\\$&')}: .*2 \\(dua\\) tahun`));
      assert.match(object.obligation.citation, /Pasal \d+/);

      // In the list, filtered to overdue objects.
      await page.getByTestId('ia-filter-status').selectOption('overdue');
      await page.getByTestId('ia-filter-q').fill(name);
      await page.getByTestId('ia-filter-apply').click();
      const row = page.locator(`[data-testid="ia-object"][data-object-id="${object.id}"]`);
      await row.waitFor();
      await expectTextIn(row, 'ia-object-status', 'Terlambat');
      await expectTextIn(row, 'ia-object-article', /Pasal \d+/);

      // The audits, filtered by stage.
      await page.getByTestId('ia-audits-state').selectOption('reported');
      await page.getByTestId('ia-audits-filter-apply').click();
      await page.locator('[data-testid="ia-audit-row"][data-state="reported"]').first().waitFor();
      await page.waitForFunction(() => [...document.querySelectorAll('[data-testid="ia-audit-row"]')].every((r) => r.getAttribute('data-state') === 'reported'));
      await expectText(page, 'ia-audit-row-state', 'Sudah dilaporkan');

      // Leadership reads only.
      await page.getByTestId('ia-read-only').waitFor();
      for (const id of ['ia-sync-button', 'ia-plan-open', 'ia-object-plan']) assert.equal(await page.getByTestId(id).count(), 0, `${id} is not offered to leadership`);
    });
  });

  it('an auditor records a finding but is offered none of the programme buttons', async () => {
    const audit = await startedAudit();
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'auditor');
      await page.goto(url('/audit-tik'));
      await expectText(page, 'ia-read-only', /Sebagai auditor/);
      await page.getByTestId('ia-objects-table').waitFor();
      for (const id of ['ia-sync-button', 'ia-plan-open', 'ia-object-plan']) assert.equal(await page.getByTestId(id).count(), 0, `${id} is not offered to an auditor`);

      await page.goto(url(`/audit-tik/${audit.id}`));
      await expectText(page, 'ia-audit-state', 'Sedang berjalan');
      for (const id of ['ia-step-pre_evaluate', 'ia-step-start', 'ia-step-report_to_head']) assert.equal(await page.getByTestId(id).count(), 0, `${id} is not offered to an auditor`);
      await page.getByTestId('ia-step-complete').waitFor(); // completing the audit is the auditor's

      await page.getByTestId('ia-finding-add').click();
      await page.getByTestId('ia-finding-save').click();
      await expectText(page, 'ia-finding-severity-error', /tingkat keparahan/);
      await expectText(page, 'ia-finding-title-error', 'Isi judul temuan.');
      await page.getByTestId('ia-finding-severity-high').check();
      await page.getByTestId('ia-finding-title').fill('Kata sandi bawaan perangkat jaringan belum diganti');
      await page.getByTestId('ia-finding-description').fill('Tiga switch di ruang server masih memakai kata sandi bawaan pabrik.');
      await page.getByTestId('ia-finding-recommendation').fill('Ganti seluruh kata sandi bawaan dan catat di register aset.');
      await page.getByTestId('ia-finding-owner').selectOption(String(dinkes.id));
      await page.getByTestId('ia-finding-due').fill(today);
      await page.getByTestId('ia-finding-save').click();
      await expectText(page, 'ia-audit-done', 'Temuan sudah dicatat.');
      const finding = page.getByTestId('ia-finding').first();
      await expectTextIn(finding, 'ia-finding-title-text', 'Kata sandi bawaan perangkat jaringan belum diganti');
      await expectTextIn(finding, 'ia-finding-severity', 'Tinggi');
      await expectTextIn(finding, 'ia-finding-owner-name', dinkes.name);
      assert.equal(await finding.getByTestId('ia-follow-up-add').count(), 0, 'the auditor does not add follow-ups');
    });
  });

  it('a finding is not closed without follow-up evidence; the owner operator adds it; then it closes', async () => {
    const audit = await startedAudit();
    const r = await auditor.post(`${BASE}/${audit.id}/findings`, {
      severity: 'medium',
      title: 'Cadangan data tidak diuji pemulihannya',
      description: 'Tidak ada catatan uji pemulihan dalam 12 bulan terakhir.',
      recommendation: 'Uji pemulihan cadangan setiap triwulan.',
      owner_agency_id: dinkes.id,
      due_on: today,
    });
    assert.equal(r.status, 201, JSON.stringify(r.body));
    const findingId = r.body.id;
    // A note without a file is not evidence.
    const noted = await dinkesOperator.post(`${BASE}/findings/${findingId}/follow-ups`, { note: 'Sudah dijadwalkan.' });
    assert.equal(noted.status, 201, JSON.stringify(noted.body));
    const card = (page) => page.locator(`[data-testid="ia-finding"][data-finding-id="${findingId}"]`);

    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'auditor');
      await page.goto(url(`/audit-tik/${audit.id}`));
      await card(page).getByTestId('ia-finding-close').click();
      await expectTextIn(card(page), 'ia-finding-error', /belum dapat ditutup[\s\S]*catatan dan berkas bukti/);
      await expectTextIn(card(page), 'ia-finding-status', 'Terbuka');
    });

    await withPage(browser, async ({ page }) => {
      // Another agency's operator reads it but adds nothing.
      await signInAndWait(page, 'operator.bappeda');
      await page.goto(url(`/audit-tik/${audit.id}`));
      await card(page).waitFor();
      assert.equal(await card(page).getByTestId('ia-follow-up-add').count(), 0, 'not offered to another agency');
    });

    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'operator.dinkes');
      await page.goto(url(`/audit-tik/${audit.id}`));
      const mine = card(page);
      assert.equal(await mine.getByTestId('ia-finding-close').count(), 0, 'the operator does not close findings');
      await mine.getByTestId('ia-follow-up-add').click();
      await mine.getByTestId('ia-follow-up-save').click();
      await expectText(page, `ia-follow-up-note-${findingId}-error`, 'Isi catatan tindak lanjut.');
      await mine.getByTestId('ia-follow-up-note-input').fill('Uji pemulihan dilakukan 2 Desember; berita acara terlampir.');
      await mine.getByTestId('ia-follow-up-file-input').setInputFiles({ name: 'berita-acara-uji-pemulihan.pdf', mimeType: 'application/pdf', buffer: pdf(`uji ${stamp()}`) });
      await mine.getByTestId('ia-follow-up-file-input-current').waitFor();
      await mine.getByTestId('ia-follow-up-save').click();
      await expectTextIn(mine, 'ia-finding-done', 'Tindak lanjut sudah disimpan.');
      await page.waitForFunction((id) => document.querySelectorAll(`[data-finding-id="${id}"] [data-testid="ia-follow-up"]`).length === 2, findingId);
      await mine.getByTestId('ia-follow-up-file').waitFor();
    });

    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'auditor');
      await page.goto(url(`/audit-tik/${audit.id}`));
      await card(page).getByTestId('ia-finding-close').click();
      await expectTextIn(card(page), 'ia-finding-status', 'Ditutup');
      await expectTextIn(card(page), 'ia-finding-done', 'Temuan sudah ditutup.');
      await card(page).getByTestId('ia-finding-reopen').waitFor();
    });
  });

  it('a step sent after someone else changed the audit meets a conflict and keeps what was typed', async () => {
    const object = await makeObject(`Jaringan Labkesda ${stamp()}`);
    const planned = await admin.post(BASE, { object_id: object.id, planned_on: today, auditor_kind: 'certified', auditor_name: 'Rina Kartikasari', auditor_credential: 'CISA 21187734', aspects: ['performance'] });
    assert.equal(planned.status, 201, JSON.stringify(planned.body));
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'admin');
      await page.goto(url(`/audit-tik/${planned.body.id}`));
      await page.getByTestId('ia-step-pre_evaluate').click();
      await page.getByTestId('ia-step-submit').click();
      await expectText(page, 'ia-step-note-error', 'Isi hasil evaluasi internal.');
      await page.getByTestId('ia-step-note').fill('Dokumen kebijakan dan topologi jaringan sudah lengkap.');

      const changed = await admin.patch(`${BASE}/${planned.body.id}`, { auditor_name: 'Rina Kartikasari, CISA' }, { 'If-Match': `"${planned.body.version}"` });
      assert.equal(changed.status, 200, JSON.stringify(changed.body));
      await page.getByTestId('ia-step-submit').click();
      await page.getByTestId('ia-steps-conflict').waitFor();
      await page.getByTestId('ia-steps-conflict-reload').click();
      await expectText(page, 'ia-audit-auditor', /Rina Kartikasari, CISA/);
      assert.equal(await page.getByTestId('ia-step-note').inputValue(), 'Dokumen kebijakan dan topologi jaringan sudah lengkap.');
      await page.getByTestId('ia-step-submit').click();
      await expectText(page, 'ia-audit-state', 'Sudah dievaluasi internal');
      await expectText(page, 'ia-audit-pre', /Evaluasi internal dilakukan[\s\S]*Dokumen kebijakan/);
    });
  });

  it('a phone of 320 px needs no sideways scrolling', async () => {
    const audit = await startedAudit();
    const r = await auditor.post(`${BASE}/${audit.id}/findings`, {
      severity: 'critical',
      title: 'Port administrasi terbuka ke internet',
      description: 'Port SSH perangkat jaringan dapat dijangkau dari internet.',
      recommendation: 'Tutup port administrasi dari luar jaringan intra.',
      owner_agency_id: dinkes.id,
      due_on: today,
    });
    assert.equal(r.status, 201, JSON.stringify(r.body));
    await withPage(
      browser,
      async ({ page }) => {
        await signInAndWait(page, 'admin');
        await page.goto(url('/audit-tik'));
        await page.getByTestId('ia-objects-table').waitFor();
        await page.getByTestId('ia-overdue').waitFor();
        assert.ok((await horizontalOverflow(page)) <= 0, 'the programme fits 320 px');
        await page.getByTestId('ia-plan-open').click();
        await page.getByTestId('ia-plan-form').waitFor();
        assert.ok((await horizontalOverflow(page)) <= 0, 'the plan form fits 320 px');
        await page.goto(url(`/audit-tik/${audit.id}`));
        await page.getByTestId('ia-finding').first().waitFor();
        await page.getByTestId('ia-follow-up-add').first().click();
        assert.ok((await horizontalOverflow(page)) <= 0, 'the audit page fits 320 px');
      },
      { viewport: { width: 320, height: 640 } },
    );
  });
});

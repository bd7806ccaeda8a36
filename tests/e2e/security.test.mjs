// The information security pages (docs/risk-security-audit-contract.md
// "Information security") on the demo region Kota Madiun: an agency operator
// reports an incident through the form (errors beside the fields first); the ICT
// office (CSIRT) moves it through the stages and is told it cannot close it
// without lessons learned; an incident detected long ago without its report shows
// as overdue in plain words, in the list and on its page, until the report is
// recorded (then late); an operator acknowledges a published policy for their
// agency and the coverage grows; an operator neither finds nor opens another
// agency's incident; leadership only reads; the ICT office keeps the programme;
// a phone of 320 px needs no sideways scrolling.
//
// The test makes its own incidents and policy (unique titles) through the API,
// so it can run again on the same server.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { demoAgencySessions, expectText, expectTextIn, horizontalOverflow, launchBrowser, signInAndWait, stamp as lowerStamp, url, withPage } from './helpers.mjs';

const stamp = () => lowerStamp().toUpperCase();
const HOUR = 3600_000;

describe('information security', () => {
  let browser;
  let admin;
  let dinkesOperator;
  let dinkes; // the operator's agency
  let bappeda; // another agency
  let agencyCount;
  let policy; // a published policy nobody acknowledged yet
  let overdueIncident; // Bappeda's, detected 50 hours ago, reported by the CSIRT without the agency's report
  before(async () => {
    browser = await launchBrowser();
    ({ admin, dinkesOperator, dinkes, bappeda } = await demoAgencySessions());

    const created = await admin.post('/api/v1/security/policies', {
      kind: 'byod',
      title: `Penggunaan perangkat pribadi uji ${stamp()}`,
      body: 'Perangkat pribadi yang tersambung ke jaringan PD wajib memakai kata sandi dan antivirus terbaru.',
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const published = await admin.post(`/api/v1/security/policies/${created.body.id}/publish`, {}, { 'If-Match': created.headers.get('etag') });
    assert.equal(published.status, 200, JSON.stringify(published.body));
    policy = published.body;
    agencyCount = policy.agencies;
    assert.equal(policy.acknowledged, 0);

    // Detected 50 hours and 5 minutes ago: the report to the ICT office (24 hours) is 26 hours overdue.
    const detected = new Date(Date.now() - 50 * HOUR - 5 * 60_000).toISOString();
    const overdue = await admin.post('/api/v1/security/incidents', {
      agency_id: bappeda.id,
      title: `Serangan phishing pegawai uji ${stamp()}`,
      description: 'Surel palsu meminta kata sandi pegawai.',
      severity: 'medium',
      detected_at: detected,
    });
    assert.equal(overdue.status, 201, JSON.stringify(overdue.body));
    overdueIncident = overdue.body;
    assert.equal(overdueIncident.notices.ict_office.state, 'overdue');
  });
  after(async () => {
    await browser?.close();
  });

  it('an operator reports an incident; the ICT office moves it through the stages and cannot close it without lessons learned', async () => {
    const title = `Situs web Dinkes diubah tampilannya ${stamp()}`;
    let incidentPath;
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'operator.dinkes');
      await page.goto(url('/keamanan'));
      await page.getByTestId('sec-incident-report').click();
      await expectText(page, 'sec-new-own-agency', new RegExp(dinkes.name));
      assert.equal(await page.getByTestId('sec-new-agency').count(), 0, 'an operator does not choose the agency');

      // The browser's checks, in the summary and beside the fields.
      await page.getByTestId('sec-new-title').fill('ab');
      await page.getByTestId('sec-incident-submit').click();
      await page.getByTestId('error-summary').waitFor();
      await expectText(page, 'error-summary', /Isi judul insiden, 3 sampai 200 karakter\./);
      await expectText(page, 'error-summary', /Pilih tingkat keparahan\./);
      assert.match(await page.locator('#sec-new-title-error').textContent(), /Isi judul insiden/);
      assert.match(await page.locator('#sec-new-severity-error').textContent(), /Pilih tingkat keparahan/);

      await page.getByTestId('sec-new-title').fill(title);
      await page.getByTestId('sec-new-description').fill('Halaman depan situs diganti gambar lain sejak pagi.');
      await page.getByTestId('sec-new-severity-high').check();
      await page.getByTestId('sec-incident-submit').click();
      await page.waitForURL(/\/keamanan\/insiden\/\d+$/);
      incidentPath = new URL(page.url()).pathname;
      await expectText(page, 'flash', 'Laporan insiden sudah diterima.');
      await expectText(page, 'sec-title', title);
      await expectText(page, 'sec-stage-now', 'Dilaporkan');
      await expectText(page, 'sec-severity', 'Tinggi');
      // The operator's report is itself the report to the ICT office.
      await expectText(page, 'sec-notice-ict_office', 'Laporan ke Diskominfo dikirim tepat waktu');
      await expectText(page, 'sec-notice-data_owner', 'Pemberitahuan tertulis ke pemilik data tidak diwajibkan');
      await page.getByTestId('sec-actions-read-only').waitFor();
      assert.equal(await page.locator('[data-testid^="sec-action-"]').count(), 0, 'no stage buttons for an operator');
    });

    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'admin');
      await page.goto(url(incidentPath));
      await expectText(page, 'sec-title', title);
      const steps = [
        ['triage', 'Triase'],
        ['contain', 'Penahanan'],
        ['eradicate', 'Pemberantasan'],
        ['recover', 'Pemulihan'],
        ['learn', 'Pembelajaran'],
      ];
      for (const [action, stage] of steps) {
        assert.equal(await page.getByTestId('sec-action-close').count(), 0, 'closing is offered only at the end');
        await page.getByTestId(`sec-action-${action}`).click();
        await page.getByTestId('sec-action-note').fill(`Catatan CSIRT untuk tahap ${stage}.`);
        await page.getByTestId('sec-action-submit').click();
        await expectText(page, 'sec-stage-now', stage);
        assert.match(await page.locator('[data-testid="sec-stage"][data-state="current"]').textContent(), new RegExp(stage));
      }

      // Closing without lessons learned is refused, and the page says why beside the field.
      await page.getByTestId('sec-action-close').click();
      await page.getByTestId('sec-action-note').fill('Layanan normal kembali.');
      await page.getByTestId('sec-action-lessons').fill('');
      await page.getByTestId('sec-action-submit').click();
      await expectText(page, 'sec-actions-error', /Insiden belum dapat ditutup: tulis dulu pembelajarannya\./);
      await expectText(page, 'sec-stage-now', 'Pembelajaran');
      // The server says the same when asked directly.
      const current = await admin.get(`/api/v1/security/incidents${incidentPath.replace('/keamanan/insiden', '')}`);
      const refused = await admin.post(`/api/v1/security/incidents/${current.body.id}/actions`, { action: 'close', note: 'tutup' }, { 'If-Match': current.headers.get('etag') });
      assert.equal(refused.status, 422, JSON.stringify(refused.body));

      await page.getByTestId('sec-action-lessons').fill('Perbarui CMS setiap bulan dan aktifkan WAF.');
      await page.getByTestId('sec-action-submit').click();
      await expectText(page, 'sec-stage-now', 'Ditutup');
      await expectText(page, 'sec-lessons', 'Perbarui CMS setiap bulan dan aktifkan WAF.');
      await page.getByTestId('sec-closed-note').waitFor();
      assert.equal(await page.getByTestId('sec-edit-open').count(), 0, 'a closed incident is not changed');
      // The timeline: the report and six steps, with the CSIRT's notes.
      assert.equal(await page.getByTestId('sec-event').count(), 7);
      await expectTextIn(page.locator('[data-testid="sec-event"][data-action="triage"]'), 'sec-event-note', 'Catatan CSIRT untuk tahap Triase.');
    });
  });

  it('closing is refused in plain words while a required notice is missing', async () => {
    // A serious incident recorded by the CSIRT without the agency's report, taken through to lessons learned.
    const created = await admin.post('/api/v1/security/incidents', {
      agency_id: bappeda.id,
      title: `Kebocoran data pegawai uji ${stamp()}`,
      description: 'Berkas daftar pegawai tersebar di grup percakapan.',
      severity: 'high',
      serious: true,
      detected_at: new Date(Date.now() - 2 * HOUR).toISOString(),
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    let etag = created.headers.get('etag');
    for (const action of ['triage', 'contain', 'eradicate', 'recover', 'learn']) {
      const body = { action, note: `Langkah ${action}`, ...(action === 'learn' ? { lessons_learned: 'Berkas rahasia hanya dibagikan lewat aplikasi resmi.' } : {}) };
      const moved = await admin.post(`/api/v1/security/incidents/${created.body.id}/actions`, body, { 'If-Match': etag });
      assert.equal(moved.status, 200, JSON.stringify(moved.body));
      etag = moved.headers.get('etag');
    }
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'admin');
      await page.goto(url(`/keamanan/insiden/${created.body.id}`));
      await expectText(page, 'sec-stage-now', 'Pembelajaran');
      await expectText(page, 'sec-close-needs', 'Sebelum insiden ditutup, catat dulu pengiriman: Laporan ke Diskominfo, Pemberitahuan tertulis ke pemilik data.');
      await page.getByTestId('sec-action-close').click();
      await page.getByTestId('sec-action-note').fill('Selesai ditangani.');
      await page.getByTestId('sec-action-submit').click();
      await expectText(page, 'sec-actions-error', /belum dapat ditutup/);
      await expectText(page, 'sec-stage-now', 'Pembelajaran');
    });
  });

  it('a report changed meanwhile by someone else: the operator is told and keeps what was typed', async () => {
    const created = await dinkesOperator.post('/api/v1/security/incidents', {
      agency_id: dinkes.id,
      title: `Gangguan jaringan puskesmas uji ${stamp()}`,
      description: 'Jaringan puskesmas terputus.',
      severity: 'medium',
      detected_at: new Date(Date.now() - 3 * HOUR).toISOString(),
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'operator.dinkes');
      await page.goto(url(`/keamanan/insiden/${created.body.id}`));
      await page.getByTestId('sec-edit-open').click();
      await page.getByTestId('sec-edit-description').fill('Jaringan puskesmas terputus karena perangkat jaringan diretas.');
      // Meanwhile the CSIRT corrects the severity.
      const changed = await admin.patch(`/api/v1/security/incidents/${created.body.id}`, { severity: 'high' }, { 'If-Match': created.headers.get('etag') });
      assert.equal(changed.status, 200, JSON.stringify(changed.body));
      await page.getByTestId('sec-edit-save').click();
      await page.getByTestId('sec-edit-conflict').waitFor();
      await page.getByTestId('sec-edit-conflict-reload').click();
      await expectText(page, 'sec-edit-unsaved', /Jaringan puskesmas terputus karena perangkat jaringan diretas\./);
      assert.equal(await page.getByTestId('sec-edit-severity-high').isChecked(), true, 'the form starts again from the latest version');
      await page.getByTestId('sec-edit-description').fill('Jaringan puskesmas terputus karena perangkat jaringan diretas.');
      await page.getByTestId('sec-edit-save').click();
      await expectText(page, 'sec-done', 'Perubahan laporan sudah disimpan.');
      await expectText(page, 'sec-description', 'Jaringan puskesmas terputus karena perangkat jaringan diretas.');
      await expectText(page, 'sec-severity', 'Tinggi');
    });
  });

  it('an incident detected long ago without its report shows as overdue, until the report is recorded', async () => {
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'admin');
      await page.goto(url('/keamanan'));
      // Above the list: what is past its deadline, and a button that narrows the list to it.
      await expectText(page, 'sec-attention-count', /^\d+ laporan atau pemberitahuan insiden lewat batas waktu:$/);
      await page.getByTestId('sec-attention-show').click();
      await page.getByTestId('sec-filter-clear').waitFor();
      assert.equal(await page.getByTestId('sec-filter-overdue-true').isChecked(), true);
      // The list shown before stays until the narrowed one arrives: wait for the narrowed one.
      await page.waitForFunction(() => {
        const rows = [...document.querySelectorAll('[data-testid="sec-incident-row"]')];
        return !document.querySelector('[data-testid="refreshing"]') && rows.length > 0 && rows.every((r) => r.getAttribute('data-overdue') === 'true');
      });
      await page.locator(`[data-testid="sec-incident-row"][data-incident-id="${overdueIncident.id}"]`).waitFor();

      await page.getByTestId('sec-filter-q').fill(overdueIncident.number);
      await page.getByTestId('sec-filter-apply').click();
      await page.waitForFunction(() => !document.querySelector('[data-testid="refreshing"]') && document.querySelectorAll('[data-testid="sec-incident-row"]').length === 1);
      const row = page.locator(`[data-testid="sec-incident-row"][data-incident-id="${overdueIncident.id}"]`);
      await row.waitFor();
      assert.equal(await row.getAttribute('data-overdue'), 'true');
      await expectTextIn(row, 'sec-notice-ict_office', 'Laporan ke Diskominfo belum dikirim, lewat batas 26 jam');

      await row.getByTestId('sec-incident-open').click();
      await expectText(page, 'sec-number', overdueIncident.number);
      await expectTextIn(page.getByTestId('sec-overdue'), 'sec-notice-ict_office', 'Laporan ke Diskominfo belum dikirim, lewat batas 26 jam');
      await expectTextIn(page.getByTestId('sec-notice-card-ict_office'), 'sec-notice-ict_office', /lewat batas 26 jam$/);

      // The agency reported it just now: recorded, it is late rather than overdue.
      await page.getByTestId('sec-notice-record-ict_office').click();
      await page.getByTestId('sec-notice-note').fill('Dilaporkan lewat telepon oleh Kasubbag Umum Bappeda.');
      await page.getByTestId('sec-notice-save').click();
      await expectText(page, 'sec-notice-done', 'Laporan ke Diskominfo sudah dicatat.');
      await expectTextIn(page.getByTestId('sec-notice-card-ict_office'), 'sec-notice-ict_office', 'Laporan ke Diskominfo terlambat 26 jam');
      assert.equal(await page.getByTestId('sec-overdue').count(), 0, 'nothing is overdue any more');
      await expectTextIn(page.locator('[data-testid="sec-event"][data-action="notice_ict_office"]'), 'sec-event-note', /Kasubbag Umum Bappeda/);
    });
  });

  it('an operator acknowledges a policy for their agency and the coverage grows', async () => {
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'operator.dinkes');
      await page.goto(url('/keamanan'));
      const row = page.locator(`[data-testid="sec-policy-row"][data-policy-id="${policy.id}"]`);
      await expectTextIn(row, 'sec-policy-coverage', `0 dari ${agencyCount} PD`);
      await expectTextIn(row, 'sec-policy-own', `${dinkes.short_name}: Belum`);
      assert.equal(await page.getByTestId('sec-policy-create').count(), 0, 'operators do not write policies');
      await row.getByTestId('sec-policy-open').click();
      await expectText(page, 'sec-policy-title', policy.title);
      await expectText(page, 'sec-ack-coverage', `0 dari ${agencyCount} PD`);
      await expectTextIn(page.locator(`[data-testid="sec-ack-row"][data-agency-id="${dinkes.id}"]`), 'sec-ack-state', 'Belum');
      assert.equal(await page.getByTestId('sec-policy-publish').count(), 0, 'operators do not publish');

      await page.getByTestId('sec-ack-own-button').click();
      await expectText(page, 'sec-ack-done', `Pemberlakuan revisi 1 oleh ${dinkes.short_name} sudah dicatat.`);
      await expectText(page, 'sec-ack-coverage', `1 dari ${agencyCount} PD`);
      await page.getByTestId('sec-ack-own-done').waitFor();
      await expectTextIn(page.locator(`[data-testid="sec-ack-row"][data-agency-id="${dinkes.id}"]`), 'sec-ack-state', 'Sudah berlaku');
      await expectTextIn(page.locator(`[data-testid="sec-ack-row"][data-agency-id="${bappeda.id}"]`), 'sec-ack-state', 'Belum');

      await page.getByTestId('sec-back').click();
      const after = page.locator(`[data-testid="sec-policy-row"][data-policy-id="${policy.id}"]`);
      await expectTextIn(after, 'sec-policy-coverage', `1 dari ${agencyCount} PD`);
      await expectTextIn(after, 'sec-policy-own', `${dinkes.short_name}: Sudah berlaku`);
    });
  });

  it("operators neither find nor open another agency's incident", async () => {
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'operator.dinkes');
      await page.goto(url('/keamanan'));
      await page.getByTestId('sec-incident-table').or(page.getByTestId('sec-incidents-empty')).first().waitFor();
      const agencies = await page.getByTestId('sec-incident-agency').allTextContents();
      assert.ok(agencies.every((a) => a.trim() === dinkes.short_name), `only Dinkes: ${agencies}`);
      assert.equal(await page.getByTestId('sec-filter-agency').count(), 0, 'an operator has no agency filter');
      await page.getByTestId('sec-filter-q').fill(overdueIncident.number);
      await page.getByTestId('sec-filter-apply').click();
      await expectText(page, 'sec-incidents-empty', 'Tidak ada insiden yang cocok dengan saringan.');

      await page.goto(url(`/keamanan/insiden/${overdueIncident.id}`));
      await page.getByTestId('error-box').waitFor();
      assert.equal(await page.getByTestId('sec-title').count(), 0, 'the incident is not shown');
    });
  });

  it('leadership reads; the ICT office keeps the programme with the Sekda in charge', async () => {
    const csirt = `Madiunkota-CSIRT ${stamp()}`;
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'walikota');
      await page.goto(url('/keamanan'));
      await page.getByTestId('sec-programme-read-only').waitFor();
      await page.getByTestId('sec-policies-read-only').waitFor();
      for (const id of ['sec-incident-report', 'sec-programme-edit', 'sec-policy-create'])
        assert.equal(await page.getByTestId(id).count(), 0, `${id} is not offered to leadership`);
      await page.goto(url(`/keamanan/insiden/${overdueIncident.id}`));
      await expectText(page, 'sec-number', overdueIncident.number);
      await page.getByTestId('sec-read-only').waitFor();
      for (const id of ['sec-edit-open', 'sec-link-add', 'sec-notice-record-data_owner'])
        assert.equal(await page.getByTestId(id).count(), 0, `${id} is not offered to leadership`);
    });

    const programme = (await admin.get('/api/v1/security/programme')).body;
    const sekda = programme.suggested_person_in_charge;
    assert.ok(sekda, 'the demo region has a Sekda');
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'admin');
      await page.goto(url('/keamanan'));
      await page.getByTestId('sec-programme-edit').click();
      await page.getByTestId('sec-prog-hours-ict').fill('0');
      await page.getByTestId('sec-programme-save').click();
      await expectText(page, 'error-summary', /Isi jumlah jam antara 1 dan 720\./);
      await page.getByTestId('sec-prog-hours-ict').fill('24');
      await page.getByTestId('sec-prog-person').selectOption(String(sekda.id));
      await page.getByTestId('sec-prog-csirt-name').fill(csirt);
      await page.getByTestId('sec-prog-stage-planning-date').fill('2026-02-02');
      await page.getByTestId('sec-prog-stage-planning-note').fill('Rencana keamanan informasi 2026 disusun bersama Tim Koordinasi SPBE.');
      await page.getByTestId('sec-programme-save').click();
      await expectText(page, 'sec-programme-saved', 'Program keamanan informasi sudah disimpan.');
      await expectText(page, 'sec-programme-person', sekda.name);
      await expectText(page, 'sec-programme-csirt', new RegExp(csirt));
      assert.match(await page.locator('[data-testid="sec-programme-stage"][data-stage="planning"]').textContent(), /Rencana keamanan informasi 2026/);
    });
    const saved = (await admin.get('/api/v1/security/programme')).body;
    assert.equal(saved.csirt.name, csirt);
    assert.equal(saved.person_in_charge.id, sekda.id);
  });

  it('the ICT office writes a policy and publishes it; an operator links a dataset, and the data owner must be told', async () => {
    const title = `Keamanan jaringan antar PD uji ${stamp()}`;
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'admin');
      await page.goto(url('/keamanan'));
      await page.getByTestId('sec-policy-create').click();
      await page.getByTestId('sec-policy-create-submit').click();
      await expectText(page, 'error-summary', /Pilih jenis kebijakan\./);
      await page.getByTestId('sec-pol-new-kind-wan_security').check();
      await page.getByTestId('sec-pol-new-title').fill(title);
      await page.getByTestId('sec-pol-new-body').fill('Lalu lintas antar PD melewati firewall pusat data dan dicatat.');
      await page.getByTestId('sec-policy-create-submit').click();
      await page.waitForURL(/\/keamanan\/kebijakan\/\d+$/);
      await expectText(page, 'flash', 'Draf kebijakan sudah disimpan.');
      await expectText(page, 'sec-policy-state', 'Draf');
      await page.getByTestId('sec-ack-unpublished').waitFor();
      await page.getByTestId('sec-policy-publish').click();
      await expectText(page, 'sec-policy-done', 'Kebijakan sudah diterbitkan.');
      await expectText(page, 'sec-policy-state', 'Diterbitkan');
      await expectText(page, 'sec-policy-revision', /^Revisi 1, diterbitkan /);
      await expectText(page, 'sec-ack-coverage', `0 dari ${agencyCount} PD`);
      await expectText(page, 'sec-policy-body', 'Lalu lintas antar PD melewati firewall pusat data dan dicatat.');

      // A revision: the published text stays in force while the draft of revision 2 is written.
      await page.getByTestId('sec-policy-edit').click();
      await page.getByTestId('sec-policy-edit-opens-draft').waitFor();
      await page.getByTestId('sec-pol-edit-body').fill('Lalu lintas antar PD melewati firewall pusat data, dicatat, dan ditinjau setiap bulan.');
      await page.getByTestId('sec-policy-save').click();
      await expectText(page, 'sec-policy-done', 'Perubahan kebijakan sudah disimpan.');
      await expectText(page, 'sec-policy-state', 'Draf');
      await expectText(page, 'sec-policy-body', 'Lalu lintas antar PD melewati firewall pusat data dan dicatat.');
      await expectText(page, 'sec-policy-draft-body', 'Lalu lintas antar PD melewati firewall pusat data, dicatat, dan ditinjau setiap bulan.');
      await page.getByTestId('sec-policy-publish').click();
      await expectText(page, 'sec-policy-revision', /^Revisi 2, diterbitkan /);
      await expectText(page, 'sec-policy-body', 'Lalu lintas antar PD melewati firewall pusat data, dicatat, dan ditinjau setiap bulan.');
      assert.equal(await page.getByTestId('sec-policy-draft').count(), 0, 'no draft left');
    });

    const dataset = (await dinkesOperator.get(`/api/v1/datasets?agency_id=${dinkes.id}&limit=1`)).body.items[0];
    assert.ok(dataset, 'Dinkes has a dataset in the demo region');
    const incident = await dinkesOperator.post('/api/v1/security/incidents', {
      agency_id: dinkes.id,
      title: `Akses tidak sah ke data uji ${stamp()}`,
      description: 'Akun petugas dipakai dari luar kantor.',
      severity: 'low',
      detected_at: new Date(Date.now() - HOUR).toISOString(),
    });
    assert.equal(incident.status, 201, JSON.stringify(incident.body));
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'operator.dinkes');
      await page.goto(url(`/keamanan/insiden/${incident.body.id}`));
      await expectText(page, 'sec-notice-data_owner', 'Pemberitahuan tertulis ke pemilik data tidak diwajibkan');
      await page.getByTestId('sec-link-add').click();
      await page.getByTestId('sec-link-kind-dataset').check();
      await page.getByTestId('sec-link-q').fill(dataset.title.split(' ')[0]);
      await page.getByTestId('sec-link-search').click();
      await page.getByTestId(`sec-link-target-${dataset.id}`).check();
      await page.getByTestId('sec-link-save').click();
      await expectText(page, 'sec-link-done', 'Keterkaitan sudah ditambahkan.');
      await expectTextIn(page.locator(`[data-testid="sec-link"][data-kind="dataset"][data-target-id="${dataset.id}"]`), 'sec-link-label', dataset.title);
      // A dataset touched: the written notice to its owner is now due within 72 hours.
      await expectText(page, 'sec-notice-data_owner', /^Pemberitahuan tertulis ke pemilik data belum dikirim, sisa waktu 2 hari 2[23] jam$/);
      await expectText(page, 'sec-notice-required-data_owner', 'Ya');

      // Linked by mistake: removed after a confirmation, and the notice is no longer required.
      await page.getByTestId('sec-link-remove').click();
      await page.getByTestId('sec-link-remove-yes').click();
      await expectText(page, 'sec-link-done', 'Keterkaitan sudah dihapus.');
      await page.getByTestId('sec-links-empty').waitFor();
      await expectText(page, 'sec-notice-data_owner', 'Pemberitahuan tertulis ke pemilik data tidak diwajibkan');
    });
  });

  it('works on a phone of 320 px without sideways scrolling', async () => {
    await withPage(
      browser,
      async ({ page }) => {
        await signInAndWait(page, 'admin');
        const pages = [
          ['/keamanan', ['sec-incident-table', 'sec-policy-table', 'sec-programme-summary']],
          [`/keamanan/insiden/${overdueIncident.id}`, ['sec-title', 'sec-notices', 'sec-timeline']],
          [`/keamanan/kebijakan/${policy.id}`, ['sec-policy-title', 'sec-ack-table']],
          ['/keamanan/insiden/baru', ['sec-incident-form']],
        ];
        for (const [path, shown] of pages) {
          await page.goto(url(path));
          for (const id of shown) await page.getByTestId(id).waitFor();
          assert.ok((await horizontalOverflow(page)) <= 0, `${path} scrolls sideways at 320 px`);
        }
        // The form's fields, errors and all.
        await page.getByTestId('sec-incident-submit').click();
        await page.getByTestId('error-summary').waitFor();
        assert.ok((await horizontalOverflow(page)) <= 0, 'the report form with its errors scrolls sideways at 320 px');
      },
      { viewport: { width: 320, height: 640 } },
    );
  });
});

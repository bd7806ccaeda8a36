// The service desk staff pages (docs/service-desk-contract.md "Tickets") on the demo
// region Kota Madiun: an agency operator opens a ticket for their own agency through
// the form (the field errors first), starts it, writes an internal note and
// escalates it with a reason; the ICT office finds it in the Tier 2 queue with its
// SLA clock in words (also by a word that only the internal note holds) and hands it
// back with a reason; the operator resolves it; the timeline shows every step.
// Leadership reads the ticket without step buttons, forms or the reporter's data;
// another agency's operator is told the ticket cannot be opened. Asking the
// reporter pauses the resolution clock ("dijeda — menunggu pelapor"); a resolved
// ticket is closed and reopened with a reason. The ICT office opens a ticket for
// any agency and names one of its services. The queue filters by priority and
// "past the SLA". The handler changes the priority and takes the ticket on (the
// deadline moves, the timeline says what changed). A step or a change sent after
// someone else changed the ticket is a conflict that keeps what was typed.
// Attachments and links to other tickets are added and removed. The pages fit a
// 320 px phone screen.
//
// The test makes its own tickets (unique titles), so it can run again on the same server.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { demoAgencySessions, expectText, expectTextIn, horizontalOverflow, launchBrowser, signInAndWait, url, withPage } from './helpers.mjs';

const stamp = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;
// The SLA clock in words: "sisa 7 jam 45 menit kerja", "lewat 40 menit kerja", "dijeda — menunggu pelapor".
const CLOCK_WORDS = /^(sisa (\d+ jam)?( ?\d+ menit)? kerja|lewat (\d+ jam)?( ?\d+ menit)? kerja|dijeda — menunggu pelapor|terpenuhi|sisa kurang dari 1 menit kerja)$/;

describe('service desk tickets', () => {
  let browser;
  let admin;
  let dinkesOperator;
  let dinkes;
  before(async () => {
    browser = await launchBrowser();
    ({ admin, dinkesOperator, dinkes } = await demoAgencySessions());
  });
  after(async () => {
    await browser?.close();
  });

  // A ticket of Dinkes opened through the API by its operator, for the tests that start from one.
  async function makeTicket(fields = {}) {
    const r = await dinkesOperator.post('/api/v1/tickets', {
      kind: 'incident',
      title: `Jaringan puskesmas putus ${stamp()}`,
      description: 'Sambungan internet di Puskesmas Oro-oro Ombo terputus sejak pagi.',
      agency_id: dinkes.id,
      priority: 'high',
      reporter: { name: 'Sri Wahyuni', email: 'sri.wahyuni@example.go.id' },
      ...fields,
    });
    assert.equal(r.status, 201, JSON.stringify(r.body));
    return r.body;
  }

  it('a ticket goes from the agency to the ICT office and back, and is resolved; the timeline shows every step', async () => {
    const word = `kabelpatch${stamp()}`;
    const title = `Printer jaringan lantai 2 mati ${stamp()}`;
    let ticketPath = '';
    let number = '';

    // The operator opens it through the form: the field errors first.
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'operator.dinkes');
      await page.goto(url('/tiket'));
      await page.getByTestId('sd-tabs').waitFor();
      await page.getByTestId('sd-create').click();
      await page.getByTestId('sd-create-form').waitFor();
      await expectText(page, 'sd-new-own-agency', new RegExp(dinkes.name));
      assert.equal(await page.getByTestId('sd-new-agency').count(), 0, 'an operator does not choose the agency');
      await page.getByTestId('sd-new-title').fill('ab');
      await page.getByTestId('sd-new-reporter-email').fill('bukan-surel');
      await page.getByTestId('sd-create-submit').click();
      await page.getByTestId('error-summary').waitFor();
      await expectText(page, 'sd-new-kind-error', 'Pilih jenis tiket.');
      await expectText(page, 'sd-new-title-error', /3-200 karakter/);
      await expectText(page, 'sd-new-description-error', /Isi uraian/);
      await expectText(page, 'sd-new-reporter-name-error', /nama pelapor/);
      await expectText(page, 'sd-new-reporter-email-error', /alamat surel/);

      await page.getByTestId('sd-new-kind-incident').check();
      await page.getByTestId('sd-new-title').fill(title);
      await page.getByTestId('sd-new-description').fill('Printer bersama di ruang pelayanan tidak dapat dipakai sejak pukul 08.00.');
      await page.getByTestId('sd-new-priority-high').check();
      await page.getByTestId('sd-new-channel').selectOption('phone');
      await page.getByTestId('sd-new-reporter-name').fill('Budi Santoso');
      await page.getByTestId('sd-new-reporter-email').fill('budi.santoso@example.go.id');
      await page.getByTestId('sd-create-submit').click();
      await expectText(page, 'flash', /Tiket sudah dibuat/);
      await expectText(page, 'sd-title', title);
      await expectText(page, 'sd-status', 'Baru');
      await expectText(page, 'sd-tier', 'Service Desk Tier 1');
      await expectText(page, 'sd-priority', 'Tinggi');
      await expectText(page, 'sd-kind', /^Gangguan/);
      await expectText(page, 'sd-reporter-name', 'Budi Santoso');
      await expectText(page, 'sd-sla-resolution-words', CLOCK_WORDS);
      await expectText(page, 'sd-sla-resolution-due', /^batas: .+ WIB$/);
      number = await expectText(page, 'sd-number', /^LYN-\d{4}-\d{6}$/);
      ticketPath = new URL(page.url()).pathname;
      assert.match(ticketPath, /^\/tiket\/\d+$/);

      await page.getByTestId('sd-action-start').click();
      await expectText(page, 'sd-status', 'Sedang ditangani');
      await expectText(page, 'sd-done', 'Tiket mulai ditangani.');

      // An internal note: staff only, the default for staff.
      assert.equal(await page.getByTestId('sd-comment-visibility-internal').isChecked(), true, 'internal is the default');
      await page.getByTestId('sd-comment-body').fill(`Sudah dicoba ganti ${word}, printer tetap tidak terdeteksi.`);
      await page.getByTestId('sd-comment-submit').click();
      const note = page.getByTestId('sd-comment').filter({ hasText: word });
      await expectTextIn(note, 'sd-comment-tag', 'Internal — hanya petugas');

      // Escalating needs a reason.
      await page.getByTestId('sd-action-escalate').click();
      await page.getByTestId('sd-step-submit').click();
      await expectText(page, 'sd-step-reason-error', 'Tuliskan alasannya.');
      await page.getByTestId('sd-step-reason').fill('Perlu penggantian switch di ruang server, wewenang Dinas Kominfo.');
      await page.getByTestId('sd-step-submit').click();
      await expectText(page, 'sd-tier', 'Service Desk Tier 2');
      await expectText(page, 'sd-status', 'Baru');
      await expectText(page, 'sd-done', /dieskalasi/);
      // At Tier 2 the operator still reads and comments, but takes no steps and changes nothing.
      await expectText(page, 'sd-at-tier2', /sedang ditangani Service Desk Tier 2/);
      assert.equal(await page.getByTestId('sd-steps').count(), 0, 'no steps for Tier 1 at Tier 2');
      assert.equal(await page.getByTestId('sd-edit-open').count(), 0);
      await page.getByTestId('sd-comment-form').waitFor();
    });

    // The ICT office: the Tier 2 queue, the SLA words, the search by the internal note's word; hands it back.
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'admin');
      await page.goto(url('/tiket?tingkat=2'));
      await expectText(page, 'sd-queue-title', 'Tiket di Service Desk Tier 2');
      await page.getByTestId('sd-filter-q').fill(word);
      await page.getByTestId('sd-filter-apply').click();
      const row = page.locator(`[data-testid="sd-row"]`, { hasText: number });
      await row.waitFor();
      // The unfiltered queue may already show this ticket: wait for the search's answer to replace it.
      await page
        .waitForFunction(() => document.querySelectorAll('[data-testid="sd-row"]').length === 1, null, { timeout: 10_000 })
        .catch(() => {});
      assert.equal(await page.getByTestId('sd-row').count(), 1, 'the word is in this ticket only');
      await expectTextIn(row, 'sd-row-title', title);
      await expectTextIn(row, 'sd-row-agency', dinkes.short_name);
      await expectTextIn(row, 'sd-row-kind', 'Gangguan');
      await expectTextIn(row, 'sd-row-priority', 'Tinggi');
      await expectTextIn(row, 'sd-row-status', 'Baru');
      await expectTextIn(row, 'sd-row-resolution-words', CLOCK_WORDS);
      await expectTextIn(row, 'sd-row-resolution', /^Penyelesaian: /);

      await row.getByTestId('sd-row-open').click();
      await expectText(page, 'sd-title', title);
      await expectText(page, 'sd-reporter-name', 'Budi Santoso');
      await page.getByTestId('sd-action-hand_back').click();
      await page.getByTestId('sd-step-reason').fill('Switch sudah diganti; mohon periksa pengaturan printer di perangkat daerah.');
      await page.getByTestId('sd-step-submit').click();
      await expectText(page, 'sd-tier', 'Service Desk Tier 1');
      await expectText(page, 'sd-done', /dikembalikan/);
    });

    // The operator resolves it; the timeline shows every step with its reason.
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'operator.dinkes');
      await page.goto(url(ticketPath));
      await expectText(page, 'sd-tier', 'Service Desk Tier 1');
      await page.getByTestId('sd-action-resolve').click();
      await page.getByTestId('sd-step-reason').fill('Driver printer dipasang ulang; printer sudah dapat dipakai.');
      await page.getByTestId('sd-step-submit').click();
      await expectText(page, 'sd-status', 'Terselesaikan');
      await expectText(page, 'sd-sla-resolution-words', /^(terpenuhi|lewat .+)$/);
      const actions = await page.getByTestId('sd-event').evaluateAll((items) => items.map((i) => i.getAttribute('data-action')));
      for (const step of ['open', 'start', 'comment', 'escalate', 'hand_back', 'resolve'])
        assert.ok(actions.includes(step), `the timeline shows ${step}: ${actions.join(', ')}`);
      assert.ok(actions.indexOf('open') < actions.indexOf('escalate') && actions.indexOf('escalate') < actions.indexOf('hand_back'), 'in order');
      const escalation = page.locator('[data-testid="sd-event"][data-action="escalate"]');
      await expectTextIn(escalation, 'sd-event-label', 'Dieskalasi ke Service Desk Tier 2');
      await expectTextIn(escalation, 'sd-event-reason', /Perlu penggantian switch/);
      await expectTextIn(escalation, 'sd-event-tier', 'Tingkat: Service Desk Tier 1 → Service Desk Tier 2');
      await expectTextIn(page.locator('[data-testid="sd-event"][data-action="hand_back"]'), 'sd-event-reason', /Switch sudah diganti/);
      await expectTextIn(page.locator('[data-testid="sd-event"][data-action="resolve"]'), 'sd-event-status', /→ Terselesaikan$/);
    });

    // Leadership reads it: no steps, no forms, no reporter data.
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'walikota');
      await page.goto(url(ticketPath));
      await expectText(page, 'sd-title', title);
      await expectText(page, 'sd-reporter-hidden', /hanya terlihat oleh petugas yang menangani/);
      await page.getByTestId('sd-read-only').waitFor();
      for (const id of ['sd-steps', 'sd-action-close', 'sd-action-reopen', 'sd-edit-open', 'sd-comment-form', 'sd-attachment-form', 'sd-link-add', 'sd-reporter-name'])
        assert.equal(await page.getByTestId(id).count(), 0, `${id} is not shown to leadership`);
      assert.ok(!(await page.textContent('body')).includes('Budi Santoso'), 'the reporter\'s name is nowhere on the page');
      await page.goto(url('/tiket'));
      await page.getByTestId('sd-read-only').waitFor();
      assert.equal(await page.getByTestId('sd-create').count(), 0, 'leadership opens no tickets');
    });

    // Another agency's operator: not found.
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'operator.bappeda');
      await page.goto(url(ticketPath));
      await expectText(page, 'sd-not-found', /^Tiket tidak (ditemukan|dapat dibuka)$/);
      await expectText(page, 'sd-not-found-detail', /perangkat daerah/);
      assert.ok(!(await page.textContent('body')).includes(title), 'nothing of the ticket shows');
    });
  });

  it('asking the reporter pauses the resolution clock until handling resumes; a resolved ticket is closed and reopened with a reason', async () => {
    const ticket = await makeTicket();
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'operator.dinkes');
      await page.goto(url(`/tiket/${ticket.id}`));
      await page.getByTestId('sd-action-start').click();
      await expectText(page, 'sd-status', 'Sedang ditangani');
      await page.getByTestId('sd-action-wait_for_reporter').click();
      await page.getByTestId('sd-step-submit').click();
      await expectText(page, 'sd-step-reason-error', 'Tulis pertanyaan untuk pelapor.');
      await page.getByTestId('sd-step-reason').fill('Apakah lampu indikator modem menyala merah?');
      await page.getByTestId('sd-step-submit').click();
      await expectText(page, 'sd-status', 'Menunggu pelapor');
      await expectText(page, 'sd-sla-resolution-words', 'dijeda — menunggu pelapor');
      // The question reaches the reporter as a public comment.
      const question = page.getByTestId('sd-comment').filter({ hasText: 'lampu indikator modem' });
      await expectTextIn(question, 'sd-comment-tag', 'Publik — terlihat pelapor');

      await page.getByTestId('sd-action-resume').click();
      await expectText(page, 'sd-status', 'Sedang ditangani');
      await expectText(page, 'sd-sla-resolution-words', CLOCK_WORDS);
      assert.notEqual(await page.getByTestId('sd-sla-resolution-words').textContent(), 'dijeda — menunggu pelapor');
      await page.getByTestId('sd-action-resolve').click();
      await page.getByTestId('sd-step-reason').fill('Modem diganti oleh penyedia jaringan.');
      await page.getByTestId('sd-step-submit').click();
      await page.getByTestId('sd-action-close').click();
      await expectText(page, 'sd-status', 'Ditutup');
      assert.equal(await page.getByTestId('sd-edit-open').count(), 0, 'a closed ticket is not changed');
      await page.getByTestId('sd-action-reopen').click();
      await page.getByTestId('sd-step-reason').fill('Jaringan putus lagi sore ini.');
      await page.getByTestId('sd-step-submit').click();
      await expectText(page, 'sd-status', 'Sedang ditangani');
      await expectTextIn(page.locator('[data-testid="sd-event"][data-action="reopen"]'), 'sd-event-reason', 'Jaringan putus lagi sore ini.');
    });
  });

  it('the ICT office opens a ticket for any agency, naming one of its services', async () => {
    const service = (await admin.get(`/api/v1/services?agency_id=${dinkes.id}&limit=100`)).body.items[0];
    assert.ok(service, 'Dinkes has a service in the demo region');
    const title = `Antrean daring puskesmas tidak bisa diakses ${stamp()}`;
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'admin');
      await page.goto(url('/tiket/baru'));
      await page.getByTestId('sd-create-form').waitFor();
      await page.locator(`#sd-new-agency option[value="${dinkes.id}"]`).waitFor({ state: 'attached' });
      await page.getByTestId('sd-new-agency').selectOption(String(dinkes.id));
      await page.locator(`#sd-new-service option[value="${service.id}"]`).waitFor({ state: 'attached' });
      await page.getByTestId('sd-new-service').selectOption(String(service.id));
      await page.getByTestId('sd-new-kind-complaint').check();
      await page.getByTestId('sd-new-title').fill(title);
      await page.getByTestId('sd-new-description').fill('Warga mengadu lewat telepon: pendaftaran antrean daring selalu gagal.');
      await page.getByTestId('sd-create-submit').click();
      await expectText(page, 'sd-title', title);
      await expectText(page, 'sd-agency', new RegExp(dinkes.short_name));
      await expectText(page, 'sd-service', service.name);
      await expectText(page, 'sd-kind', /^Keluhan/);
      await expectText(page, 'sd-priority', 'Sedang');
      await page.getByTestId('sd-reporter-none').waitFor();
    });
  });

  it('the Tier 1 queue of an operator holds their agency\'s open tickets with the SLA words, filtered by priority and "past the SLA"', async () => {
    const mine = await makeTicket({ priority: 'critical' });
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'operator.dinkes');
      await page.goto(url('/tiket'));
      await expectText(page, 'sd-queue-title', 'Tiket di Service Desk Tier 1');
      assert.equal(await page.getByTestId('sd-filter-agency').count(), 0, 'an operator sees their own agency only');
      await page.getByTestId('sd-filter-priority').selectOption('critical');
      await page.getByTestId('sd-filter-apply').click();
      const row = page.locator(`[data-testid="sd-row"][data-ticket-id="${mine.id}"]`);
      await row.waitFor();
      await expectTextIn(row, 'sd-row-priority', 'Kritis');
      await expectTextIn(row, 'sd-row-response-words', CLOCK_WORDS);
      await expectTextIn(row, 'sd-row-resolution-words', CLOCK_WORDS);
      // The unfiltered queue may already show this ticket: wait for the filter's answer to replace it.
      await page
        .waitForFunction(
          () => [...document.querySelectorAll('[data-testid="sd-row-priority"]')].every((p) => p.textContent.trim() === 'Kritis'),
          null,
          { timeout: 10_000 },
        )
        .catch(() => {});
      const priorities = await page.getByTestId('sd-row-priority').allTextContents();
      assert.ok(priorities.every((p) => p.trim() === 'Kritis'), `only critical: ${priorities}`);
      const agencies = await page.getByTestId('sd-row-agency').allTextContents();
      assert.ok(agencies.every((a) => a.startsWith(dinkes.short_name)), `only Dinkes: ${agencies}`);

      // A ticket opened just now is not past its SLA.
      await page.getByTestId('sd-filter-only-breached').check();
      await page.getByTestId('sd-filter-apply').click();
      await page.locator(`[data-testid="sd-row"][data-ticket-id="${mine.id}"]`).waitFor({ state: 'detached' });
      await page.locator('[data-testid="sd-empty"], [data-testid="sd-queue-table"]').first().waitFor();
      const rows = await page.getByTestId('sd-row').evaluateAll((items) =>
        items.map((row) => [...row.querySelectorAll('[data-state]')].map((clock) => clock.getAttribute('data-state'))),
      );
      assert.ok(rows.every((states) => states.includes('breached')), `only tickets past a deadline: ${JSON.stringify(rows)}`);
    });
  });

  it('a step sent after someone else changed the ticket is a conflict; the reason typed is kept', async () => {
    const ticket = await makeTicket();
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'operator.dinkes');
      await page.goto(url(`/tiket/${ticket.id}`));
      await expectText(page, 'sd-status', 'Baru');
      await page.getByTestId('sd-action-escalate').click();
      await page.getByTestId('sd-step-reason').fill('Alasan yang tidak boleh hilang');
      // Meanwhile the ICT office writes a note: the ticket's version moves on.
      const changed = await admin.post(`/api/v1/tickets/${ticket.id}/comments`, { body: 'Catatan dari Dinas Kominfo', visibility: 'internal' });
      assert.equal(changed.status, 201, JSON.stringify(changed.body));
      await page.getByTestId('sd-step-submit').click();
      await page.getByTestId('sd-step-conflict').waitFor();
      await page.getByTestId('sd-step-conflict-reload').click();
      await expectTextIn(page.getByTestId('sd-comment').last(), 'sd-comment-body', 'Catatan dari Dinas Kominfo');
      assert.equal(await page.getByTestId('sd-step-reason').inputValue(), 'Alasan yang tidak boleh hilang');
      await page.getByTestId('sd-step-submit').click();
      await expectText(page, 'sd-tier', 'Service Desk Tier 2');

      // A step from the wrong status is refused in plain words (the server's).
      const now = (await admin.get(`/api/v1/tickets/${ticket.id}`)).body;
      const refused = await admin.post(`/api/v1/tickets/${ticket.id}/actions`, { action: 'close' }, { 'If-Match': `"${now.version}"` });
      assert.equal(refused.status, 409, JSON.stringify(refused.body));
    });
  });

  it('the handler changes the priority and takes the ticket on: the deadlines move, the timeline says what changed; a change saved first by someone else keeps what was chosen', async () => {
    const ticket = await makeTicket({ priority: 'low' });
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'operator.dinkes');
      await page.goto(url(`/tiket/${ticket.id}`));
      await expectText(page, 'sd-priority', 'Rendah');
      const dueBefore = await expectText(page, 'sd-sla-resolution-due', /^batas: /);
      await page.getByTestId('sd-edit-open').click();
      await page.getByTestId('sd-edit-priority').selectOption('critical');
      await page.getByTestId('sd-edit-assignee').selectOption(String(dinkesOperator.user.id));
      await page.getByTestId('sd-edit-save').click();
      await expectText(page, 'sd-done', 'Perubahan tiket sudah disimpan.');
      await expectText(page, 'sd-priority', 'Kritis');
      await expectText(page, 'sd-assignee', dinkesOperator.user.display_name);
      assert.notEqual(await expectText(page, 'sd-sla-resolution-due', /^batas: /), dueBefore, 'a higher priority brings the deadline forward');
      const update = page.locator('[data-testid="sd-event"][data-action="update"]');
      await expectTextIn(update, 'sd-event-label', 'Tiket diubah');
      await expectTextIn(update, 'sd-event-reason', /^Yang diubah: .*prioritas/);

      // Someone else changes it first: a conflict; what was chosen is listed after loading the latest.
      const now = (await admin.get(`/api/v1/tickets/${ticket.id}`)).body;
      await page.getByTestId('sd-edit-open').click();
      await page.getByTestId('sd-edit-kind').selectOption('problem');
      const other = await admin.patch(`/api/v1/tickets/${ticket.id}`, { priority: 'medium' }, { 'If-Match': `"${now.version}"` });
      assert.equal(other.status, 200, JSON.stringify(other.body));
      await page.getByTestId('sd-edit-save').click();
      await page.getByTestId('sd-edit-conflict').waitFor();
      await page.getByTestId('sd-edit-conflict-reload').click();
      await expectText(page, 'sd-edit-unsaved', /Jenis: Masalah/);
      assert.equal(await page.getByTestId('sd-edit-priority').inputValue(), 'medium');
    });
  });

  it('attachments and links to other tickets: added, seen from both sides, removed', async () => {
    const first = await makeTicket();
    const second = await makeTicket({ title: `Jaringan puskesmas putus (laporan kedua) ${stamp()}` });
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'operator.dinkes');
      await page.goto(url(`/tiket/${second.id}`));
      await page.getByTestId('sd-attachments-empty').waitFor();
      await page.getByTestId('sd-attachment-submit').click();
      await expectText(page, 'sd-attachment-file-error', /Pilih berkas/);
      await page.getByTestId('sd-attachment-file').setInputFiles({ name: 'log-router.txt', mimeType: 'text/plain', buffer: Buffer.from('ping 10.0.0.1: timeout\n') });
      await page.getByTestId('sd-attachment-file-current').waitFor();
      await page.getByTestId('sd-attachment-submit').click();
      await expectText(page, 'sd-attachment-link', 'log-router.txt');
      assert.match(await page.getByTestId('sd-attachment-link').getAttribute('href'), /^\/api\/v1\/files\/[0-9a-f]{64}$/);

      await page.getByTestId('sd-links-empty').waitFor();
      await page.getByTestId('sd-link-add').click();
      await page.getByTestId('sd-link-save').click();
      await expectText(page, 'sd-link-other-error', /pilih tiket/);
      await page.getByTestId('sd-link-q').fill(first.number);
      await page.getByTestId('sd-link-q').press('Enter'); // searches; does not send the form
      await page.getByTestId(`sd-link-other-${first.id}`).check();
      await page.getByTestId('sd-link-kind-duplicate_of').check();
      await page.getByTestId('sd-link-save').click();
      await expectText(page, 'sd-link-done', /dicatat/);
      await expectTextIn(page.getByTestId('sd-link'), 'sd-link-phrase', 'Tiket ini duplikat dari');
      await expectTextIn(page.getByTestId('sd-link'), 'sd-link-other', new RegExp(first.number));

      await page.getByTestId('sd-link-other').click();
      await expectText(page, 'sd-number', first.number);
      await expectTextIn(page.locator('[data-testid="sd-link"][data-direction="incoming"]'), 'sd-link-phrase', 'Tiket ini memiliki duplikat');
      await page.getByTestId('sd-link-remove').click();
      await page.getByTestId('sd-link-remove-yes').click();
      await expectText(page, 'sd-link-done', /dihapus/);
      await page.getByTestId('sd-links-empty').waitFor();
      await page.locator('[data-testid="sd-event"][data-action="unlink"]').waitFor();
      await page.goto(url(`/tiket/${second.id}`));
      await expectTextIn(page.locator('[data-testid="sd-event"][data-action="attach"]'), 'sd-event-reason', 'log-router.txt');
      await expectTextIn(page.locator('[data-testid="sd-event"][data-action="link"]'), 'sd-event-reason', `duplikat dari ${first.number}`);
    });
  });

  it('the pages fit a 320 px phone screen', async () => {
    const ticket = await makeTicket();
    await withPage(
      browser,
      async ({ page }) => {
        await signInAndWait(page, 'operator.dinkes');
        await page.goto(url('/tiket'));
        await page.getByTestId('sd-queue-table').waitFor();
        assert.ok((await horizontalOverflow(page)) <= 0, 'the queue fits');
        await page.goto(url('/tiket/baru'));
        await page.getByTestId('sd-create-form').waitFor();
        assert.ok((await horizontalOverflow(page)) <= 0, 'the form fits');
        await page.goto(url(`/tiket/${ticket.id}`));
        await page.getByTestId('sd-timeline').waitFor();
        await page.getByTestId('sd-edit-open').click();
        await page.getByTestId('sd-edit-form').waitFor();
        assert.ok((await horizontalOverflow(page)) <= 0, 'the ticket page fits');
      },
      { viewport: { width: 320, height: 640 } },
    );
  });
});

// The public complaint channel (docs/service-desk-contract.md "Public complaints";
// Kendari Pasal 21 ayat (6), Madiun Pasal 23 ayat (4) huruf h) on the demo region
// Kota Madiun: a citizen who is not signed in files a complaint through the form
// (errors beside the fields first, what was typed kept over a reload, the trap field
// out of sight), gets the tracking code once and follows it; the staff answer in
// public, leave an internal note and ask a question; the citizen sees the answer
// and the question but never the internal note, replies, and sees the complaint
// move on; a wrong code gets a kind "not found"; markup in a title shows as text;
// the pages fit a 320 px phone.
//
// Each run files one complaint (the server allows a few per hour from one address).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { apiSession, expectText, expectTextIn, horizontalOverflow, launchBrowser, signInAndWait, url, withPage } from './helpers.mjs';

const stamp = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;
const CODE = /^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/;

describe('public complaints', () => {
  let browser;
  let admin;
  let options;
  before(async () => {
    browser = await launchBrowser();
    admin = await apiSession('admin');
    const r = await fetch(url('/api/v1/public/complaint-options'), { headers: { Accept: 'application/json' } });
    assert.equal(r.status, 200, 'the complaint options are public');
    options = await r.json();
    assert.ok(options.services.length > 0, 'the demo region has public services');
  });
  after(async () => {
    await browser?.close();
  });

  // The staff side, through the API as the ICT office: the ticket behind a complaint, and its steps.
  async function ticketOf(number) {
    const r = await admin.get(`/api/v1/tickets?q=${encodeURIComponent(number)}&status=open`);
    assert.equal(r.status, 200, JSON.stringify(r.body));
    const found = r.body.items.find((t) => t.number === number);
    assert.ok(found, `the complaint ${number} is a ticket the staff see`);
    return found;
  }
  async function step(id, action, reason) {
    const current = await admin.get(`/api/v1/tickets/${id}`);
    const r = await admin.post(`/api/v1/tickets/${id}/actions`, reason ? { action, reason } : { action }, { 'If-Match': current.headers.get('etag') });
    assert.equal(r.status, 200, `${action}: ${JSON.stringify(r.body)}`);
    return r.body;
  }
  async function comment(id, body, visibility) {
    const r = await admin.post(`/api/v1/tickets/${id}/comments`, { body, visibility });
    assert.equal(r.status, 201, JSON.stringify(r.body));
  }

  it('a citizen files a complaint, follows it, reads the staff answer and replies; Tier 1 escalates, Tier 2 resolves, the citizen reads the resolution', async () => {
    const mark = stamp();
    const title = `<b>Lampu</b> jalan mati <script>window.__xss=1</script> ${mark}`;
    // A public service of Dinkes, so that Dinkes' operator is its Tier 1.
    const dinkes = options.agencies.find((a) => a.short_name === 'Dinkes');
    const service = options.services.find((s) => s.agency_id === dinkes?.id);
    assert.ok(service, 'Dinkes has a public service in the demo');
    let code;
    let number;
    await withPage(browser, async ({ page }) => {
      const dialogs = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      // From the home page to the form.
      await page.goto(url('/'));
      await page.getByTestId('status-complaint').click();
      await expectText(page, 'complaint-heading', 'Pengaduan layanan');
      await expectText(page, 'cp-reporter-note', /hanya dilihat petugas yang menangani pengaduan Anda/);

      // The trap field is out of sight and out of the keyboard's way.
      const trap = page.getByTestId('cp-website');
      assert.equal(await trap.getAttribute('tabindex'), '-1');
      assert.equal(await page.locator('.complaint-trap').getAttribute('aria-hidden'), 'true');
      const box = await trap.boundingBox();
      assert.ok(!box || box.x + box.width <= 0 || box.width <= 1, `the trap field is not visible: ${JSON.stringify(box)}`);

      // Nothing filled: every missing answer beside its field and in the summary.
      await page.getByTestId('cp-submit').click();
      await page.getByTestId('error-summary').waitFor();
      await expectText(page, 'cp-where-error', 'Pilih layanan atau perangkat daerah yang diadukan.');
      await expectText(page, 'cp-title-error', 'Tuliskan judul pengaduan.');
      await expectText(page, 'cp-description-error', 'Ceritakan apa yang terjadi.');
      await expectText(page, 'cp-name-error', 'Tuliskan nama Anda.');
      assert.equal(await page.getByTestId('error-summary-item').count(), 4);

      // Partly wrong: a short title and a broken e-mail address.
      await page.getByTestId('cp-where').selectOption(`service:${service.id}`);
      await page.getByTestId('cp-title').fill('Lam');
      await page.getByTestId('cp-description').fill(`Sudah tiga malam lampu jalan di depan rumah mati. ${mark}`);
      await page.getByTestId('cp-name').fill('Siti Aminah');
      await page.getByTestId('cp-email').fill('siti.contoh');
      await page.getByTestId('cp-submit').click();
      await expectText(page, 'cp-title-error', 'Judul paling sedikit 5 karakter.');
      await expectText(page, 'cp-email-error', /alamat e-mail yang benar/);
      assert.equal(await page.getByTestId('cp-where-error').count(), 0, 'the chosen service is accepted');

      // What was typed survives a reload.
      await page.getByTestId('cp-title').fill(title);
      await page.getByTestId('cp-email').fill('siti@contoh.id');
      // The draft is kept in this tab's storage as soon as it is typed.
      await page.waitForFunction(() => Object.keys(sessionStorage).some((k) => (sessionStorage.getItem(k) ?? '').includes('siti@contoh.id')));
      await page.reload();
      await page.getByTestId('complaint-form').waitFor();
      assert.equal(await page.getByTestId('cp-title').inputValue(), title);
      assert.equal(await page.getByTestId('cp-where').inputValue(), `service:${service.id}`);
      assert.equal(await page.getByTestId('cp-email').inputValue(), 'siti@contoh.id');

      // Sent: the number and the tracking code, shown once, with a copy button.
      await page.getByTestId('cp-submit').click();
      await page.getByTestId('complaint-filed').waitFor();
      code = (await page.getByTestId('cp-tracking-code').textContent()).trim();
      assert.match(code, CODE);
      number = (await expectText(page, 'cp-filed-number', /^Nomor pengaduan LYN-\d{4}-\d{6}, diterima /)).match(/LYN-\d{4}-\d{6}/)[0];
      await expectText(page, 'secret-warning', /hanya ditampilkan sekali/);
      await page.getByTestId('copy-secret').waitFor();

      // Follow it: status in plain words, the title as typed (no markup, no script).
      await page.getByTestId('cp-follow').click();
      await page.waitForURL(/\/lacak\?kode=/);
      await expectText(page, 'track-number', number);
      await expectText(page, 'track-status', 'Diterima, menunggu ditangani');
      await expectText(page, 'track-service', service.name);
      await expectText(page, 'track-title', title);
      assert.equal(await page.getByTestId('track-title').locator('b, script').count(), 0, 'the title is text, not markup');
      assert.equal(await page.evaluate(() => window.__xss), undefined, 'no script ran');
      assert.deepEqual(dialogs, [], 'no dialog opened');
      // The form was emptied after sending: a new complaint starts blank.
      await page.goto(url('/pengaduan'));
      await page.getByTestId('complaint-form').waitFor();
      assert.equal(await page.getByTestId('cp-title').inputValue(), '');
    });

    // The staff: an internal note, a public answer, then a question to the reporter.
    const ticket = await ticketOf(number);
    assert.equal(ticket.kind, 'complaint');
    await comment(ticket.id, `Catatan internal petugas ${mark}`, 'internal');
    await step(ticket.id, 'start');
    await comment(ticket.id, `Terima kasih, laporan Anda sedang kami periksa. ${mark}`, 'public');
    await step(ticket.id, 'wait_for_reporter', `Mohon sebutkan nomor tiang lampu terdekat. ${mark}`);

    await withPage(browser, async ({ page }) => {
      // Typed in lower case without dashes: the same complaint.
      await page.goto(url('/lacak'));
      await page.getByTestId('track-code').fill(code.replace(/-/g, '').toLowerCase());
      await page.getByTestId('track-submit').click();
      await expectText(page, 'track-number', number);
      await expectText(page, 'track-status', 'Menunggu jawaban Anda');
      await expectText(page, 'track-waiting', /Petugas menunggu jawaban Anda/);
      const bodies = (await page.getByTestId('track-update-body').allTextContents()).map((s) => s.trim());
      assert.ok(bodies.includes(`Terima kasih, laporan Anda sedang kami periksa. ${mark}`), `the public answer shows: ${bodies}`);
      assert.ok(bodies.includes(`Mohon sebutkan nomor tiang lampu terdekat. ${mark}`), `the question shows: ${bodies}`);
      assert.ok(!bodies.some((b) => b.includes('Catatan internal')), 'the internal note never shows');
      assert.equal(await page.getByText(`Catatan internal petugas ${mark}`).count(), 0);

      // The reply: empty first, then the answer; the complaint moves on.
      await page.getByTestId('track-reply-submit').click();
      await expectText(page, 'track-reply-body-error', 'Tuliskan balasan Anda.');
      await page.getByTestId('track-reply-body').fill(`Tiang nomor 17, depan warung. ${mark}`);
      await page.getByTestId('track-reply-submit').click();
      await page.getByTestId('track-replied').waitFor();
      await expectText(page, 'track-status', 'Sedang ditangani');
      const mine = page.locator('[data-testid="track-update"][data-from="reporter"]');
      await expectTextIn(mine.last(), 'track-update-body', `Tiang nomor 17, depan warung. ${mark}`);
      await expectTextIn(mine.last(), 'track-update-from', 'Balasan Anda');
      assert.equal(await page.getByTestId('track-waiting').count(), 0, 'no longer waiting for the reporter');
    });
    const after = await admin.get(`/api/v1/tickets/${ticket.id}`);
    assert.equal(after.body.status, 'in_progress', 'the reply resumed the ticket');

    // Tier 1 (the agency's operator) cannot solve it and escalates it; Tier 2 (the ICT office)
    // resolves it in the ticket page; the citizen reads the resolution.
    const operator = await apiSession('operator.dinkes');
    const current = await operator.get(`/api/v1/tickets/${ticket.id}`);
    assert.equal(current.status, 200, JSON.stringify(current.body));
    const escalated = await operator.post(`/api/v1/tickets/${ticket.id}/actions`, { action: 'escalate', reason: `Perlu bantuan Diskominfo. ${mark}` }, { 'If-Match': current.headers.get('etag') });
    assert.equal(escalated.status, 200, JSON.stringify(escalated.body));
    assert.equal(escalated.body.tier, 'tier2');
    const resolution = `Lampu jalan diganti oleh petugas, sudah menyala lagi. ${mark}`;
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'admin');
      await page.goto(url(`/tiket/${ticket.id}`));
      await expectText(page, 'sd-tier', 'Service Desk Tier 2');
      await page.getByTestId('sd-action-resolve').click();
      await page.getByTestId('sd-step-reason').fill(resolution);
      await page.getByTestId('sd-step-submit').click();
      await expectText(page, 'sd-status', 'Terselesaikan');
    });
    await withPage(browser, async ({ page }) => {
      await page.goto(url(`/lacak?kode=${encodeURIComponent(code)}`));
      await expectText(page, 'track-number', number);
      await expectText(page, 'track-status', /Selesai/);
      await page.getByText(resolution).first().waitFor();
      assert.equal(await page.getByText(`Perlu bantuan Diskominfo. ${mark}`).count(), 0, 'the escalation reason is for the staff');
    });
  });

  it('a wrong code gets a kind "not found"', async () => {
    await withPage(browser, async ({ page }) => {
      await page.goto(url('/lacak?kode=AAAA-BBBB-CCCC-DDDD'));
      await expectText(page, 'track-not-found', /Pengaduan tidak ditemukan/);
      assert.equal(await page.getByTestId('track-code').inputValue(), 'AAAA-BBBB-CCCC-DDDD');
      // Nothing typed: said beside the field.
      await page.getByTestId('track-code').fill('');
      await page.getByTestId('track-submit').click();
      await expectText(page, 'track-code-error', 'Tuliskan kode pelacakan pengaduan Anda.');
      // A malformed one: the same kind message.
      await page.getByTestId('track-code').fill('bukan-kode');
      await page.getByTestId('track-submit').click();
      await expectText(page, 'track-not-found', /Periksa lagi kodenya/);
    });
  });

  it('fits a 320 px phone', async () => {
    await withPage(
      browser,
      async ({ page }) => {
        await page.goto(url('/pengaduan'));
        await page.getByTestId('complaint-form').waitFor();
        assert.ok((await horizontalOverflow(page)) <= 0, 'the form fits');
        await page.goto(url('/lacak?kode=AAAA-BBBB-CCCC-DDDD'));
        await page.getByTestId('track-not-found').waitFor();
        assert.ok((await horizontalOverflow(page)) <= 0, 'the tracking page fits');
      },
      { viewport: { width: 320, height: 640 } },
    );
  });
});

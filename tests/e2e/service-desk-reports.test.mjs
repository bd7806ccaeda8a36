// The service desk's reports and settings (docs/service-desk-contract.md
// "Calendar, SLA targets, Tier 1 coverage, reports"; Probolinggo Pasal 27) on the
// demo region Kota Madiun: the reports page shows for a month with tickets the same
// numbers as the API, bars for the volumes and a line for the SLA per month, the
// periodic report's download and the Tier 1 coverage with the regulation's words;
// grouped per tier it uses the region's own tier names. The settings page (the ICT
// office only) adds and removes a holiday, refuses unreadable hours beside the
// field and changes the hours of a day (then puts them back); hours saved by someone
// else first are a conflict that keeps what was typed. A 320 px phone fits.
//
// The test makes its own tickets through the API, so it can run again on the same server.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { apiSession, expectText, expectTextIn, horizontalOverflow, launchBrowser, signInAndWait, url, withPage } from './helpers.mjs';

const stamp = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;

// This month in the region's zone (WIB), as the page's default range ends.
function thisMonth() {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta', year: 'numeric', month: '2-digit' }).format(new Date()).slice(0, 7);
}

describe('service desk reports and settings', () => {
  let browser;
  let admin;
  let agency; // the agency whose tickets the test makes
  before(async () => {
    browser = await launchBrowser();
    admin = await apiSession('admin');
    const operator = await apiSession('operator.dinkes');
    agency = (await admin.get('/api/v1/agencies')).body.items.find((a) => a.id === operator.user.agency_id);
    assert.ok(agency, 'the demo operator has an agency');
    // Two tickets this month, one of them resolved.
    const mark = stamp();
    const made = [];
    for (const title of [`Jaringan lambat ${mark}`, `Printer rusak ${mark}`]) {
      const r = await admin.post('/api/v1/tickets', { kind: 'incident', title, description: 'Dibuat oleh uji laporan.', agency_id: agency.id, priority: 'high' });
      assert.equal(r.status, 201, JSON.stringify(r.body));
      made.push(r.body);
    }
    for (const [action, reason] of [['start'], ['resolve', 'Kabel diganti.']]) {
      const current = await admin.get(`/api/v1/tickets/${made[0].id}`);
      const r = await admin.post(`/api/v1/tickets/${made[0].id}/actions`, reason ? { action, reason } : { action }, { 'If-Match': current.headers.get('etag') });
      assert.equal(r.status, 200, `${action}: ${JSON.stringify(r.body)}`);
    }
  });
  after(async () => {
    await browser?.close();
  });

  it('shows the numbers of a month with tickets, with charts, the periodic report and the Tier 1 coverage', async () => {
    const month = thisMonth();
    const api = (await admin.get(`/api/v1/service-desk/reports?from=${month}&to=${month}&group=agency`)).body;
    const row = api.rows.find((r) => String(r.key) === String(agency.id));
    assert.ok(row && row.opened >= 2, `the API counts the new tickets: ${JSON.stringify(api.rows)}`);
    const coverage = (await admin.get('/api/v1/service-desk/tier1-coverage')).body;
    const region = (await admin.get('/api/v1/region')).body;

    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'admin', undefined, '/tiket/laporan');
      await expectText(page, 'sd-reports-heading', 'Laporan Service Desk');
      await page.getByTestId('sd-report-from').fill(month);
      await page.getByTestId('sd-report-to').fill(month);
      await page.getByTestId('sd-report-group').selectOption('agency');
      await page.getByTestId('sd-report-filter-apply').click();
      const mine = page.locator(`[data-testid="sd-report-row"][data-key="${agency.id}"]`);
      await expectTextIn(mine, 'sd-report-row-opened', String(row.opened));
      await expectTextIn(mine, 'sd-report-row-resolved', String(row.resolved));
      await expectTextIn(mine, 'sd-report-row-backlog', String(row.backlog));
      await expectText(page, 'sd-report-total-opened', new Intl.NumberFormat('id-ID').format(api.totals.opened));
      assert.equal(await page.getByTestId('sd-report-row').count(), api.rows.length);

      // The bars: one group per row, the agency's "opened" bar carries its number.
      const chart = page.getByTestId('sd-volume-chart');
      assert.equal(await chart.getByTestId('sd-volume-chart-group').count(), api.rows.length);
      assert.ok((await chart.locator(`[data-series="opened"][data-value="${row.opened}"]`).count()) >= 1, 'a bar shows the opened count');
      assert.match((await chart.locator('svg title').textContent()) ?? '', /Tiket masuk, selesai dan masih terbuka/);
      // The SLA line: this month is a point.
      await page.getByTestId('sd-sla-chart').waitFor();
      assert.equal(await page.getByTestId('sd-sla-row').count(), 1);

      // The periodic report for a month downloads as a spreadsheet.
      await page.getByTestId('sd-periodic-month').fill(month);
      const href = await page.getByTestId('sd-periodic-download').getAttribute('href');
      assert.equal(href, `/api/v1/service-desk/reports/periodic.xlsx?month=${month}`);
      const xlsx = await page.evaluate(async (h) => {
        const r = await fetch(h);
        const bytes = new Uint8Array(await r.arrayBuffer());
        return { status: r.status, zip: bytes[0] === 0x50 && bytes[1] === 0x4b };
      }, href);
      assert.deepEqual(xlsx, { status: 200, zip: true });

      // Tier 1 coverage: every agency, the flagged ones marked, the regulation's words.
      await page.getByTestId('sd-coverage-summary').waitFor();
      assert.equal(await page.getByTestId('sd-coverage-item').count(), coverage.items.length);
      assert.equal(await page.locator('[data-testid="sd-coverage-item"][data-flagged="true"]').count(), coverage.agencies_without_tier1);
      if (coverage.obligation) await expectText(page, 'sd-coverage-obligation', new RegExp(coverage.obligation.article.replace(/[()]/g, '\\$&')));

      // Per tier: the region's own names for the tiers.
      await page.getByTestId('sd-report-group').selectOption('tier');
      await page.getByTestId('sd-report-filter-apply').click();
      const tier1 = region.terms?.tier1?.id;
      if (tier1) await expectTextIn(page.locator('[data-testid="sd-report-row"][data-key="tier1"]'), 'sd-report-row-label', tier1);
      else await page.locator('[data-testid="sd-report-row"][data-key="tier1"]').waitFor();

      // A month written wrongly is said beside the field.
      await page.getByTestId('sd-report-from').fill('11-2026');
      await page.getByTestId('sd-report-filter-apply').click();
      await expectText(page, 'sd-report-from-error', /tahun-bulan/);
    });
  });

  it('leadership reads the reports; only the ICT office opens the settings', async () => {
    await withPage(browser, async ({ page }) => {
      // From the queues: the reports, not the settings.
      await signInAndWait(page, 'walikota', undefined, '/tiket');
      await page.getByTestId('sd-link-reports').waitFor();
      assert.equal(await page.getByTestId('sd-link-settings').count(), 0, 'no settings link for leadership');
      await page.getByTestId('sd-link-reports').click();
      await expectText(page, 'sd-reports-heading', 'Laporan Service Desk');
      await page.getByTestId('sd-report-table').or(page.getByTestId('sd-report-empty')).first().waitFor();
      await page.goto(url('/tiket/pengaturan'));
      await page.getByTestId('forbidden-detail').waitFor();
    });
  });

  it('settings: a holiday is added and removed; the hours of a day are changed and put back', async () => {
    const mark = stamp();
    // A day far ahead that no other run uses.
    const n = Date.now();
    const day = `${2040 + (n % 50)}-${String(1 + (Math.floor(n / 50) % 12)).padStart(2, '0')}-${String(1 + (Math.floor(n / 600) % 28)).padStart(2, '0')}`;
    const name = `Libur uji ${mark}`;
    const before = (await admin.get('/api/v1/service-desk/calendar')).body;
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'admin', undefined, '/tiket');
      await page.getByTestId('sd-link-settings').click();
      await expectText(page, 'sd-settings-heading', 'Pengaturan Service Desk');

      // Holiday: nothing typed first, then a day and its name.
      await page.getByTestId('sd-holiday-submit').click();
      await expectText(page, 'sd-holiday-day-error', 'Pilih tanggal hari libur.');
      await expectText(page, 'sd-holiday-name-error', 'Tuliskan nama hari libur.');
      await page.getByTestId('sd-holiday-day').fill(day);
      await page.getByTestId('sd-holiday-name').fill(name);
      await page.getByTestId('sd-holiday-submit').click();
      await expectText(page, 'sd-holiday-done', new RegExp(`${name} .* sudah ditambahkan`));
      const row = page.locator(`[data-testid="sd-holiday"][data-day="${day}"]`);
      await expectTextIn(row, 'sd-holiday-name-text', name);
      const calendar = (await admin.get('/api/v1/service-desk/calendar')).body;
      assert.ok(calendar.holidays.some((h) => h.day === day && h.name === name), 'the holiday is stored');
      await row.getByTestId('sd-holiday-remove').click();
      await expectText(page, 'sd-holiday-done', new RegExp(`${name} .* sudah dihapus`));
      await row.waitFor({ state: 'detached' });

      // Hours: unreadable first, then Saturday morning; afterwards as before.
      const saturday = page.getByTestId('sd-hours-sat');
      const previous = await saturday.inputValue();
      await saturday.fill('25:00-12:00');
      await page.getByTestId('sd-hours-save').click();
      await expectText(page, 'sd-hours-sat-error', /Jam layanan hari Sabtu tidak terbaca/);
      await saturday.fill('8.00 - 12.00');
      await page.getByTestId('sd-hours-save').click();
      await page.getByTestId('sd-hours-saved').waitFor();
      assert.equal(await saturday.inputValue(), '08:00-12:00');
      const saved = (await admin.get('/api/v1/service-desk/calendar')).body;
      assert.deepEqual(saved.business_hours.sat, [['08:00', '12:00']]);
      assert.deepEqual(saved.business_hours.mon, before.business_hours.mon, 'the other days stay');
      await saturday.fill(previous);
      await page.getByTestId('sd-hours-save').click();
      let restored;
      for (const deadline = Date.now() + 10_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 100))) {
        restored = (await admin.get('/api/v1/service-desk/calendar')).body;
        if (JSON.stringify(restored.business_hours.sat) === JSON.stringify(before.business_hours.sat)) break;
      }
      assert.deepEqual(restored.business_hours.sat, before.business_hours.sat, 'Saturday is as before');

      // The SLA targets: twenty rows, minutes also in hours or working days.
      assert.equal(await page.getByTestId('sd-sla-target').count(), 20);
      await expectTextIn(page.locator('[data-testid="sd-sla-target"][data-kind="incident"][data-priority="high"]'), 'sd-sla-target-resolution', /menit/);
      // Changing a target: a wrong number is said beside it; a right one is saved (then put back).
      const targets = (await admin.get('/api/v1/service-desk/sla-targets')).body.items;
      const low = targets.find((t) => t.kind === 'request' && t.priority === 'low');
      await page.getByTestId('sd-sla-edit').click();
      await page.getByTestId('sd-sla-request-low-response').fill('0');
      await page.getByTestId('sd-sla-save').click();
      await expectText(page, 'sd-sla-errors', /Permintaan, Rendah: tulis jumlah menit dengan angka/);
      await page.getByTestId('sd-sla-request-low-response').fill(String(low.response_minutes + 30));
      await page.getByTestId('sd-sla-save').click();
      await page.getByTestId('sd-sla-saved').waitFor();
      await expectTextIn(page.locator('[data-testid="sd-sla-target"][data-kind="request"][data-priority="low"]'), 'sd-sla-target-response', new RegExp(`^${low.response_minutes + 30} menit`));
      const changed = (await admin.get('/api/v1/service-desk/sla-targets')).body.items.find((t) => t.kind === 'request' && t.priority === 'low');
      assert.equal(changed.response_minutes, low.response_minutes + 30);
      await page.getByTestId('sd-sla-edit').click();
      await page.getByTestId('sd-sla-request-low-response').fill(String(low.response_minutes));
      await page.getByTestId('sd-sla-save').click();
      await expectTextIn(page.locator('[data-testid="sd-sla-target"][data-kind="request"][data-priority="low"]'), 'sd-sla-target-response', new RegExp(`^${low.response_minutes} menit`));

      // The outbox: failed messages first; every message once asked for, as the API lists them.
      await page.getByTestId('sd-outbox-empty').or(page.getByTestId('sd-outbox-item')).first().waitFor();
      const failed = (await admin.get('/api/v1/notifications?status=failed')).body.items;
      assert.equal(await page.getByTestId('sd-outbox-item').count(), failed.length);
      const all = (await admin.get('/api/v1/notifications')).body.items;
      await page.getByTestId('sd-outbox-status').selectOption('');
      await page.getByTestId('sd-outbox-filter-apply').click();
      if (all.length > 0) {
        await page.locator(`[data-testid="sd-outbox-item"][data-id="${all[0].id}"]`).waitFor();
        assert.equal(await page.getByTestId('sd-outbox-item').count(), all.length);
      } else await page.getByTestId('sd-outbox-empty').waitFor();
    });
  });

  it('settings: hours saved by someone else first are a conflict; what was typed is kept', async () => {
    const before = (await admin.get('/api/v1/service-desk/calendar')).body;
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'admin', undefined, '/tiket/pengaturan');
      const saturday = page.getByTestId('sd-hours-sat');
      await saturday.waitFor();
      const previous = await saturday.inputValue();
      // Meanwhile, in another window, someone saves other hours.
      await withPage(browser, async ({ page: other }) => {
        await signInAndWait(other, 'admin', undefined, '/tiket/pengaturan');
        await other.getByTestId('sd-hours-sat').fill('10:00-11:00');
        await other.getByTestId('sd-hours-save').click();
        await other.getByTestId('sd-hours-saved').waitFor();
      });
      await saturday.fill('09:00-11:30');
      await page.getByTestId('sd-hours-save').click();
      await page.getByTestId('sd-hours-conflict').waitFor();
      await page.getByTestId('sd-hours-conflict-reload').click();
      await expectText(page, 'sd-hours-unsaved', /Sabtu: 09:00-11:30/);
      assert.equal(await saturday.inputValue(), '10:00-11:00', 'the form shows the latest hours');
      // Put Saturday back as it was.
      await saturday.fill(previous);
      await page.getByTestId('sd-hours-save').click();
      await page.getByTestId('sd-hours-saved').waitFor();
      let restored;
      for (const deadline = Date.now() + 10_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 100))) {
        restored = (await admin.get('/api/v1/service-desk/calendar')).body;
        if (JSON.stringify(restored.business_hours.sat) === JSON.stringify(before.business_hours.sat)) break;
      }
      assert.deepEqual(restored.business_hours.sat, before.business_hours.sat, 'Saturday is as before');
    });
  });

  it('fits a 320 px phone', async () => {
    await withPage(
      browser,
      async ({ page }) => {
        await signInAndWait(page, 'admin', undefined, '/tiket/laporan');
        await page.getByTestId('sd-coverage-summary').waitFor();
        await page.getByTestId('sd-sla').waitFor();
        assert.ok((await horizontalOverflow(page)) <= 0, 'the reports fit');
        await page.goto(url('/tiket/pengaturan'));
        await page.getByTestId('sd-sla-target').first().waitFor();
        assert.ok((await horizontalOverflow(page)) <= 0, 'the settings fit');
      },
      { viewport: { width: 320, height: 640 } },
    );
  });
});

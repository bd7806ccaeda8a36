// The change management pages (docs/management-processes-contract.md "Change
// management") on the demo region Kota Madiun: an agency operator raises a request
// for change for an application of their agency through the form (errors beside
// the fields first); implementing it before approval is refused in plain words
// with the region's article; the ICT office approves it; the operator implements,
// monitors and evaluates it; the change shows in its month of the change calendar;
// an operator cannot change another agency's request; an edit that meets a newer
// version keeps what was typed; a phone of 320 px needs no sideways scrolling.
//
// The test makes its own requests (unique titles), so it can run again on the
// same server.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { demoAgencySessions, expectText, expectTextIn, horizontalOverflow, launchBrowser, signInAndWait, stamp, url, withPage } from './helpers.mjs';

// Today in the region's zone (Madiun: WIB, UTC+7), as the date fields take it.
const today = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);

describe('change management', () => {
  let browser;
  let admin;
  let dinkesOperator;
  let dinkes;
  let application; // one of Dinkes's applications
  let otherChange; // Bappeda's request
  before(async () => {
    browser = await launchBrowser();
    let bappedaOperator;
    ({ admin, dinkesOperator, bappedaOperator, dinkes } = await demoAgencySessions());
    const apps = await dinkesOperator.get(`/api/v1/applications?limit=5&agency_id=${dinkes.id}`);
    assert.equal(apps.status, 200, JSON.stringify(apps.body));
    application = apps.body.items.find((a) => a.owner_agency_id === dinkes.id);
    assert.ok(application, 'Dinkes has an application in the demo');

    const created = await bappedaOperator.post('/api/v1/changes', {
      title: `Penggantian switch lantai 2 Bappeda ${stamp()}`,
      reason: 'Switch lama sering mati.',
      target_kind: 'network',
      target_label: 'Switch lantai 2 Bappeda',
      change_type: 'normal',
      risk_level: 'low',
      planned_start: `${today()}T20:00`,
      planned_end: `${today()}T22:00`,
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    otherChange = created.body;
  });
  after(async () => {
    await browser?.close();
  });

  it('an operator raises a request; implementing before approval is refused with the article; approved, it is implemented, monitored, evaluated and shown in the calendar', async () => {
    const title = `Pembaruan versi ${application.code} ${stamp()}`;
    const day = today();
    let changePath;
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'operator.dinkes');
      await page.goto(url('/perubahan'));
      await page.getByTestId('change-create').click();
      await expectText(page, 'change-new-own-agency', new RegExp(dinkes.name));

      // The browser's checks, in the summary and beside the fields.
      await page.getByTestId('change-create-submit').click();
      await expectText(page, 'error-summary', /Isi judul perubahan/);
      await expectText(page, 'error-summary', /Pilih jenis yang diubah\./);
      assert.match(await page.locator('#change-new-reason-error').textContent(), /Tulis alasan perubahan/);

      await page.getByTestId('change-new-title').fill(title);
      await page.getByTestId('change-new-description').fill('Memasang versi baru dengan perbaikan keamanan.');
      await page.getByTestId('change-new-reason').fill('Versi lama tidak lagi mendapat pembaruan keamanan.');
      await page.getByTestId('change-new-target-kind-application').check();
      // The application, found by its code and linked.
      await page.getByTestId('change-new-links-kind-application').check();
      await page.getByTestId('change-new-links-q').fill(application.code);
      await page.getByTestId('change-new-links-search').click();
      await page.getByTestId(`change-new-links-found-${application.id}`).check();
      await page.getByTestId('change-new-links-add').click();
      await expectText(page, 'change-new-links-chosen', new RegExp(application.name));
      await page.getByTestId('change-new-type-normal').check();
      await page.getByTestId('change-new-risk-medium').check();
      await page.getByTestId('change-new-impact').fill('Layanan puskesmas berhenti paling lama 30 menit.');
      await page.getByTestId('change-new-rollback').fill('Pulihkan cadangan basis data dan pasang lagi versi lama.');
      await page.getByTestId('change-new-start-date').fill(day);
      await page.getByTestId('change-new-start-time').fill('08.00');
      await page.getByTestId('change-new-end-date').fill(day);
      await page.getByTestId('change-new-end-time').fill('10.00');
      await page.getByTestId('change-new-implementer').fill('Seksi Sistem Informasi Dinkes');
      await page.getByTestId('change-create-submit').click();
      await page.waitForURL(/\/perubahan\/\d+$/);
      changePath = new URL(page.url()).pathname;
      await expectText(page, 'flash', /sudah diajukan/);
      await expectText(page, 'change-title', title);
      await expectText(page, 'change-stage-now', 'Perencanaan');
      await expectText(page, 'change-link-label', application.name);
      await expectText(page, 'change-window', /WIB/);

      await page.getByTestId('change-action-submit_analysis').click();
      await page.getByTestId('change-action-submit').click();
      await expectText(page, 'change-stage-now', 'Analisis');

      // Implementing before approval: refused, with the article of the region's regulation.
      const id = changePath.split('/').pop();
      const { approval } = (await dinkesOperator.get(`/api/v1/changes/${id}`)).body;
      assert.equal(approval.approver, 'ict_office');
      const cited = `${approval.citation.article} ${approval.citation.regulation}`;
      await expectText(page, 'change-approval-article', cited);
      await page.getByTestId('change-action-implement').click();
      await page.getByTestId('change-action-submit').click();
      await expectText(page, 'change-actions-error', /Langkah ini ditolak/);
      await expectText(page, 'change-actions-error', new RegExp(`belum disetujui.*${cited.replace(/[()]/g, '\\$&')}`));
      await expectText(page, 'change-stage-now', 'Analisis');

      await page.getByTestId('change-action-cancel').click();
      await page.getByTestId('change-action-request_approval').click();
      await page.getByTestId('change-action-submit').click();
      await expectText(page, 'change-stage-now', 'Menunggu persetujuan');
      await expectText(page, 'change-approval-waiting', /Menunggu keputusan/);
      assert.equal(await page.getByTestId('change-approve').count(), 0, 'the operator does not approve');
    });

    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'admin');
      await page.goto(url(changePath));
      await expectText(page, 'change-stage-now', 'Menunggu persetujuan');
      await page.getByTestId('change-approval-note').fill('Rencana pengembalian memadai.');
      await page.getByTestId('change-approve').click();
      await expectText(page, 'change-stage-now', 'Disetujui');
      await expectText(page, 'change-decision', /^Disetujui/);
      await expectText(page, 'change-decision-note', 'Rencana pengembalian memadai.');
    });

    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'operator.dinkes');
      await page.goto(url(changePath));
      await expectText(page, 'change-stage-now', 'Disetujui');
      for (const [action, stage] of [
        ['implement', 'Implementasi'],
        ['monitor', 'Pemantauan'],
      ]) {
        await page.getByTestId(`change-action-${action}`).click();
        await page.getByTestId('change-action-note').fill(`Catatan ${stage}.`);
        await page.getByTestId('change-action-submit').click();
        await expectText(page, 'change-stage-now', stage);
      }
      await page.getByTestId('change-action-evaluate').click();
      await page.getByTestId('change-action-result-success').check();
      await page.getByTestId('change-action-lessons').fill('Uji dulu di server cadangan.');
      await page.getByTestId('change-action-submit').click();
      await expectText(page, 'change-stage-now', 'Dievaluasi');
      await expectText(page, 'change-result', 'Berhasil');
      await expectText(page, 'change-lessons', 'Uji dulu di server cadangan.');
      // Every stage passed is done; development, skipped, is not.
      assert.equal(await page.locator('[data-testid="change-stage"][data-state="done"]').count(), 7);
      assert.equal(await page.locator('[data-testid="change-stage"][data-stage="development"]').getAttribute('data-state'), 'todo');
      assert.equal(await page.getByTestId('change-step').count(), 6);
      assert.equal(await page.getByTestId('change-actions').count(), 0, 'nothing more to do');

      // The calendar of the year: the change in its month; then that month, by day.
      const id = changePath.split('/').pop();
      const [year, month] = day.split('-').map(Number);
      await page.goto(url('/perubahan'));
      await page.getByTestId('change-nav-calendar').click();
      await page.locator(`[data-testid="change-cal"][data-year="${year}"]`).waitFor();
      const monthCard = page.locator(`[data-testid="change-cal-month"][data-month="${month}"]`);
      assert.ok(Number(await monthCard.getAttribute('data-count')) >= 1, 'its month counts it');
      await monthCard.getByTestId('change-cal-month-open').click();
      await page.locator(`[data-testid="change-cal"][data-month="${month}"]`).waitFor();
      // Once implemented, the calendar places the change where it was carried out (today or, just after midnight, the day before).
      const item = page.locator(`[data-testid="change-cal-day"] [data-testid="change-cal-item"][data-change-id="${id}"]`);
      await expectTextIn(item, 'change-cal-open', new RegExp(title));
      await item.getByTestId('change-cal-open').click();
      await expectText(page, 'change-title', title);
    });
  });

  it("an operator reads another agency's request but cannot change it", async () => {
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'operator.dinkes');
      await page.goto(url(`/perubahan/${otherChange.id}`));
      await expectText(page, 'change-title', otherChange.title);
      await expectText(page, 'change-read-only', /milik Bappeda|hanya dapat membacanya/);
      assert.equal(await page.getByTestId('change-edit-open').count(), 0);
      assert.equal(await page.getByTestId('change-actions').count(), 0);
    });
    const current = await dinkesOperator.get(`/api/v1/changes/${otherChange.id}`);
    const refused = await dinkesOperator.patch(`/api/v1/changes/${otherChange.id}`, { title: 'Diubah PD lain' }, { 'If-Match': current.headers.get('etag') });
    assert.equal(refused.status, 403, JSON.stringify(refused.body));
  });

  it('a request changed meanwhile by someone else: the operator is told and keeps what was typed', async () => {
    const created = await dinkesOperator.post('/api/v1/changes', {
      title: `Penambahan memori server puskesmas ${stamp()}`,
      reason: 'Memori server sering penuh.',
      target_kind: 'host',
      target_label: 'Server puskesmas',
      change_type: 'standard',
      risk_level: 'low',
      planned_start: `${today()}T19:00`,
      planned_end: `${today()}T20:00`,
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'operator.dinkes');
      await page.goto(url(`/perubahan/${created.body.id}`));
      await page.getByTestId('change-edit-open').click();
      await page.getByTestId('change-edit-rollback').fill('Cabut modul memori baru.');
      // Meanwhile the ICT office raises the risk.
      const changed = await admin.patch(`/api/v1/changes/${created.body.id}`, { risk_level: 'medium' }, { 'If-Match': created.headers.get('etag') });
      assert.equal(changed.status, 200, JSON.stringify(changed.body));
      await page.getByTestId('change-edit-save').click();
      await page.getByTestId('change-edit-conflict').waitFor();
      await page.getByTestId('change-edit-conflict-reload').click();
      await expectText(page, 'change-edit-unsaved', /Cabut modul memori baru\./);
      assert.equal(await page.getByTestId('change-edit-risk-medium').isChecked(), true, 'the form starts again from the latest version');
      await page.getByTestId('change-edit-rollback').fill('Cabut modul memori baru.');
      await page.getByTestId('change-edit-save').click();
      await expectText(page, 'change-done', 'Permintaan perubahan sudah disimpan.');
      await expectText(page, 'change-rollback', 'Cabut modul memori baru.');
      await expectText(page, 'change-risk-top', 'Risiko Sedang');
    });
  });

  it('on a phone of 320 px the list, a request and the calendar need no sideways scrolling', async () => {
    const [year, month] = today().split('-').map(Number);
    await withPage(
      browser,
      async ({ page }) => {
        await signInAndWait(page, 'operator.dinkes');
        await page.goto(url('/perubahan'));
        await page.getByTestId('change-table').waitFor();
        assert.ok((await horizontalOverflow(page)) <= 0, 'the list fits');
        await page.goto(url(`/perubahan/${otherChange.id}`));
        await expectText(page, 'change-title', otherChange.title);
        assert.ok((await horizontalOverflow(page)) <= 0, 'the request fits');
        await page.goto(url(`/perubahan/kalender?tahun=${year}&bulan=${month}`));
        await page.locator(`[data-testid="change-cal"][data-month="${month}"]`).waitFor();
        await page.locator(`[data-testid="change-cal-item"][data-change-id="${otherChange.id}"]`).waitFor();
        assert.ok((await horizontalOverflow(page)) <= 0, 'the calendar fits');
        await page.goto(url('/perubahan/baru'));
        await page.getByTestId('change-create-form').waitFor();
        assert.ok((await horizontalOverflow(page)) <= 0, 'the form fits');
      },
      { viewport: { width: 320, height: 640 } },
    );
  });
});

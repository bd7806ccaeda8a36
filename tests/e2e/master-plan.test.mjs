// The master plan pages (Rencana Induk SPBE, docs/governance-contract.md "Master
// plan") on the demo region Kota Madiun: the list, a new plan through the form
// (a period that is not five years explained beside the field), enacting by
// decree over an overlapping plan in force (the 409 offered as "supersede it"),
// a review, an edit seen in the history, a 412 when someone else saved first,
// and a reader who may not change anything.
//
// Every run makes its own plans with unique titles in a period of its own, so
// the file can run again on the same server.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { apiSession, expectText, expectTextIn, horizontalOverflow, launchBrowser, signInAndWait, url, withPage } from './helpers.mjs';

function todayIn(zone) {
  return new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

const tag = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

// A full plan body: every part of the contents, so it can be enacted.
function fullPlan(title, start) {
  return {
    title,
    start_year: start,
    end_year: start + 4,
    vision: `Visi ${title}`,
    missions: ['Misi satu', 'Misi dua'],
    goals: ['Tujuan satu'],
    targets: ['Sasaran satu'],
    policy_directions: ['Arah kebijakan satu'],
    strategies: ['Strategi satu'],
  };
}

describe('master plan', () => {
  let browser;
  let admin;
  let today;
  before(async () => {
    browser = await launchBrowser();
    admin = await apiSession('admin');
    const org = await admin.get('/api/v1/organisation');
    assert.equal(org.status, 200);
    today = todayIn(org.body.region.time_zone);
  });
  after(async () => {
    await browser?.close();
  });

  it('lists the plans with period, status and next review, and fits a 320 px screen', async () => {
    const list = await admin.get('/api/v1/master-plans');
    assert.equal(list.status, 200);
    assert.ok(list.body.items.length >= 1, 'the demo has a master plan');
    const plan = list.body.items[0];
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'admin');
      await page.goto(url('/tata-kelola'));
      await page.getByTestId('governance-master-plan').click();
      await page.getByTestId('master-plans-table').waitFor();
      assert.equal(await page.getByTestId('master-plan-row').count(), list.body.items.length);
      const row = page.locator(`[data-testid="master-plan-row"][data-plan-id="${plan.id}"]`);
      await expectTextIn(row, 'master-plan-row-period', `${plan.start_year}–${plan.end_year}`);
      await expectTextIn(row, 'master-plan-row-status', { draft: 'Rancangan', enacted: 'Berlaku', superseded: 'Tidak berlaku lagi' }[plan.status]);
      // The filter asks the server for one status only.
      await page.getByTestId('master-plan-status-filter').selectOption('superseded');
      await page.waitForFunction(() => [...document.querySelectorAll('[data-testid="master-plan-row"]')].every((r) => r.getAttribute('data-status') === 'superseded'));
      assert.ok((await horizontalOverflow(page)) <= 0, 'no sideways scrolling');
      // The plan's own page fits too.
      await page.goto(url(`/tata-kelola/rencana-induk/${plan.id}`));
      await expectText(page, 'master-plan-heading', plan.title);
      assert.ok((await horizontalOverflow(page)) <= 0, 'no sideways scrolling on the plan');
    }, { viewport: { width: 320, height: 640 } });
  });

  it('admin drafts a plan through the form; a period that is not five years is explained beside the year', async () => {
    const title = `Rencana Induk Uji ${tag()}`;
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'admin');
      await page.goto(url('/tata-kelola/rencana-induk'));
      await page.getByTestId('master-plan-create').click();
      await page.getByTestId('master-plan-create-form').waitFor();
      await page.getByTestId('mp-new-title').fill(title);
      await page.getByTestId('mp-new-start-year').fill('2040');
      await page.getByTestId('mp-new-end-year').fill('2046');
      await page.getByTestId('mp-new-vision').fill('Visi uji coba.');
      await page.getByTestId('mp-new-missions').fill('Misi pertama\n\nMisi kedua\n');
      await page.getByTestId('master-plan-create-submit').click();
      await expectText(page, 'mp-new-end-year-error', /5 tahun/);
      await page.getByTestId('error-summary').waitFor();
      // Nothing typed is lost.
      assert.equal(await page.getByTestId('mp-new-title').inputValue(), title);
      assert.equal(await page.getByTestId('mp-new-missions').inputValue(), 'Misi pertama\n\nMisi kedua\n');

      await page.getByTestId('mp-new-end-year').fill('2044');
      await page.getByTestId('master-plan-create-submit').click();
      await expectText(page, 'master-plan-heading', title);
      await page.getByTestId('flash').waitFor();
      await expectText(page, 'master-plan-status', 'Rancangan');
      await expectText(page, 'master-plan-period-value', '2040–2044');
      // One statement per line: the blank line does not count.
      assert.equal(await page.getByTestId('master-plan-missions').getByTestId('master-plan-item').count(), 2);
      await expectTextIn(page.getByTestId('master-plan-missions'), 'master-plan-item', 'Misi pertama');
    });
    const list = await admin.get('/api/v1/master-plans?status=draft');
    const created = list.body.items.find((p) => p.title === title);
    assert.ok(created, 'the draft is saved');
    assert.deepEqual(created.missions, ['Misi pertama', 'Misi kedua']);
  });

  it('enacting over a plan in force is refused with its name; admin chooses to supersede it, then records a review', async () => {
    const start = 2030 + Math.floor(Math.random() * 60);
    const old = await admin.post('/api/v1/master-plans', fullPlan(`Rencana Induk Lama ${tag()}`, start));
    assert.equal(old.status, 201);
    const enactedOld = await admin.post(
      `/api/v1/master-plans/${old.body.id}/enact`,
      { decree_number: `OLD/${tag()}`, decree_date: today, supersede_overlapping: true },
      { 'If-Match': `"${old.body.version}"` },
    );
    assert.equal(enactedOld.status, 200, JSON.stringify(enactedOld.body));
    const fresh = await admin.post('/api/v1/master-plans', fullPlan(`Rencana Induk Baru ${tag()}`, start + 2));
    assert.equal(fresh.status, 201);

    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'admin');
      await page.goto(url(`/tata-kelola/rencana-induk/${fresh.body.id}`));
      await page.getByTestId('master-plan-enact-form').waitFor();
      // Without the decree the browser says what is missing, beside each field.
      await page.getByTestId('master-plan-enact-submit').click();
      await page.getByTestId('mp-enact-number-error').waitFor();
      await page.getByTestId('mp-enact-number').fill(`188.45/${tag()}/2026`);
      await page.getByTestId('mp-enact-date').fill(today);
      await page.getByTestId('master-plan-enact-submit').click();
      await expectText(page, 'master-plan-overlap-message', /tumpang tindih/);
      await expectText(page, 'master-plan-overlap-plans', new RegExp(old.body.title));
      await page.getByTestId('master-plan-enact-supersede').click();
      await expectText(page, 'master-plan-status', 'Berlaku');
      await page.getByTestId('master-plan-done').waitFor();
      await expectText(page, 'master-plan-review-state', /Sesuai jadwal|Segera|Terlambat/);

      // A review: reasons are required; the server's rules appear beside the field.
      await page.getByTestId('master-plan-review-form').waitFor();
      await page.getByTestId('mp-review-date').fill(today);
      await page.getByTestId('mp-review-outcome-unchanged').check();
      await page.getByTestId('master-plan-review-submit').click();
      await page.getByTestId('mp-review-reasons-error').waitFor();
      await page.getByTestId('mp-review-reasons-scheduled').check();
      await page.getByTestId('mp-review-reasons-rpjmd_change').check();
      await page.getByTestId('master-plan-review-submit').click();
      await page.getByTestId('master-plan-reviews').waitFor();
      await expectText(page, 'master-plan-review-reasons', 'Tinjauan berkala; Perubahan RPJMD');
      await expectText(page, 'master-plan-review-outcome', 'Tetap');
    });
    const oldNow = await admin.get(`/api/v1/master-plans/${old.body.id}`);
    assert.equal(oldNow.body.status, 'superseded');
    assert.equal(oldNow.body.superseded_by, fresh.body.id);
  });

  it('an edit shows in the history; a save after someone else saved is a conflict and keeps what was typed', async () => {
    const plan = await admin.post('/api/v1/master-plans', { title: `Rencana Induk Riwayat ${tag()}`, start_year: 2050, end_year: 2054, vision: 'Visi awal.' });
    assert.equal(plan.status, 201);
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'admin');
      await page.goto(url(`/tata-kelola/rencana-induk/${plan.body.id}`));
      await page.getByTestId('master-plan-edit').click();
      await page.getByTestId('mp-edit-vision').fill('Visi yang diubah.');
      await page.getByTestId('mp-edit-goals').fill('Tujuan baru');
      await page.getByTestId('master-plan-save').click();
      await page.getByTestId('master-plan-done').waitFor();
      await expectText(page, 'master-plan-vision', 'Visi yang diubah.');
      await page.getByTestId('record-history').locator('summary').click();
      const latest = page.getByTestId('history-item').first();
      await latest.waitFor();
      assert.equal(await latest.getAttribute('data-action'), 'master_plan.update');
      await latest.locator('[data-testid="audit-change"][data-field="vision"]').waitFor();
      await expectTextIn(latest.locator('[data-testid="audit-change"][data-field="vision"]'), 'audit-after', 'Visi yang diubah.');

      // Someone else saves between loading and saving.
      await page.getByTestId('master-plan-edit').click();
      await page.getByTestId('mp-edit-strategies').fill('Strategi yang saya ketik');
      const current = await admin.get(`/api/v1/master-plans/${plan.body.id}`);
      const other = await admin.patch(`/api/v1/master-plans/${plan.body.id}`, { rpjmd_reference: 'RPJMD diubah orang lain' }, { 'If-Match': `"${current.body.version}"` });
      assert.equal(other.status, 200);
      await page.getByTestId('master-plan-save').click();
      await page.getByTestId('master-plan-conflict').waitFor();
      await page.getByTestId('master-plan-conflict-reload').click();
      await expectText(page, 'master-plan-unsaved', /Strategi yang saya ketik/);
      assert.equal(await page.getByTestId('mp-edit-rpjmd-reference').inputValue(), 'RPJMD diubah orang lain');
    });
  });

  it('an auditor reads a plan but gets no form to change it', async () => {
    const list = await admin.get('/api/v1/master-plans?status=enacted');
    const plan = list.body.items[0];
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'auditor');
      await page.goto(url('/tata-kelola/rencana-induk'));
      await page.getByTestId('master-plans-read-only').waitFor();
      assert.equal(await page.getByTestId('master-plan-create').count(), 0);
      await page.goto(url(`/tata-kelola/rencana-induk/${plan.id}`));
      await expectText(page, 'master-plan-heading', plan.title);
      await page.getByTestId('master-plan-read-only').waitFor();
      assert.equal(await page.getByTestId('master-plan-edit').count(), 0);
      assert.equal(await page.getByTestId('master-plan-review-form').count(), 0);
      assert.equal(await page.getByTestId('master-plan-supersede').count(), 0);
      await page.getByTestId('master-plan-export-xlsx').waitFor();
    });
    // The server refuses it too.
    const auditor = await apiSession('auditor');
    const refused = await auditor.patch(`/api/v1/master-plans/${plan.id}`, { title: 'x' }, { 'If-Match': `"${plan.version}"` });
    assert.equal(refused.status, 403);
  });
});

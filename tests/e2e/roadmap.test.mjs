// The roadmap pages (Peta Rencana SPBE, docs/governance-contract.md "Roadmap") on
// the demo region Kota Madiun: the list, a new roadmap through the form (with the
// five-year period explained beside the field), activities by area, enacting by
// decree, a change to an enacted roadmap that needs the regulation's reason
// (and a change of the realisation only, which does not), the yearly monitoring,
// the history, a 412 conflict, a reader who may not change anything, and a phone.
//
// Each test makes its own roadmaps through the API with unique titles. Periods
// are chosen so that enacting never supersedes the demo roadmap: far in the
// future, or the five years just before the demo roadmap's.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { apiSession, expectText, expectTextIn, horizontalOverflow, launchBrowser, signInAndWait, url, withPage } from './helpers.mjs';

function todayIn(zone) {
  return new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

const stamp = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;

// A five-year period far in the future (drafts and enactments there touch nothing else).
function farPeriod() {
  const start = 2040 + Math.floor(Math.random() * 55);
  return { start_year: start, end_year: start + 4 };
}

describe('roadmap', () => {
  let browser;
  let admin;
  let list; // GET /api/v1/roadmaps
  let agency; // an agency to own activities
  let today;
  before(async () => {
    browser = await launchBrowser();
    admin = await apiSession('admin');
    list = (await admin.get('/api/v1/roadmaps')).body;
    const agencies = await admin.get('/api/v1/agencies');
    agency = agencies.body.items.find((a) => a.short_name === 'Diskominfo') ?? agencies.body.items[0];
    const region = await admin.get('/api/v1/region');
    today = todayIn(region.body.time_zone ?? 'Asia/Jakarta');
  });
  after(async () => {
    await browser?.close();
  });

  async function makeRoadmap(period, { activities = 1, enact = false } = {}) {
    const created = await admin.post('/api/v1/roadmaps', { title: `Peta Rencana Uji ${stamp()}`, ...period });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const ids = [];
    for (let i = 0; i < activities; i += 1) {
      const a = await admin.post(`/api/v1/roadmaps/${created.body.id}/activities`, {
        program: 'Program Uji',
        name: `Kegiatan uji ${i + 1}`,
        area: 'applications',
        owner_agency_id: agency.id,
        years: [{ year: period.start_year, target: 'Tahap 1', planned_status: 'planned' }],
      });
      assert.equal(a.status, 201, JSON.stringify(a.body));
      ids.push(a.body.id);
    }
    let roadmap = (await admin.get(`/api/v1/roadmaps/${created.body.id}`)).body;
    if (enact) {
      const e = await admin.post(`/api/v1/roadmaps/${roadmap.id}/enact`, { decree_number: `188.45/${stamp()}/2024`, decree_date: today }, { 'If-Match': `"${roadmap.version}"` });
      assert.equal(e.status, 200, JSON.stringify(e.body));
      roadmap = e.body;
    }
    return { roadmap, activityIds: ids };
  }

  it('lists the roadmaps with period and status, and a new one is made through the form with the period explained', async () => {
    const demo = list.items[0];
    assert.ok(demo, 'the demo has a roadmap');
    const period = farPeriod();
    const title = `Peta Rencana Formulir ${stamp()}`;
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'admin');
      await page.goto(url('/tata-kelola/peta-rencana'));
      const row = page.locator(`[data-testid="roadmap-row"][data-roadmap-id="${demo.id}"]`);
      await expectTextIn(row, 'roadmap-row-period', `${demo.start_year}–${demo.end_year}`);
      await expectTextIn(row, 'roadmap-row-status', { draft: 'Rancangan', enacted: 'Berlaku', superseded: 'Digantikan' }[demo.status]);

      await page.getByTestId('roadmap-create').click();
      await page.getByTestId('rm-new-title').fill(title);
      await page.getByTestId('rm-new-start-year').fill(String(period.start_year));
      await page.getByTestId('rm-new-end-year').fill(String(period.end_year + 1)); // six years
      await page.getByTestId('roadmap-create-submit').click();
      await expectText(page, 'rm-new-end-year-error', new RegExp(`lima tahun.*${period.end_year}`));
      await page.getByTestId('error-summary').waitFor();
      assert.equal(await page.getByTestId('rm-new-title').inputValue(), title, 'what was typed stays');

      await page.getByTestId('rm-new-end-year').fill(String(period.end_year));
      await page.getByTestId('roadmap-create-submit').click();
      await expectText(page, 'roadmap-heading', title);
      await page.getByTestId('flash').waitFor();
      await expectText(page, 'roadmap-status', 'Rancangan');
      await expectText(page, 'roadmap-period', `${period.start_year}–${period.end_year}`);
      // All seven areas are still empty: flagged, in Indonesian.
      await expectText(page, 'roadmap-areas-missing', /Tata Kelola.*Manajemen.*Layanan.*Infrastruktur.*Aplikasi.*Keamanan.*Audit TIK/);
      assert.equal(await page.getByTestId('area-section').count(), 7);
      await page.getByTestId('roadmap-enact-no-activities').waitFor();
    });
  });

  it('adds an activity with its yearly plan, enacts the roadmap by decree, and the history shows it', async () => {
    const { roadmap } = await makeRoadmap(farPeriod(), { activities: 0 });
    const name = `Kegiatan formulir ${stamp()}`;
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'admin');
      await page.goto(url(`/tata-kelola/peta-rencana/${roadmap.id}`));
      await page.getByTestId('activity-add').click();
      await page.getByTestId('act-new-program').fill('Keamanan SPBE');
      await page.getByTestId('act-new-name').fill(name);
      await page.getByTestId('act-new-area').selectOption('security');
      await page.getByTestId('act-new-owner').selectOption(String(agency.id));
      await page.getByTestId('act-new-y0-target').fill('Kebijakan disusun');
      await page.getByTestId('act-new-y0-planned').selectOption('planned');
      await page.getByTestId('act-new-y1-target').fill('Audit pertama');
      await page.getByTestId('act-new-y1-planned').selectOption('planned');
      await page.getByTestId('activity-save').click();
      await page.getByTestId('roadmap-done').waitFor();
      const section = page.locator('[data-testid="area-section"][data-area="security"]');
      const row = section.getByTestId('activity-row').first();
      await expectTextIn(row, 'activity-name', name);
      await expectTextIn(row.locator(`[data-testid="activity-year-cell"][data-year="${roadmap.start_year}"]`), 'year-target', 'Kebijakan disusun');
      await expectTextIn(row.locator(`[data-testid="activity-year-cell"][data-year="${roadmap.start_year}"]`), 'year-planned', 'Direncanakan');
      await expectTextIn(row.locator(`[data-testid="activity-year-cell"][data-year="${roadmap.start_year + 4}"]`), 'year-planned', 'Tidak direncanakan');
      await expectTextIn(row, 'year-actual', 'Belum dimulai');

      // Enact: the decree is needed; the date may not be in the future.
      await page.getByTestId('roadmap-enact-submit').click();
      await expectText(page, 'rm-enact-number-error', /nomor keputusan/i);
      await page.getByTestId('rm-enact-number').fill(`188.45/${stamp()}/KPTS/2025`);
      await page.getByTestId('rm-enact-date').fill(today);
      await page.getByTestId('roadmap-enact-submit').click();
      await expectText(page, 'roadmap-status', 'Berlaku');
      await expectText(page, 'roadmap-done', /ditetapkan/);
      assert.equal(await page.getByTestId('roadmap-enact').count(), 0, 'an enacted roadmap is not enacted again');

      await page.getByTestId('record-history').last().locator('summary').click();
      await page.locator('[data-testid="history-item"][data-action="roadmap.enact"]').first().waitFor();
    });
  });

  it('a change to an enacted roadmap needs the regulation\'s reason; recording the realisation does not', async () => {
    const { roadmap, activityIds } = await makeRoadmap(farPeriod(), { enact: true });
    const id = activityIds[0];
    const reason = roadmap.change_reasons[0];
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'admin');
      await page.goto(url(`/tata-kelola/peta-rencana/${roadmap.id}`));
      const row = page.locator(`[data-testid="activity-row"][data-activity-id="${id}"]`);
      await row.getByTestId('activity-edit').click();
      await page.getByTestId('change-reason-fields').waitFor();
      await page.getByTestId('change-reason-monitoring-note').waitFor();
      await page.getByTestId(`act-${id}-y2-target`).fill('Target baru');
      await page.getByTestId('activity-save').click();
      await expectText(page, `act-${id}-change-reason-error`, /alasan/);
      assert.equal(await page.getByTestId(`act-${id}-y2-target`).inputValue(), 'Target baru', 'what was typed stays');
      // The reasons are the region's, each with its article.
      assert.match(await page.locator(`label[for="act-${id}-change-reason"]`).textContent(), new RegExp(reason.article.replace(/[()]/g, '\\$&')));
      await page.getByTestId(`act-${id}-change-reason-${reason.code}`).check();
      await page.getByTestId(`act-${id}-change-note`).fill('Disesuaikan dengan hasil evaluasi.');
      await page.getByTestId('activity-save').click();
      await page.getByTestId('roadmap-done').waitFor();
      await expectTextIn(row.locator(`[data-testid="activity-year-cell"][data-year="${roadmap.start_year + 2}"]`), 'year-target', 'Target baru');
      await expectTextIn(page.getByTestId('roadmap-change').first(), 'roadmap-change-reason', new RegExp(reason.article.replace(/[()]/g, '\\$&')));

      // Only the realisation: monitoring, no reason asked.
      await row.getByTestId('activity-edit').click();
      await page.getByTestId(`act-${id}-y0-actual`).selectOption('done');
      await page.getByTestId('activity-save').click();
      await page.getByTestId('roadmap-done').waitFor();
      await expectTextIn(row.locator(`[data-testid="activity-year-cell"][data-year="${roadmap.start_year}"]`), 'year-actual', 'Selesai');
      assert.equal(await page.getByTestId('roadmap-change').count(), 1, 'the realisation is not a change');
    });
  });

  it('records the yearly monitoring of an enacted roadmap, and the roadmap\'s history shows it', async () => {
    // The five years just before the demo roadmap: all over, so each can be monitored.
    const demo = list.items.find((r) => r.status === 'enacted') ?? list.items[0];
    const end = Math.min(demo.start_year - 1, Number(today.slice(0, 4)) - 1);
    const { roadmap } = await makeRoadmap({ start_year: end - 4, end_year: end }, { enact: true });
    assert.deepEqual(roadmap.monitoring_missing_years, [end - 4, end - 3, end - 2, end - 1, end]);
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'admin');
      await page.goto(url(`/tata-kelola/peta-rencana/${roadmap.id}`));
      await expectText(page, 'monitoring-missing', new RegExp(`${end - 4}.*${end}`));
      await page.getByTestId('monitoring-add').click();
      await page.getByTestId('mon-year').selectOption(String(end - 4));
      await page.getByTestId('mon-date').fill(`${end - 4}-12-20`);
      await page.getByTestId('monitoring-save').click();
      await expectText(page, 'mon-summary-error', /ringkasan/i);
      await page.getByTestId('mon-summary').fill('Pemantauan tahun pertama selesai.');
      await page.getByTestId('monitoring-save').click();
      await expectText(page, 'roadmap-done', /pemantauan/i);
      await expectTextIn(page.locator(`[data-testid="monitoring-item"][data-year="${end - 4}"]`), 'monitoring-summary', 'Pemantauan tahun pertama selesai.');
      const missing = await page.getByTestId('monitoring-missing').textContent();
      assert.ok(!missing.includes(`${end - 4},`), `the monitored year is no longer missing: ${missing}`);
      await page.getByTestId('record-history').last().locator('summary').click();
      await page.locator('[data-testid="history-item"][data-action="roadmap.monitor"]').first().waitFor();
    });
  });

  it('shows a conflict when someone else changed the activity first, keeping what was typed', async () => {
    const { roadmap, activityIds } = await makeRoadmap(farPeriod());
    const id = activityIds[0];
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'admin');
      await page.goto(url(`/tata-kelola/peta-rencana/${roadmap.id}`));
      await page.locator(`[data-testid="activity-row"][data-activity-id="${id}"]`).getByTestId('activity-edit').click();
      await page.getByTestId(`act-${id}-name`).fill('Nama dari formulir');
      // Someone else saves first.
      const current = await admin.get(`/api/v1/roadmap-activities/${id}`);
      const other = await admin.patch(`/api/v1/roadmap-activities/${id}`, { name: 'Nama dari orang lain' }, { 'If-Match': `"${current.body.version}"` });
      assert.equal(other.status, 200, JSON.stringify(other.body));
      await page.getByTestId('activity-save').click();
      await page.getByTestId('activity-conflict').waitFor();
      await page.getByTestId('activity-conflict-reload').click();
      await expectText(page, 'activity-unsaved', /Nama dari formulir/);
      assert.equal(await page.getByTestId(`act-${id}-name`).inputValue(), 'Nama dari orang lain', 'the form starts again from the latest');
    });
  });

  it('a reader (agency operator, leadership) sees the roadmap without forms, also on a 320 px phone', async () => {
    const demo = list.items.find((r) => r.status === 'enacted') ?? list.items[0];
    for (const username of ['operator.dinkes', 'walikota']) {
      await withPage(
        browser,
        async ({ page }) => {
          await signInAndWait(page, username);
          await page.goto(url('/tata-kelola/peta-rencana'));
          await page.getByTestId('roadmaps-read-only').waitFor();
          assert.equal(await page.getByTestId('roadmap-create').count(), 0);
          await page.goto(url(`/tata-kelola/peta-rencana/${demo.id}`));
          await page.getByTestId('roadmap-read-only').waitFor();
          await page.getByTestId('activity-grid').waitFor();
          for (const testId of ['roadmap-edit', 'activity-add', 'activity-edit', 'roadmap-enact', 'monitoring-add'])
            assert.equal(await page.getByTestId(testId).count(), 0, `${username} has no ${testId}`);
          await page.getByTestId('roadmap-export-xlsx').waitFor();
          assert.ok((await horizontalOverflow(page)) <= 0, 'no sideways scrolling on a phone');
        },
        { viewport: { width: 320, height: 640 } },
      );
    }
    // The server refuses too, in plain words.
    const operator = await apiSession('operator.dinkes');
    const refused = await operator.post('/api/v1/roadmaps', { title: 'Tidak boleh', start_year: 2090, end_year: 2094 });
    assert.equal(refused.status, 403);
  });
});

// The risk management pages (Manajemen Risiko SPBE after PermenPANRB 5/2020,
// docs/risk-security-audit-contract.md) on the demo region Kota Madiun: an agency
// operator records a risk for their own agency and sees magnitude, level and the
// decision to treat live as the levels are picked (missing answers explained beside the
// fields first); the heat map shows the new risk in its cell and the cell opens the
// register narrowed to it; a treatment done with a residual still above the appetite
// keeps the risk open with the explanation; a risk below the appetite is closed and
// reopened; the operator reads but cannot change another agency's risk (no buttons, and
// the server refuses with 403); leadership reads only; the register workbook downloads
// as .xlsx; the unit's context (Formulir 2.0) is filled in; a quarterly report
// (Formulir 5.0) is drafted, summarised and submitted; the ICT office's criteria form
// shows a refused matrix cell beside that cell; the pages fit a 320 px phone.
//
// The test makes its own risks through the API (or the UI) and picks a quarter still
// without a report, so it can run again on the same server.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { demoAgencySessions, expectText, expectTextIn, horizontalOverflow, launchBrowser, signInAndWait, stamp, url, withPage } from './helpers.mjs';

const YEAR = Number(new Intl.DateTimeFormat('en-US', { year: 'numeric', timeZone: 'Asia/Jakarta' }).format(new Date()));
const TODAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date()); // YYYY-MM-DD

describe('risk management', () => {
  let browser;
  let admin;
  let dinkesOperator;
  let dinkes; // the operator's agency
  let other; // another agency (Bappeda)
  let criteria;
  let category; // a category with its appetite for negative risks
  const bandOf = (m) => criteria.levels.find((b) => m >= b.from && m <= b.to);
  const magnitude = (l, i) => criteria.matrix[l - 1][i - 1];

  before(async () => {
    browser = await launchBrowser();
    ({ admin, dinkesOperator, dinkes, bappeda: other } = await demoAgencySessions());
    const answer = await admin.get('/api/v1/risk-criteria');
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    criteria = answer.body.criteria;
    category = criteria.categories.find((c) => c.key === 'infrastruktur') ?? criteria.categories[0];
  });
  after(async () => {
    await browser?.close();
  });

  // A risk made through the API as `who` (an operator for their agency, or the superadmin).
  async function makeRisk(who, agencyId, fields = {}) {
    const r = await who.post('/api/v1/risks', {
      agency_id: agencyId,
      year: YEAR,
      polarity: 'negative',
      event: `Server aplikasi layanan padam ${stamp()}`,
      cause: 'Catu daya ruang server tidak stabil',
      category: category.key,
      impact: 'Layanan publik daring berhenti',
      impact_area: criteria.impact_areas[0].key,
      likelihood: 4,
      impact_level: 5,
      ...fields,
    });
    assert.equal(r.status, 201, JSON.stringify(r.body));
    return r.body;
  }

  it('an operator records a risk for their agency: missing answers explained, level shown live, the server\'s values after saving', async () => {
    const event = `Data pasien bocor lewat aplikasi ${stamp()}`;
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'operator.dinkes');
      await page.goto(url('/risiko'));
      await page.getByTestId('risk-create').click();
      await expectText(page, 'risk-new-own-agency', new RegExp(dinkes.name));
      assert.equal(await page.getByTestId('risk-new-agency').count(), 0, 'an operator does not choose the agency');

      // Nothing chosen: each missing answer beside its field and in the summary.
      await page.getByTestId('risk-create-submit').click();
      await page.getByTestId('error-summary').waitFor();
      await expectText(page, 'risk-new-event-error', /Tuliskan kejadian risiko/);
      await expectText(page, 'risk-new-polarity-error', /Pilih jenis risiko/);
      await expectText(page, 'risk-new-likelihood-error', /Pilih level kemungkinan/);
      assert.ok((await page.getByTestId('error-summary-item').count()) >= 7, 'the summary lists every missing answer');

      // The preview follows the levels as they are picked.
      await expectText(page, 'risk-new-preview-pending', /Pilih level kemungkinan dan level dampak/);
      await page.getByTestId('risk-new-polarity-negative').check();
      await page.getByTestId('risk-new-event').fill(event);
      await page.getByTestId('risk-new-cause').fill('Hak akses pegawai tidak ditinjau berkala');
      await page.getByTestId('risk-new-category').selectOption(category.key);
      await page.getByTestId('risk-new-impact').fill('Kepercayaan warga menurun dan sanksi hukum');
      await page.getByTestId('risk-new-impact-area').selectOption(criteria.impact_areas[1].key);
      await page.getByTestId('risk-new-controls-sop').check();
      await page.getByTestId('risk-new-likelihood-2').check();
      await page.getByTestId('risk-new-impact-level-3').check();
      const first = magnitude(2, 3);
      await expectText(page, 'risk-new-preview-magnitude', String(first));
      await expectText(page, 'risk-new-preview-level', new RegExp(bandOf(first).name));
      await page.getByTestId('risk-new-likelihood-4').check();
      await page.getByTestId('risk-new-impact-level-5').check();
      const m = magnitude(4, 5);
      await expectText(page, 'risk-new-preview-magnitude', String(m));
      await expectText(page, 'risk-new-preview-level', bandOf(m).name);
      await expectText(page, 'risk-new-preview-treat', m >= category.appetite_negative ? /^Ya, perlu ditangani/ : /^Tidak perlu ditangani/);
      // The badge says its level in words, not only by colour.
      const badge = page.getByTestId('risk-new-preview-level');
      assert.equal(await badge.getAttribute('data-level'), String(bandOf(m).level));

      await page.getByTestId('risk-create-submit').click();
      await page.waitForURL(/\/risiko\/\d+$/);
      await page.getByTestId('flash').waitFor();
      await expectText(page, 'risk-event', event);
      await expectText(page, 'risk-magnitude', String(m));
      await expectText(page, 'risk-level', bandOf(m).name);
      await expectText(page, 'risk-status', 'Terbuka');
      await expectText(page, 'risk-agency', new RegExp(dinkes.short_name));
      await page.getByTestId('risk-edit-open').waitFor();
      await page.getByTestId('risk-tr-add').waitFor();

      // The register lists it with its level badge.
      const id = Number(page.url().split('/').pop());
      const saved = (await admin.get(`/api/v1/risks/${id}`)).body;
      assert.equal(saved.agency_id, dinkes.id);
      assert.equal(saved.magnitude, m);
      await page.goto(url('/risiko'));
      await page.getByTestId('risk-filter-q').fill(event.split(' ').pop());
      await page.getByTestId('risk-filter-apply').click();
      await expectText(page, 'risk-total', 'Jumlah risiko: 1');
      const row = page.locator(`[data-testid="risk-row"][data-risk-id="${id}"]`);
      await row.waitFor();
      await expectTextIn(row, 'risk-row-level', new RegExp(bandOf(m).name));
      await expectTextIn(row, 'risk-row-li', '4 × 5');
    });
  });

  it('the heat map shows the risk in its cell, and the cell opens the register narrowed to it', async () => {
    const risk = await makeRisk(dinkesOperator, dinkes.id, { likelihood: 3, impact_level: 4 });
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'operator.dinkes');
      await page.goto(url('/risiko/peta'));
      await page.getByTestId('risk-heat-map').waitFor();
      await page.getByTestId('risk-heat-agency').selectOption(String(dinkes.id));
      const map = (await admin.get(`/api/v1/risks/heat-map?year=${YEAR}&agency_id=${dinkes.id}`)).body;
      const expected = map.cells.find((c) => c.likelihood === 3 && c.impact === 4);
      assert.ok(expected.count >= 1);
      const cell = page.locator('[data-testid="risk-heat-cell"][data-likelihood="3"][data-impact="4"]');
      await expectTextIn(cell, 'risk-heat-count', String(expected.count));
      assert.equal(await cell.getAttribute('data-level'), String(bandOf(magnitude(3, 4)).level));
      await expectText(page, 'risk-heat-total', new RegExp(`^${map.total} risiko`));
      await cell.getByTestId('risk-heat-link').click();
      await page.waitForURL(/kemungkinan=3&dampak=4/);
      await page.getByTestId('risk-cell-filter').waitFor();
      await page.locator(`[data-testid="risk-row"][data-risk-id="${risk.id}"]`).waitFor();
      const cells = await page.getByTestId('risk-row-li').allTextContents();
      assert.ok(cells.length >= 1 && cells.every((c) => c.trim() === '3 × 4'), `only the cell's risks: ${cells}`);
    });
  });

  it('a treatment done with a residual still above the appetite keeps the risk open, explained', async () => {
    const risk = await makeRisk(dinkesOperator, dinkes.id);
    // A residual of likelihood 3 × impact 4 stays at or above the appetite of the category.
    const residual = magnitude(3, 4);
    assert.ok(residual >= category.appetite_negative, 'the chosen residual is above the appetite');
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'operator.dinkes');
      await page.goto(url(`/risiko/${risk.id}`));
      await expectText(page, 'risk-event', risk.event);
      await page.getByTestId('risk-close-not-yet').waitFor();
      assert.equal(await page.getByTestId('risk-close').count(), 0, 'no close button while the risk must be treated');
      await page.getByTestId('risk-tr-add').click();
      // Only the options of a negative risk.
      assert.equal(await page.getByTestId('risk-tr-new-treatment-option-exploit').count(), 0);
      await page.getByTestId('risk-tr-new-treatment-option-mitigate').check();
      await page.getByTestId('risk-tr-new-actions').fill('Memasang UPS dan genset untuk ruang server');
      await page.getByTestId('risk-tr-new-starts-on').fill(TODAY);
      await page.getByTestId('risk-tr-new-due-on').fill(TODAY);
      await page.getByTestId('risk-tr-new-status-done').check();
      // Done without its date and residual: explained beside the fields.
      await page.getByTestId('risk-tr-new-submit').click();
      await expectText(page, 'risk-tr-new-residual-likelihood-error', /Pilih kemungkinan residual/);
      await expectText(page, 'risk-tr-new-done-on-error', /Isi tanggal selesai penanganan/);
      await page.getByTestId('risk-tr-new-done-on').fill(TODAY);
      await page.getByTestId('risk-tr-new-residual-likelihood-3').check();
      await page.getByTestId('risk-tr-new-residual-impact-level-4').check();
      await expectText(page, 'risk-tr-new-residual-preview-magnitude', String(residual));
      await expectText(page, 'risk-tr-new-residual-preview-treat', /^Ya, perlu ditangani/);
      await page.getByTestId('risk-tr-new-submit').click();

      await expectText(page, 'risk-residual-explain', 'Risiko residual masih di atas selera risiko: perlu penanganan lanjutan.');
      await expectText(page, 'risk-status', 'Dalam penanganan');
      const tr = page.getByTestId('risk-tr');
      await expectTextIn(tr, 'risk-tr-status', 'Selesai');
      await expectTextIn(tr, 'risk-tr-residual', /masih di atas selera risiko/);
      await expectText(page, 'risk-residual', new RegExp(`\\(${residual}\\) masih di atas selera risiko`));
      await page.getByTestId('risk-close-not-yet').waitFor();
      assert.equal(await page.getByTestId('risk-close').count(), 0);
      const after = (await admin.get(`/api/v1/risks/${risk.id}`)).body;
      assert.equal(after.status, 'treating');
      assert.equal(after.needs_treatment, true);
      assert.equal(after.residual.magnitude, residual);
    });
  });

  it('a risk below the appetite may be closed and reopened', async () => {
    const risk = await makeRisk(dinkesOperator, dinkes.id, { likelihood: 1, impact_level: 1 });
    assert.equal(risk.treat, false);
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'operator.dinkes');
      await page.goto(url(`/risiko/${risk.id}`));
      await expectText(page, 'risk-treat', /^Tidak — besaran di bawah selera risiko/);
      await page.getByTestId('risk-close').click();
      await expectText(page, 'risk-status', 'Ditutup');
      await expectText(page, 'risk-done', 'Risiko sudah ditutup.');
      for (const id of ['risk-edit-open', 'risk-tr-add', 'risk-close']) assert.equal(await page.getByTestId(id).count(), 0, `${id} is gone on a closed risk`);
      await page.getByTestId('risk-reopen').click();
      await expectText(page, 'risk-status', 'Terbuka');
      await page.getByTestId('risk-edit-open').waitFor();
    });
  });

  it('a change saved meanwhile by someone else (412) keeps what was typed', async () => {
    const risk = await makeRisk(dinkesOperator, dinkes.id);
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'operator.dinkes');
      await page.goto(url(`/risiko/${risk.id}`));
      await page.getByTestId('risk-edit-open').click();
      await page.getByTestId('risk-edit-cause').fill('Penyebab yang saya ketik');
      await page.getByTestId('risk-edit-likelihood-2').check();
      await expectText(page, 'risk-edit-preview-magnitude', String(magnitude(2, 5)));
      const other = await admin.patch(`/api/v1/risks/${risk.id}`, { indicator: 'Diubah oleh Dinas Kominfo' }, { 'If-Match': `"${risk.version}"` });
      assert.equal(other.status, 200, JSON.stringify(other.body));
      await page.getByTestId('risk-save').click();
      await page.getByTestId('risk-conflict').waitFor();
      await page.getByTestId('risk-conflict-reload').click();
      await expectText(page, 'risk-unsaved', /Penyebab yang saya ketik/);
      await page.getByTestId('risk-edit-cause').fill('Penyebab yang saya ketik');
      await page.getByTestId('risk-save').click();
      await expectText(page, 'risk-done', 'Perubahan sudah disimpan.');
      await expectText(page, 'risk-cause', 'Penyebab yang saya ketik');
      await expectText(page, 'risk-indicator', 'Diubah oleh Dinas Kominfo');
    });
  });

  it('an operator reads another agency\'s risk but cannot change it; leadership reads only', async () => {
    const risk = await makeRisk(admin, other.id);
    const refused = await dinkesOperator.patch(`/api/v1/risks/${risk.id}`, { event: 'diubah' }, { 'If-Match': `"${risk.version}"` });
    assert.equal(refused.status, 403, 'the server refuses another agency\'s risk');
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'operator.dinkes');
      await page.goto(url(`/risiko/${risk.id}`));
      await expectText(page, 'risk-event', risk.event);
      await expectText(page, 'risk-read-only', new RegExp(`milik ${other.short_name}`));
      for (const id of ['risk-edit-open', 'risk-tr-add', 'risk-close', 'risk-reopen'])
        assert.equal(await page.getByTestId(id).count(), 0, `${id} is not offered for another agency's risk`);
    });
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'walikota');
      await page.goto(url('/risiko'));
      await page.getByTestId('risk-read-only').waitFor();
      assert.equal(await page.getByTestId('risk-create').count(), 0, 'no new risk for leadership');
      await page.goto(url(`/risiko/${risk.id}`));
      await page.getByTestId('risk-read-only').waitFor();
      assert.equal(await page.getByTestId('risk-edit-open').count(), 0);
      await page.goto(url('/risiko/baru'));
      await page.getByTestId('forbidden').waitFor();
      assert.equal(await page.getByTestId('risk-create-form').count(), 0, 'leadership gets no form');
    });
  });

  it('the register workbook downloads as .xlsx', async () => {
    await makeRisk(dinkesOperator, dinkes.id);
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'operator.dinkes');
      await page.goto(url('/risiko'));
      const link = page.getByTestId('risk-workbook');
      await link.waitFor();
      assert.equal(await link.getAttribute('href'), `/api/v1/risk-register.xlsx?year=${YEAR}&agency_id=${dinkes.id}`);
      const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
      assert.match(download.suggestedFilename(), /\.xlsx$/);
      const path = await download.path();
      const { readFile } = await import('node:fs/promises');
      const bytes = await readFile(path);
      assert.equal(bytes.subarray(0, 2).toString('latin1'), 'PK', 'an XLSX file (zip)');
    }, { acceptDownloads: true });
  });

  it('an operator fills in the unit\'s context (Formulir 2.0) with the criteria shown read-only', async () => {
    const duties = `Melaksanakan urusan pemerintahan bidang kesehatan ${stamp()}`;
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'operator.dinkes');
      await page.goto(url('/risiko/konteks'));
      await page.getByTestId('risk-context-form').waitFor();
      assert.equal(await page.getByTestId('risk-context-agency').inputValue(), String(dinkes.id), 'an operator starts at their own agency');
      // A goal row with only its indicator is explained beside the fields.
      await page.getByTestId('risk-context-goal-0-indicator').fill('Indeks SPBE');
      await page.getByTestId('risk-context-goal-0-unit_goal').fill('');
      await page.getByTestId('risk-context-duties').fill(duties);
      await page.getByTestId('risk-context-submit').click();
      await expectText(page, 'risk-context-goal-0-unit_goal-error', /Isi sasaran UPR pada sasaran 1/);
      await page.getByTestId('risk-context-goal-0-unit_goal').fill('Layanan kesehatan daring tersedia');
      await page.getByTestId('risk-context-goal-0-spbe_goal').fill('Layanan publik berbasis elektronik');
      await page.getByTestId('risk-context-submit').click();
      await page.getByTestId('risk-context-saved').waitFor();
      const saved = (await admin.get(`/api/v1/risk-contexts?year=${YEAR}&agency_id=${dinkes.id}`)).body.items[0];
      assert.equal(saved.duties, duties);
      assert.equal(saved.goals[0].unit_goal, 'Layanan kesehatan daring tersedia');
      await page.reload();
      await page.getByTestId('risk-context-version').waitFor();
      assert.equal(await page.getByTestId('risk-context-duties').inputValue(), duties, 'the saved context is shown again');
      // The region's criteria below, read-only.
      await page.getByTestId('risk-criteria-view').waitFor();
      assert.equal(await page.getByTestId('risk-criteria-matrix').locator('td').count(), 25);
    });
  });

  it('monitoring reports: a quarter drafted from the register, summarised and submitted; missing ones listed', async () => {
    const list = (await admin.get(`/api/v1/risk-reports?year=${YEAR}`)).body;
    const slot = list.missing.find((m) => m.period !== 'annual' && m.draft_report_id === null);
    assert.ok(slot, 'some unit still has a quarter without a report');
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'admin');
      await page.goto(url('/risiko/laporan'));
      await page.getByTestId('risk-report-missing').waitFor();
      assert.ok((await page.getByTestId('risk-report-missing-item').count()) >= 1);
      await page.getByTestId('risk-report-new-submit').click();
      await expectText(page, 'risk-report-new-agency-error', /Pilih PD/);
      await page.getByTestId('risk-report-new-agency').selectOption(String(slot.agency.id));
      await page.getByTestId('risk-report-new-period').selectOption(slot.period);
      await page.getByTestId('risk-report-new-submit').click();
      await page.waitForURL(/\/risiko\/laporan\/\d+$/);
      await expectText(page, 'risk-report-status', 'Draf');
      await page.getByTestId('risk-report-summary').fill('Penanganan berjalan sesuai rencana.');
      await page.getByTestId('risk-report-save').click();
      await expectText(page, 'risk-report-done', /Ringkasan laporan sudah disimpan/);
      await page.getByTestId('risk-report-submit').click();
      await expectText(page, 'risk-report-status', 'Sudah diserahkan');
      assert.equal(await page.getByTestId('risk-report-submit').count(), 0, 'a submitted report is final');
      await expectText(page, 'risk-report-texts', /Penanganan berjalan sesuai rencana/);
      // Drafting the same quarter again is refused in plain words.
      await page.goto(url('/risiko/laporan'));
      await page.getByTestId('risk-report-new-agency').selectOption(String(slot.agency.id));
      await page.getByTestId('risk-report-new-period').selectOption(slot.period);
      await page.getByTestId('risk-report-new-submit').click();
      await page.getByTestId('error-summary').waitFor();
    });
  });

  it('the ICT office edits the criteria: a refused matrix cell is explained beside that cell', async () => {
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'operator.dinkes');
      await page.goto(url('/risiko'));
      await page.getByTestId('risk-nav').waitFor();
      assert.equal(await page.getByTestId('risk-nav-criteria').count(), 0, 'operators do not edit the criteria');
    });
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'admin');
      await page.goto(url('/risiko/kriteria'));
      await page.getByTestId('risk-criteria-form').waitFor();
      // Likelihood 1 × impact 1 given a magnitude another cell already has.
      await page.getByTestId('risk-criteria-cell-0-0').fill(String(criteria.matrix[0][1]));
      await page.getByTestId('risk-criteria-save').click();
      await page.getByTestId('error-summary').waitFor();
      // The server names the cell (matrix[0][1]: likelihood 1, impact 2); the message stands beside it.
      await expectText(page, 'risk-criteria-cell-error', /^Kemungkinan 1, dampak [12]: Besaran \d+ sudah dipakai sel lain/);
      assert.ok(
        (await page.getByTestId('risk-criteria-cell-0-1').getAttribute('aria-invalid')) === 'true' ||
          (await page.getByTestId('risk-criteria-cell-0-0').getAttribute('aria-invalid')) === 'true',
        'the refused cell is marked',
      );
      assert.deepEqual((await admin.get('/api/v1/risk-criteria')).body.criteria.matrix, criteria.matrix, 'nothing was saved');
    });
  });

  it('fits a 320 px phone without sideways scrolling', async () => {
    const risk = await makeRisk(dinkesOperator, dinkes.id);
    await withPage(
      browser,
      async ({ page }) => {
        await signInAndWait(page, 'operator.dinkes');
        for (const [path, testId] of [
          ['/risiko', 'risk-table'],
          ['/risiko/peta', 'risk-heat-map'],
          [`/risiko/${risk.id}`, 'risk-treatments'],
          ['/risiko/baru', 'risk-create-form'],
          ['/risiko/konteks', 'risk-criteria-view'],
          ['/risiko/laporan', 'risk-report-missing'],
        ]) {
          await page.goto(url(path));
          await page.getByTestId(testId).first().waitFor();
          assert.ok((await horizontalOverflow(page)) <= 0, `${path} scrolls sideways at 320 px`);
        }
      },
      { viewport: { width: 320, height: 640 } },
    );
    const report = (await admin.get(`/api/v1/risk-reports?year=${YEAR}`)).body.items[0];
    await withPage(
      browser,
      async ({ page }) => {
        await signInAndWait(page, 'admin');
        for (const [path, testId] of [['/risiko/kriteria', 'risk-criteria-form'], ...(report ? [[`/risiko/laporan/${report.id}`, 'risk-report-facts']] : [])]) {
          await page.goto(url(path));
          await page.getByTestId(testId).waitFor();
          assert.ok((await horizontalOverflow(page)) <= 0, `${path} scrolls sideways at 320 px`);
        }
      },
      { viewport: { width: 320, height: 640 } },
    );
  });
});

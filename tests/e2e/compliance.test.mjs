// The compliance pages (Kepatuhan, docs/compliance-contract.md "Pages") on the demo
// region Kota Madiun:
// - the region's page shows the same share, counts per status and agencies as the API,
//   and each count opens the duties with that status;
// - an agency's page lists an overdue duty with its citation and original sentence;
// - an agency operator records a statement of compliance for a duty of their agency judged
//   on statements (errors beside the fields first, what was typed kept) and sees it met;
//   the statement's page withdraws it, and a withdrawal someone else made first (412) is
//   explained with "load the latest";
// - another agency's page offers that operator no "Catat pernyataan";
// - the pages fit a 320 px phone.
//
// Statements the test makes are for duties still open when it runs, so it can run again
// on the same server.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { demoAgencySessions, expectText, expectTextIn, horizontalOverflow, launchBrowser, signInAndWait, stamp, url, withPage } from './helpers.mjs';

const BASE = '/api/v1/compliance';
const OPEN = ['overdue', 'not_met', 'due_soon'];
const PERIODIC = ['periodic_submission', 'periodic_event'];
const plusDays = (day, n) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const cardOf = (page, f) => page.locator(`[data-testid="cm-finding"][data-obligation="${f.obligation.id}"][data-subject="${f.subject.kind}:${f.subject.id}"]`);

describe('Compliance', () => {
  let browser;
  let admin;
  let dinkesOperator;
  let dinkes;
  let bappeda;
  before(async () => {
    browser = await launchBrowser();
    ({ admin, dinkesOperator, dinkes, bappeda } = await demoAgencySessions());
  });
  after(async () => {
    await browser?.close();
  });

  const agencyView = async (id) => {
    const r = await admin.get(`${BASE}/agencies/${id}`);
    assert.equal(r.status, 200, JSON.stringify(r.body));
    return r.body;
  };
  // Duties of Dinkes judged on statements, still open, whose subject is Dinkes's own.
  const openStatementDuties = async () =>
    (await agencyView(dinkes.id)).findings.filter((f) => f.basis === 'statement' && OPEN.includes(f.status) && f.subject.agency_id === dinkes.id);

  it('the region page shows the numbers the API gives, and each count opens those duties', async () => {
    const region = (await admin.get(BASE)).body;
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'admin');
      await page.goto(url('/kepatuhan'));
      await expectText(page, 'cm-heading', 'Kepatuhan SPBE');
      await page.getByTestId('cm-tally').waitFor();
      for (const s of ['overdue', 'not_met', 'due_soon', 'met', 'not_applicable'])
        assert.equal(await page.getByTestId(`cm-tally-${s}`).getAttribute('data-count'), String(region.tally[s]), `the count of ${s}`);
      const share = region.tally.share_met === null ? '—' : `${(Math.round(region.tally.share_met * 1000) / 10).toFixed(1).replace('.', ',')}%`;
      await expectText(page, 'cm-tally-share', share);
      assert.equal(await page.getByTestId('cm-agency-row').count(), region.agencies.length);
      const dinkesRow = region.agencies.find((a) => a.agency_id === dinkes.id);
      await expectTextIn(page.locator(`[data-testid="cm-agency-row"][data-agency-id="${dinkes.id}"]`), 'cm-agency-overdue', String(dinkesRow.tally.overdue));
      // Worst first: no agency below has more overdue duties than one above it.
      const overdue = (await page.getByTestId('cm-agency-overdue').allTextContents()).map(Number);
      assert.deepEqual(overdue, [...overdue].sort((a, b) => b - a));
      await page.getByTestId('cm-trend').or(page.getByTestId('cm-trend-empty')).first().waitFor();
      assert.equal(await page.getByTestId('cm-report-pdf').getAttribute('href'), `${BASE}/report.pdf`);

      // A count opens the duties with that status.
      const status = ['overdue', 'not_met', 'met'].find((s) => region.tally[s] > 0);
      await page.getByTestId(`cm-tally-${status}-link`).click();
      await page.getByTestId('cm-obligations').waitFor();
      const list = (await admin.get(`${BASE}/obligations`)).body.obligations.filter((o) => o.tally[status] > 0);
      assert.equal(await page.getByTestId('cm-obligation-row').count(), list.length);

      // An agency's page from the table.
      await page.goto(url('/kepatuhan'));
      await page.locator(`[data-testid="cm-agency-row"][data-agency-id="${dinkes.id}"]`).getByTestId('cm-agency-link').click();
      await expectText(page, 'cm-agency-heading', dinkesRow.name);
      assert.equal(await page.getByTestId('cm-report-xlsx').getAttribute('href'), `${BASE}/report.xlsx?agency_id=${dinkes.id}`);
    });
  });

  it('an agency page lists an overdue duty with its citation and original sentence', async () => {
    let view = await agencyView(dinkes.id);
    let overdue = view.findings.find((f) => f.status === 'overdue');
    if (!overdue) {
      // None in the demo data: a periodic duty last done long ago is overdue.
      const periodic = (await openStatementDuties()).find((f) => PERIODIC.includes(f.obligation.rule.kind));
      assert.ok(periodic, 'Dinkes has a periodic duty judged on statements');
      const r = await admin.post(`${BASE}/statements`, {
        obligation_id: periodic.obligation.id,
        subject_kind: periodic.subject.kind,
        subject_id: periodic.subject.id,
        done_on: plusDays(view.as_of, -365 * 6),
        reference: `Laporan lama ${stamp()}`,
      });
      assert.equal(r.status, 201, JSON.stringify(r.body));
      view = await agencyView(dinkes.id);
      overdue = view.findings.find((f) => f.status === 'overdue');
      assert.ok(overdue, 'a duty is overdue now');
    }
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'walikota');
      await page.goto(url(`/kepatuhan/pd/${dinkes.id}`));
      const card = cardOf(page, overdue).first();
      await card.waitFor();
      assert.equal(await card.getAttribute('data-status'), 'overdue');
      await expectTextIn(card, 'cm-finding-status', 'Terlambat');
      await expectTextIn(card, 'cm-finding-citation', overdue.obligation.citation);
      await expectTextIn(card, 'cm-finding-reason', overdue.reason.id);
      await card.getByTestId('cm-finding-sentence').locator('summary').click();
      await expectTextIn(card, 'cm-finding-text', overdue.obligation.text);
      assert.equal(await page.getByTestId('cm-attest').count(), 0, 'leadership records no statements');

      // The status filter keeps the overdue duties only.
      await page.getByTestId('cm-filter-status').selectOption('overdue');
      await page.getByTestId('cm-filter-apply').click();
      await page.waitForURL(/status=overdue/);
      const shown = await page.getByTestId('cm-finding').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-status')));
      assert.ok(shown.length > 0 && shown.every((s) => s === 'overdue'), `only overdue duties: ${shown}`);
    });
  });

  it('an operator records a statement for a duty of their agency and sees it met, then withdraws it', async () => {
    const duty = (await openStatementDuties()).find((f) => f.status !== 'overdue') ?? (await openStatementDuties())[0];
    assert.ok(duty, 'Dinkes has an open duty judged on statements');
    const reference = `Keputusan Kepala Dinas 100/${stamp()}/2026`;
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'operator.dinkes');
      await page.goto(url(`/kepatuhan/pd/${dinkes.id}`));
      const card = cardOf(page, duty);
      await card.waitFor();
      await card.getByTestId('cm-attest').click();
      await expectText(page, 'cm-st-heading', 'Catat pernyataan kepatuhan');
      await expectText(page, 'cm-st-citation', duty.obligation.citation);

      // The browser's checks beside the fields; what was typed stays.
      await page.getByTestId('cm-st-note').fill('Dokumen asli di Sekretariat.');
      await page.getByTestId('cm-st-submit').click();
      await page.getByTestId('error-summary').waitFor();
      await expectText(page, 'cm-st-done-on-error', 'Isi tanggal kewajiban dipenuhi.');
      await expectText(page, 'cm-st-reference-error', 'Isi nomor atau rujukan dokumennya.');
      assert.equal(await page.getByTestId('cm-st-note').inputValue(), 'Dokumen asli di Sekretariat.');

      const today = (await agencyView(dinkes.id)).as_of;
      await page.getByTestId('cm-st-done-on').fill(today);
      await page.getByTestId('cm-st-reference').fill(reference);
      await page.getByTestId('cm-st-submit').click();
      await page.waitForURL(new RegExp(`/kepatuhan/pd/${dinkes.id}$`));
      await expectText(page, 'flash', 'Pernyataan kepatuhan dicatat.');
      const met = cardOf(page, duty);
      await met.waitFor({ state: 'attached' });
      assert.equal(await met.getAttribute('data-status'), 'met');
      const after = (await agencyView(dinkes.id)).findings.find((f) => f.obligation.id === duty.obligation.id && f.subject.id === duty.subject.id && f.subject.kind === duty.subject.kind);
      assert.equal(after.status, 'met');

      // Its statement's page, from the evidence; withdrawn with a reason.
      await page.getByTestId('cm-duties-met').locator(':scope > summary').click();
      await met.getByTestId('cm-evidence-link').first().click();
      await expectText(page, 'cm-stp-heading', reference);
      await expectText(page, 'cm-stp-status', 'Berlaku');
      await page.getByTestId('cm-stp-withdraw-open').click();
      await page.getByTestId('cm-stp-withdraw-submit').click();
      await expectText(page, 'cm-stp-reason-error', 'Tuliskan alasan penarikan.');
      await page.getByTestId('cm-stp-reason').fill('Salah nomor keputusan.');
      await page.getByTestId('cm-stp-withdraw-submit').click();
      await expectText(page, 'cm-stp-done', 'Pernyataan ditarik.');
      await expectText(page, 'cm-stp-status', 'Ditarik');
      await expectText(page, 'cm-stp-withdraw-reason', 'Salah nomor keputusan.');
    });
  });

  it('a withdrawal someone else made first is explained (412), and the latest version loads', async () => {
    const duty = (await openStatementDuties())[0];
    assert.ok(duty, 'Dinkes has an open duty judged on statements');
    const created = await dinkesOperator.post(`${BASE}/statements`, {
      obligation_id: duty.obligation.id,
      subject_kind: duty.subject.kind,
      subject_id: duty.subject.id,
      done_on: (await agencyView(dinkes.id)).as_of,
      reference: `Nota Dinas ${stamp()}`,
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'operator.dinkes');
      await page.goto(url(`/kepatuhan/pernyataan/${created.body.id}`));
      await page.getByTestId('cm-stp-withdraw-open').click();
      await page.getByTestId('cm-stp-reason').fill('Diganti nota baru.');
      const r = await admin.post(`${BASE}/statements/${created.body.id}/withdraw`, { reason: 'Ditarik Diskominfo.' }, { 'If-Match': `"${created.body.version}"` });
      assert.equal(r.status, 200, JSON.stringify(r.body));
      await page.getByTestId('cm-stp-withdraw-submit').click();
      await page.getByTestId('cm-stp-conflict').waitFor();
      await page.getByTestId('cm-stp-conflict-reload').click();
      await expectText(page, 'cm-stp-status', 'Ditarik');
      await expectText(page, 'cm-stp-withdraw-reason', 'Ditarik Diskominfo.');
      assert.equal(await page.getByTestId('cm-stp-withdraw-open').count(), 0);
    });
  });

  it("another agency's page offers the operator no statement to record", async () => {
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'operator.dinkes');
      await page.goto(url(`/kepatuhan/pd/${bappeda.id}`));
      await page.getByTestId('cm-agency-heading').waitFor();
      await page.getByTestId('cm-duties').or(page.getByTestId('cm-duties-empty')).first().waitFor();
      assert.ok((await page.getByTestId('cm-finding').count()) > 0, 'Bappeda has duties');
      assert.equal(await page.getByTestId('cm-attest').count(), 0);
      // Their own agency's page does offer it.
      if ((await openStatementDuties()).length > 0) {
        await page.goto(url(`/kepatuhan/pd/${dinkes.id}`));
        await page.getByTestId('cm-attest').first().waitFor();
      }
    });
  });

  it('the pages fit a 320 px phone', async () => {
    const obligation = (await admin.get(`${BASE}/obligations`)).body.obligations[0].obligation;
    const duty = (await openStatementDuties())[0];
    await withPage(
      browser,
      async ({ page }) => {
        await signInAndWait(page, 'operator.dinkes');
        const pages = ['/kepatuhan', `/kepatuhan/pd/${dinkes.id}`, '/kepatuhan/kewajiban', `/kepatuhan/kewajiban/${encodeURIComponent(obligation.id)}`, '/kepatuhan/kalender'];
        if (duty) pages.push(`/kepatuhan/pernyataan/baru?obligation=${encodeURIComponent(duty.obligation.id)}&kind=${duty.subject.kind}&subject=${duty.subject.id}`);
        for (const path of pages) {
          await page.goto(url(path));
          await page.locator('h1 [data-testid]').first().waitFor();
          await page.getByTestId('loading').waitFor({ state: 'detached' });
          assert.equal(await horizontalOverflow(page), 0, `${path} fits 320 px`);
        }
      },
      { viewport: { width: 320, height: 640 } },
    );
  });
});

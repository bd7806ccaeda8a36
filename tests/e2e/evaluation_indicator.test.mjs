// The indicator page of a self-assessment and the question inbox (docs/evaluation-contract.md,
// "Pages") on the demo region:
// - a team member chooses a level (a card with its criteria) with an explanation and saves;
// - the person in charge verifies it;
// - when someone else saved first (through the API), saving says so, shows their version and
//   keeps what was chosen and typed;
// - "Pakai usulan ini" fills the choice without saving: after a reload the old level is back;
// - operator.dinkes finds the inbox from /evaluasi (with the count of open questions), answers an
//   open question there and attaches a web address as evidence for Dinas Kesehatan; the indicator
//   page lists it, and offers that operator no level controls;
// - the pages fit a 320 px phone.
//
// The test makes its own campaign (the lowest year with none yet) and team: auditor is a member,
// sekda the person in charge, so it can run again on the same server.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { apiSession, demoAgencySessions, expectText, expectTextIn, horizontalOverflow, launchBrowser, signInAndWait, stamp, url, withPage } from './helpers.mjs';

const BASE = '/api/v1/evaluation';

const levelCard = (page, level) => page.locator('.ei-level', { has: page.getByTestId(`ei-level-${level}`) }).locator('label');

describe('Evaluation indicator page', () => {
  let browser;
  let admin;
  let member; // auditor: a team member
  let inCharge; // sekda: the person in charge
  let dinkesOperator;
  let dinkes;
  let campaign;
  const indicatorPage = (no) => url(`/evaluasi/${campaign.id}/indikator/${no}`);
  const indicator = async (no) => {
    const r = await admin.get(`${BASE}/campaigns/${campaign.id}/indicators/${no}`);
    assert.equal(r.status, 200, JSON.stringify(r.body));
    return r;
  };
  const levelOf = (body) => body.level;

  before(async () => {
    browser = await launchBrowser();
    ({ admin, dinkesOperator, dinkes } = await demoAgencySessions());
    member = await apiSession('auditor');
    inCharge = await apiSession('sekda');
    const taken = new Set((await admin.get(`${BASE}/campaigns`)).body.items.map((c) => c.year));
    let year = 2018;
    while (taken.has(year)) year += 1;
    const made = await admin.call('POST', `${BASE}/campaigns`, { year, kind: 'evaluation' });
    assert.equal(made.status, 201, JSON.stringify(made.body));
    campaign = made.body;
    for (const [who, role] of [
      [member, 'member'],
      [inCharge, 'person_in_charge'],
    ]) {
      const r = await admin.call('PUT', `${BASE}/campaigns/${campaign.id}/assessors/${who.user.id}`, { role, unit: 'TIK' });
      assert.ok(r.status === 200 || r.status === 201, JSON.stringify(r.body));
    }
  });
  after(async () => {
    await browser?.close();
  });

  it('a team member chooses a level with an explanation and saves; the person in charge verifies', async () => {
    const explanation = `Kebijakan sudah ditetapkan dan diterapkan di sebagian unit ${stamp()}`;
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'auditor');
      await page.goto(indicatorPage(1));
      await expectText(page, 'ei-heading', /^Indikator 1: /);
      assert.equal(await page.locator('.ei-level').count(), 5, 'five levels to choose from');
      await levelCard(page, 2).click();
      await page.getByTestId('ei-explanation').fill(explanation);
      await page.getByTestId('ei-save').click();
      await page.getByTestId('ei-saved').waitFor();
      await expectText(page, 'ei-verification-state', /Belum diverifikasi/);
      assert.equal(await page.getByTestId('ei-verify').count(), 0, 'a member does not verify');
    });
    const saved = (await indicator(1)).body;
    assert.equal(levelOf(saved), 2);

    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'sekda');
      await page.goto(indicatorPage(1));
      await page.getByTestId('ei-answer-form').waitFor();
      assert.equal(await page.getByTestId('ei-explanation').inputValue(), explanation);
      await page.getByTestId('ei-verify').click();
      await page.locator('[data-testid="ei-verification"][data-verified="true"]').waitFor();
      await expectText(page, 'ei-verification-state', /Terverifikasi/);
      await page.getByTestId('ei-unverify').waitFor();
    });
  });

  it('a change someone else saved first is explained, with their version, and what was typed stays', async () => {
    const mine = `Penjelasan saya ${stamp()}`;
    const theirs = `Penjelasan mereka ${stamp()}`;
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'auditor');
      await page.goto(indicatorPage(2));
      await expectText(page, 'ei-heading', /^Indikator 2: /);
      await levelCard(page, 3).click();
      await page.getByTestId('ei-explanation').fill(mine);

      // Meanwhile the person in charge saves another answer through the API.
      const current = await indicator(2);
      const put = await inCharge.call('PUT', `${BASE}/campaigns/${campaign.id}/indicators/2`, { level: 4, explanation: theirs }, { 'If-Match': current.etag });
      assert.equal(put.status, 200, JSON.stringify(put.body));

      // The page loaded the indicator unanswered, so its save now meets their answer.
      await page.getByTestId('ei-save').click();
      await page.getByTestId('ei-conflict').waitFor();
      await expectText(page, 'ei-conflict-level', /^Tingkat 4/);
      await expectText(page, 'ei-conflict-explanation', theirs);
      assert.equal(await page.getByTestId('ei-explanation').inputValue(), mine, 'the typed explanation stays');
      assert.ok(await page.getByTestId('ei-level-3').isChecked(), 'the chosen level stays');

      // Saving again now replaces their version, knowingly.
      await page.getByTestId('ei-save').click();
      await page.getByTestId('ei-saved').waitFor();
    });
    assert.equal(levelOf((await indicator(2)).body), 3);
  });

  it('the suggestion fills the choice without saving', async () => {
    const all = await admin.get(`${BASE}/campaigns/${campaign.id}/suggestions`);
    assert.equal(all.status, 200, JSON.stringify(all.body));
    const items = all.body.suggestions;
    const unanswered = new Set([1, 2]);
    const s = items.find((x) => !unanswered.has(x.indicator));
    assert.ok(s, 'an indicator with a suggestion');
    const before = levelOf((await indicator(s.indicator)).body);
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'auditor');
      await page.goto(indicatorPage(s.indicator));
      await page.getByTestId('ei-suggestion').waitFor();
      assert.ok((await page.getByTestId('ei-suggestion-reason').count()) > 0, 'the reasons are shown');
      await page.getByTestId('ei-suggestion-use').click();
      assert.ok(await page.getByTestId(`ei-level-${s.level}`).isChecked(), 'the suggested level is chosen');
      await page.reload();
      await page.getByTestId('ei-answer-form').waitFor();
      assert.equal(await page.getByTestId(`ei-level-${s.level}`).isChecked(), before === s.level, 'nothing was saved');
    });
    assert.equal(levelOf((await indicator(s.indicator)).body), before);
  });

  it('operator.dinkes answers a question in the inbox and attaches a web address; the indicator shows it', async () => {
    const no = 5;
    const asked = await member.call('POST', `${BASE}/campaigns/${campaign.id}/indicators/${no}/questions`, {
      agency_id: dinkes.id,
      question: `Mohon kirim dokumen kebijakan Dinas Kesehatan ${stamp()}`,
      due_on: '2020-01-31',
    });
    assert.equal(asked.status, 201, JSON.stringify(asked.body));
    const q = asked.body;
    const answer = `Sudah ada Peraturan Kepala Dinas ${stamp()}`;
    const address = `https://dinkes.example.go.id/kebijakan-${stamp()}.pdf`;
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'operator.dinkes');
      // /evaluasi leads to the inbox, with the number of open questions for Dinkes.
      const open = (await dinkesOperator.get(`${BASE}/questions?open=true`)).body.items.length;
      await page.goto(url('/evaluasi'));
      await page.locator(`[data-testid="eq-inbox-link"][data-count="${open}"]`).waitFor();
      await expectText(page, 'eq-inbox-link-count', `${open} belum dijawab`);
      await page.getByTestId('eq-inbox-link').click();
      await expectText(page, 'eq-inbox-heading', 'Pertanyaan penilaian mandiri');
      const card = page.locator(`[data-testid="eq-question"][data-question-id="${q.id}"]`);
      await card.waitFor();
      assert.equal(await card.locator('[data-testid="eq-due"][data-overdue="true"]').count(), 1, 'the past due date is highlighted');
      // Open questions come first.
      const flags = await page.getByTestId('eq-question').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-open')));
      assert.deepEqual(flags, [...flags].sort((a, b) => (a === b ? 0 : a === 'true' ? -1 : 1)));

      await card.getByTestId('eq-answer-open').click();
      await card.getByTestId('eq-answer-text').fill(answer);
      await card.getByTestId('eq-answer-save').click();
      await expectTextIn(card, 'eq-answer', answer);

      await card.getByTestId('eq-attach').click();
      await card.getByTestId('eq-evidence-form-url').fill(address);
      await card.getByTestId('eq-evidence-form-save').click();
      await card.getByTestId('eq-done').waitFor();

      // The indicator page: the evidence, for Dinkes; no level controls for this operator.
      await page.goto(indicatorPage(no));
      await expectText(page, 'ei-heading', new RegExp(`^Indikator ${no}: `));
      const row = page.locator('[data-testid="ei-evidence-link"]', { hasText: address });
      await row.waitFor();
      await expectTextIn(row, 'ei-evidence-agency', dinkes.short_name);
      await page.getByTestId('ei-answer-read').waitFor();
      assert.equal(await page.getByTestId('ei-answer-form').count(), 0, 'no level controls for an operator');
      assert.equal(await page.locator('.ei-level').count(), 0);
      assert.equal(await page.getByTestId('ei-verify').count(), 0);
      await page.getByTestId('ei-evidence-link-add').waitFor();
      assert.equal(await page.getByTestId('eq-ask').count(), 0, 'an operator does not ask questions');
    });
    const listed = await admin.get(`${BASE}/campaigns/${campaign.id}/indicators/${no}/evidence`);
    const evidence = listed.body.items.find((e) => e.url === address);
    assert.ok(evidence, 'the evidence is stored');
    assert.equal(evidence.agency.id, dinkes.id);
    assert.equal(evidence.question_id, q.id);
  });

  it('fits a 320 px phone', async () => {
    await withPage(
      browser,
      async ({ page }) => {
        await signInAndWait(page, 'auditor');
        await page.goto(indicatorPage(1));
        await page.getByTestId('ei-answer-form').waitFor();
        await page.getByTestId('ei-evidence-links').waitFor();
        assert.ok((await horizontalOverflow(page)) <= 0, 'no sideways scrolling on the indicator page');
        await page.getByTestId('ei-evidence-link-add').click();
        await page.getByTestId('ei-evidence-form-form').waitFor();
        assert.ok((await horizontalOverflow(page)) <= 0, 'no sideways scrolling with the evidence form open');
      },
      { viewport: { width: 320, height: 640 } },
    );
    await withPage(
      browser,
      async ({ page }) => {
        await signInAndWait(page, 'operator.dinkes');
        await page.goto(url('/evaluasi/pertanyaan'));
        await page.getByTestId('eq-inbox-count').waitFor();
        assert.ok((await horizontalOverflow(page)) <= 0, 'no sideways scrolling in the inbox');
      },
      { viewport: { width: 320, height: 640 } },
    );
  });
});

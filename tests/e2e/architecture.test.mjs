// The architecture pages (Arsitektur SPBE, docs/governance-contract.md
// "Architecture") on the demo region Kota Madiun: the list, a new version
// through the form (a period that is not five years, and one that overlaps
// another version, explained beside the years), the six domains with their
// coordinators, the status steps up to enacting by decree, a review with the
// regulation's reasons, a domain change seen in the history, a 412 when someone
// else saved first, and a reader who may not change anything.
//
// Every run finds a period no other live version holds and supersedes its
// version at the end, so the file can run again on the same server.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { apiSession, expectText, expectTextIn, horizontalOverflow, launchBrowser, signInAndWait, url, withPage } from './helpers.mjs';

function todayIn(zone) {
  return new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

const tag = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

// A five-year period no draft, in-review or enacted version overlaps.
async function freePeriod(admin) {
  const list = await admin.get('/api/v1/architectures');
  assert.equal(list.status, 200);
  const live = list.body.items.filter((a) => a.status !== 'superseded');
  const starts = [];
  for (let start = 2031; start <= 2096; start += 1)
    if (!live.some((a) => a.start_year <= start + 4 && start <= a.end_year)) starts.push(start);
  assert.ok(starts.length > 0, 'a free five-year period is left between 2031 and 2100');
  return starts[Math.floor(Math.random() * starts.length)];
}

describe('architecture', () => {
  let browser;
  let admin;
  let today;
  let organisation;
  const made = []; // versions this file made, superseded at the end so the periods are free again
  before(async () => {
    browser = await launchBrowser();
    admin = await apiSession('admin');
    const org = await admin.get('/api/v1/organisation');
    assert.equal(org.status, 200);
    organisation = org.body;
    today = todayIn(org.body.region.time_zone);
  });
  after(async () => {
    // Retire what this run made (draft → in review → enacted → superseded).
    for (const id of made) {
      for (;;) {
        const a = (await admin.get(`/api/v1/architectures/${id}`)).body;
        if (!a || a.status === 'superseded') break;
        const to = { draft: 'in_review', in_review: 'enacted', enacted: 'superseded' }[a.status];
        const body = to === 'enacted' && !a.decree_number ? { to, decree_number: `E2E/${tag()}`, decree_date: today } : { to };
        const r = await admin.post(`/api/v1/architectures/${id}/transition`, body, { 'If-Match': `"${a.version}"` });
        if (r.status !== 200) break;
      }
    }
    await browser?.close();
  });

  it('lists the versions with period and status, and fits a 320 px screen', async () => {
    const list = await admin.get('/api/v1/architectures');
    const first = list.body.items[0];
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'admin');
      await page.goto(url('/tata-kelola'));
      await page.getByTestId('governance-architecture').click();
      await page.getByTestId('architectures-table').waitFor();
      assert.equal(await page.getByTestId('architecture-row').count(), list.body.items.length);
      const row = page.locator(`[data-testid="architecture-row"][data-architecture-id="${first.id}"]`);
      await expectTextIn(row, 'architecture-row-period', `${first.start_year}–${first.end_year}`);
      assert.ok((await horizontalOverflow(page)) <= 0, 'no sideways scrolling');
      await row.getByTestId('architecture-link').click();
      await expectText(page, 'architecture-heading', first.title);
      assert.equal(await page.getByTestId('architecture-domain').count(), 6, 'the six domains');
      assert.ok((await horizontalOverflow(page)) <= 0, 'no sideways scrolling on the version');
    }, { viewport: { width: 320, height: 640 } });
  });

  it('admin drafts a version; a wrong or overlapping period is explained beside the years; then enacts it by decree and records a review', async () => {
    const taken = (await admin.get('/api/v1/architectures')).body.items.find((a) => a.status !== 'superseded');
    assert.ok(taken, 'the demo has a version in force');
    const start = await freePeriod(admin);
    const title = `Arsitektur Uji ${tag()}`;
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'admin');
      await page.goto(url('/tata-kelola/arsitektur'));
      await page.getByTestId('architecture-create').click();
      await page.getByTestId('arch-new-title').fill(title);
      await page.getByTestId('arch-new-start-year').fill(String(start));
      await page.getByTestId('arch-new-end-year').fill(String(start + 2));
      await page.getByTestId('architecture-create-submit').click();
      await expectText(page, 'arch-new-end-year-error', /5 tahun/);

      // A period that overlaps a live version: the server's refusal, beside the years.
      await page.getByTestId('arch-new-start-year').fill(String(taken.start_year));
      await page.getByTestId('arch-new-end-year').fill(String(taken.end_year));
      await page.getByTestId('architecture-create-submit').click();
      await expectText(page, 'arch-new-start-year-error', new RegExp(`tumpang tindih.*${taken.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
      assert.equal(await page.getByTestId('arch-new-title').inputValue(), title, 'nothing typed is lost');

      await page.getByTestId('arch-new-start-year').fill(String(start));
      await page.getByTestId('arch-new-end-year').fill(String(start + 4));
      await page.getByTestId('architecture-create-submit').click();
      await expectText(page, 'architecture-heading', title);
      const id = Number(new URL(page.url()).pathname.split('/').pop());
      made.push(id);
      await expectText(page, 'architecture-status', 'Rancangan');
      // The six domains take their coordinators from the region's regulation.
      for (const c of organisation.architecture_coordinators) {
        const agency = organisation.agencies.find((a) => a.id === c.agency_id);
        const card = page.locator(`[data-testid="architecture-domain"][data-domain="${c.domain}"]`);
        await expectTextIn(card, 'domain-agency', new RegExp(agency.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
      }
      assert.equal(await page.getByTestId('architecture-review-form').count(), 0, 'no review before it is enacted');

      // draft → in review → enacted (with the decree).
      await page.getByTestId('architecture-step-in_review').click();
      await page.getByTestId('architecture-step-confirm').click();
      await expectText(page, 'architecture-status', 'Sedang direviu');
      await page.getByTestId('architecture-step-enacted').click();
      await page.getByTestId('architecture-step-confirm').click();
      await page.getByTestId('arch-step-decree-number-error').waitFor();
      await page.getByTestId('arch-step-decree-number').fill(`188.45/${tag()}/2026`);
      await page.getByTestId('arch-step-decree-date').fill(today);
      await page.getByTestId('architecture-step-confirm').click();
      await expectText(page, 'architecture-status', 'Berlaku');
      await page.getByTestId('architecture-step-superseded').waitFor();
      await expectTextIn(page.locator('[data-testid="architecture-due-review"][data-kind="mid_term"]'), 'due-review-state', 'Belum waktunya');

      // A mid-term review before the mid-term year: the server's rule beside the date.
      await page.getByTestId('arch-review-kind-mid_term').check();
      await page.getByTestId('arch-review-date').fill(today);
      await page.getByTestId('architecture-review-submit').click();
      await expectText(page, 'arch-review-date-error', new RegExp(`paruh waktu dilakukan mulai tahun ${start + 2}`));
      // On demand needs a reason from the regulation's list.
      await page.getByTestId('arch-review-kind-on_demand').check();
      await page.getByTestId('architecture-review-submit').click();
      await expectText(page, 'arch-review-reasons-error', /alasan/);
      await page.getByTestId('arch-review-reasons-evaluation_results').check();
      await page.getByTestId('arch-review-note').fill('Reviu setelah evaluasi SPBE.');
      await page.getByTestId('architecture-review-submit').click();
      await page.getByTestId('architecture-reviews').waitFor();
      await expectText(page, 'architecture-review-kind', 'Sewaktu-waktu');
      await expectText(page, 'architecture-review-reasons', 'Hasil pemantauan dan evaluasi SPBE');
    });
  });

  it('a domain change shows in the history; a save after someone else saved is a conflict that keeps what was typed', async () => {
    const start = await freePeriod(admin);
    const created = await admin.post('/api/v1/architectures', { title: `Arsitektur Riwayat ${tag()}`, start_year: start, end_year: start + 4 });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    made.push(created.body.id);
    const dinkes = organisation.agencies.find((a) => a.short_name === 'Dinkes');
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'admin');
      await page.goto(url(`/tata-kelola/arsitektur/${created.body.id}`));
      const card = page.locator('[data-testid="architecture-domain"][data-domain="security"]');
      await card.getByTestId('domain-edit').click();
      await page.getByTestId('domain-security-agency').selectOption(String(dinkes.id));
      await page.getByTestId('domain-security-description').fill('Keamanan informasi uji.');
      await page.getByTestId('domain-save').click();
      await page.getByTestId('architecture-done').waitFor();
      await expectTextIn(card, 'domain-agency', new RegExp(dinkes.name));
      await expectTextIn(card, 'domain-description', 'Keamanan informasi uji.');
      await page.getByTestId('record-history').locator('summary').click();
      const latest = page.getByTestId('history-item').first();
      await latest.waitFor();
      assert.equal(await latest.getAttribute('data-action'), 'architecture.domain_update');
      await expectTextIn(latest.locator('[data-testid="audit-change"][data-field="domains.security.agency_id"]'), 'audit-after', String(dinkes.id));

      // Someone else saves between loading and saving.
      await page.getByTestId('architecture-edit').click();
      await page.getByTestId('arch-edit-reference').fill('Referensi yang saya ketik');
      const current = await admin.get(`/api/v1/architectures/${created.body.id}`);
      const other = await admin.patch(`/api/v1/architectures/${created.body.id}`, { title: `${created.body.title} (diubah)` }, { 'If-Match': `"${current.body.version}"` });
      assert.equal(other.status, 200);
      await page.getByTestId('architecture-save').click();
      await page.getByTestId('architecture-conflict').waitFor();
      await page.getByTestId('architecture-conflict-reload').click();
      await expectText(page, 'architecture-unsaved', /Referensi yang saya ketik/);
      assert.equal(await page.getByTestId('arch-edit-title').inputValue(), `${created.body.title} (diubah)`);
    });
  });

  it('an operator reads a version but gets no form or step to change it', async () => {
    const list = await admin.get('/api/v1/architectures');
    const version = list.body.items[0];
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'operator.dinkes');
      await page.goto(url('/tata-kelola/arsitektur'));
      await page.getByTestId('architectures-read-only').waitFor();
      assert.equal(await page.getByTestId('architecture-create').count(), 0);
      await page.goto(url(`/tata-kelola/arsitektur/${version.id}`));
      await expectText(page, 'architecture-heading', version.title);
      await page.getByTestId('architecture-read-only').waitFor();
      assert.equal(await page.getByTestId('architecture-edit').count(), 0);
      assert.equal(await page.getByTestId('architecture-steps').count(), 0);
      assert.equal(await page.getByTestId('domain-edit').count(), 0);
      assert.equal(await page.getByTestId('architecture-review-form').count(), 0);
      await page.getByTestId('architecture-export-json').waitFor();
    });
    const operator = await apiSession('operator.dinkes');
    const refused = await operator.post(`/api/v1/architectures/${version.id}/transition`, { to: 'superseded' }, { 'If-Match': `"${version.version}"` });
    assert.equal(refused.status, 403);
  });
});

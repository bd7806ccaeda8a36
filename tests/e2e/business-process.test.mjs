// The business process pages (Proses Bisnis, docs/governance-contract.md
// "Business processes") on the demo region Kota Madiun: leadership reads the
// list with its counts, filters and the map but changes nothing; an agency
// operator drafts a process for their own agency through the form (field
// errors beside the fields, what was typed kept), is told what is still
// missing before submitting, completes and submits it; the organisation bureau
// returns it with a reason and later coordinates it; links to other processes
// are added (shown from both sides), refused when they repeat one, and removed;
// the history shows the changes; a 412 conflict keeps what was typed; a phone.
//
// The test makes its own processes (unique codes) and its own operator of the
// organisation bureau through the API, so it can run again on the same server.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { apiSession, createUserViaApi, expectText, expectTextIn, horizontalOverflow, launchBrowser, signInAndWait, uniqueName, url, withPage } from './helpers.mjs';

const stamp = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`.toUpperCase();
const BUREAU_PASSWORD = 'Kopi-Tubruk-Pagi-2026';

describe('business processes', () => {
  let browser;
  let admin;
  let dinkesOperator;
  let dinkes; // the operator's agency
  let architecture; // a version that may be chosen
  let bureauUser; // an operator of the organisation bureau
  let disdukcapil; // a demo process of another agency
  before(async () => {
    browser = await launchBrowser();
    admin = await apiSession('admin');
    dinkesOperator = await apiSession('operator.dinkes');
    const agencies = (await admin.get('/api/v1/agencies')).body.items;
    dinkes = agencies.find((a) => a.id === dinkesOperator.user.agency_id);
    const bureau = agencies.find((a) => a.roles.includes('organization_bureau'));
    assert.ok(bureau, 'the demo region has an organisation bureau');
    architecture = (await admin.get('/api/v1/architectures')).body.items.find((a) => a.status !== 'superseded');
    assert.ok(architecture, 'the demo region has an architecture version to choose');
    disdukcapil = (await admin.get('/api/v1/business-processes?q=DISDUKCAPIL-01')).body.items[0];
    assert.ok(disdukcapil, 'the demo region has the process DISDUKCAPIL-01');
    const username = uniqueName('organisasi');
    const created = await createUserViaApi(admin, { username, display_name: 'Operator Bagian Organisasi', role: 'agency_operator', agency_id: bureau.id, password: BUREAU_PASSWORD });
    const first = await apiSession(username, BUREAU_PASSWORD);
    const changed = await first.post('/api/v1/auth/password', { current_password: BUREAU_PASSWORD, new_password: `${BUREAU_PASSWORD}-baru` });
    assert.equal(changed.status, 204, JSON.stringify(changed.body));
    bureauUser = { ...created, password: `${BUREAU_PASSWORD}-baru` };
  });
  after(async () => {
    await browser?.close();
  });

  // A process of Dinkes made through the API (as the operator), for the tests that start from one.
  async function makeProcess(fields = {}) {
    const r = await dinkesOperator.post('/api/v1/business-processes', {
      agency_id: dinkes.id,
      code: `DINKES-U${stamp()}`,
      name: 'Pelayanan imunisasi uji',
      kind: 'core',
      architecture_id: architecture.id,
      steps: [{ name: 'Mendaftar', responsible: 'Petugas Puskesmas' }],
      ...fields,
    });
    assert.equal(r.status, 201, JSON.stringify(r.body));
    return r.body;
  }

  it('leadership reads the list with counts, filters and the map, and may change nothing', async () => {
    const mine = await makeProcess();
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'walikota');
      await page.goto(url('/tata-kelola/proses-bisnis'));
      await page.getByTestId('bp-table').waitFor();
      await page.getByTestId('bp-read-only').waitFor();
      assert.equal(await page.getByTestId('bp-create').count(), 0, 'no create form for leadership');
      const list = (await admin.get('/api/v1/business-processes')).body;
      await expectText(page, 'bp-count-total', `Jumlah: ${list.summary.total}`);
      await expectText(page, 'bp-count-draft', `Draf: ${list.summary.by_status.draft}`);
      assert.equal(await page.getByTestId('bp-row').count(), list.items.length);
      await page.getByTestId('bp-export-xlsx').waitFor();
      assert.equal(await page.getByTestId('bp-export-xlsx').getAttribute('href'), '/api/v1/business-processes/export.xlsx');

      // Filter by text (any case) and by agency.
      await page.getByTestId('bp-filter-q').fill(mine.code.toLowerCase());
      await page.getByTestId('bp-filter-apply').click();
      await expectText(page, 'bp-count-total', 'Jumlah: 1');
      await expectTextIn(page.getByTestId('bp-row'), 'bp-row-code', mine.code);
      await page.getByTestId('bp-filter-clear').click();
      await page.getByTestId('bp-filter-agency').selectOption(String(dinkes.id));
      await page.getByTestId('bp-filter-apply').click();
      await page.locator(`[data-testid="bp-row"][data-process-id="${mine.id}"]`).waitFor();
      const agencies = await page.getByTestId('bp-row-agency').allTextContents();
      assert.ok(agencies.every((a) => a.trim() === dinkes.short_name), `only Dinkes: ${agencies}`);

      // The map: per agency, each process with its links in plain words.
      const map = page.getByTestId('bp-map');
      await map.locator(`[data-testid="bp-map-process"][data-process-id="${disdukcapil.id}"]`).waitFor();
      await expectTextIn(map.locator(`[data-testid="bp-map-process"][data-process-id="${disdukcapil.id}"]`), 'bp-map-link', /^memberi keluaran ke /);

      // A process page: no edit, submit or link buttons for leadership.
      await page.goto(url(`/tata-kelola/proses-bisnis/${mine.id}`));
      await expectText(page, 'bp-name', mine.name);
      await page.getByTestId('bp-read-only').waitFor();
      for (const id of ['bp-edit-open', 'bp-submit', 'bp-coordinate', 'bp-link-add'])
        assert.equal(await page.getByTestId(id).count(), 0, `${id} is not offered to leadership`);
    });
  });

  it('an operator drafts a process for their agency: errors beside the fields, what is missing, completing and submitting', async () => {
    const code = `DINKES-F${stamp()}`;
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'operator.dinkes');
      await page.goto(url('/tata-kelola/proses-bisnis'));
      await page.getByTestId('bp-create').click();
      assert.equal(await page.getByTestId('bp-new-agency').count(), 0, 'an operator does not choose the agency');
      await expectText(page, 'bp-new-own-agency', new RegExp(dinkes.name));

      // The browser's checks, beside the fields.
      await page.getByTestId('bp-new-code').fill('1 salah');
      await page.getByTestId('bp-new-name').fill('Pelayanan posyandu');
      await page.getByTestId('bp-new-step-0-name').fill('Menimbang balita');
      await page.getByTestId('bp-create-submit').click();
      await expectText(page, 'bp-new-code-error', /diawali huruf/);
      await expectText(page, 'bp-new-kind-error', /utama atau pendukung/);
      await expectText(page, 'bp-new-step-0-responsible-error', /pelaksana langkah 1/);
      await page.getByTestId('error-summary').waitFor();

      // The server's check (a code already used), beside the field; what was typed stays.
      await page.getByTestId('bp-new-code').fill(disdukcapil.code);
      await page.getByTestId('bp-new-kind-core').check();
      await page.getByTestId('bp-new-step-0-responsible').fill('Kader Posyandu');
      await page.getByTestId('bp-create-submit').click();
      await expectText(page, 'bp-new-code-error', /sudah dipakai/);
      assert.equal(await page.getByTestId('bp-new-name').inputValue(), 'Pelayanan posyandu');

      // Steps are rows: add one, remove one.
      await page.getByTestId('bp-new-step-add').click();
      await page.getByTestId('bp-new-step-1-name').fill('Mencatat di KMS');
      await page.getByTestId('bp-new-step-1-responsible').fill('Kader Posyandu');
      await page.getByTestId('bp-new-step-add').click();
      await page.getByTestId('bp-new-step-2-name').fill('Langkah keliru');
      await page.getByTestId('bp-new-step-2-remove').click();
      assert.equal(await page.getByTestId('step-row').count(), 2);

      // The field shows the code in capitals once the form has taken it in: only then save.
      await page.getByTestId('bp-new-code').fill(code.toLowerCase());
      await page.waitForFunction((expected) => document.getElementById('bp-new-code')?.value === expected, code);
      const created = page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/api/v1/business-processes');
      await page.getByTestId('bp-create-submit').click();
      const answer = await created;
      assert.equal(answer.status(), 201, `saving the draft answered ${answer.status()}: ${await answer.text()}`);
      await expectText(page, 'flash', /disimpan sebagai draf/);
      await expectText(page, 'bp-code', code);
      await expectText(page, 'bp-status', 'Draf');
      assert.deepEqual((await page.getByTestId('bp-step-name').allTextContents()).map((s) => s.trim()), ['Menimbang balita', 'Mencatat di KMS']);

      // No architecture chosen yet: said before submitting.
      await expectText(page, 'bp-missing', /Arsitektur SPBE/);
      assert.equal(await page.getByTestId('bp-missing-item').count(), 1);
      await page.getByTestId('bp-complete').click();
      await page.getByTestId('bp-edit-architecture').selectOption(String(architecture.id));
      await page.getByTestId('bp-save').click();
      await expectText(page, 'bp-done', /sudah disimpan/);
      await expectText(page, 'bp-architecture', new RegExp(architecture.title));
      await page.getByTestId('bp-ready').waitFor();
      assert.equal(await page.getByTestId('bp-missing').count(), 0);

      await page.getByTestId('bp-submit').click();
      await expectText(page, 'bp-status', 'Diajukan');
      await expectText(page, 'bp-under-coordination', /tidak dapat diubah/);
      assert.equal(await page.getByTestId('bp-edit-open').count(), 0, 'no changes while under coordination');
      assert.equal(await page.getByTestId('bp-coordinate').count(), 0, 'the agency does not coordinate itself');
    });
  });

  it('a submit refused by the server shows its reason with the article', async () => {
    const bare = await makeProcess({ architecture_id: undefined, steps: [] });
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'operator.dinkes');
      await page.goto(url(`/tata-kelola/proses-bisnis/${bare.id}`));
      await expectText(page, 'bp-missing', /Arsitektur SPBE[\s\S]*langkah/);
      await page.getByTestId('bp-submit').click();
      await expectText(page, 'bp-workflow-error', /Pasal 9/);
      await expectText(page, 'bp-status', 'Draf');
    });
  });

  it('the organisation bureau returns a process with a reason and coordinates it; others do not see those buttons', async () => {
    const p = await makeProcess();
    const submitted = await dinkesOperator.post(`/api/v1/business-processes/${p.id}/submit`, {}, { 'If-Match': `"${p.version}"` });
    assert.equal(submitted.status, 200, JSON.stringify(submitted.body));
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, bureauUser.username, bureauUser.password);
      await page.goto(url(`/tata-kelola/proses-bisnis/${p.id}`));
      await expectText(page, 'bp-status', 'Diajukan');
      await page.getByTestId('bp-return').click();
      await page.getByTestId('bp-return-submit').click();
      await expectText(page, 'bp-return-reason-error', /alasan pengembalian/);
      await page.getByTestId('bp-return-reason').fill('Langkah verifikasi NIK belum dicantumkan.');
      await page.getByTestId('bp-return-submit').click();
      await expectText(page, 'bp-status', 'Draf');
      await expectText(page, 'bp-return-reason', 'Langkah verifikasi NIK belum dicantumkan.');
      assert.equal(await page.getByTestId('bp-edit-open').count(), 0, 'the bureau does not change another agency\'s process');
    });
    const now = (await dinkesOperator.get(`/api/v1/business-processes/${p.id}`)).body;
    const again = await dinkesOperator.post(`/api/v1/business-processes/${p.id}/submit`, {}, { 'If-Match': `"${now.version}"` });
    assert.equal(again.status, 200, JSON.stringify(again.body));
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'operator.bappeda');
      await page.goto(url(`/tata-kelola/proses-bisnis/${p.id}`));
      await expectText(page, 'bp-status', 'Diajukan');
      await page.getByTestId('bp-under-coordination').waitFor();
      assert.equal(await page.getByTestId('bp-coordinate').count(), 0, 'only the organisation bureau coordinates');
      assert.equal(await page.getByTestId('bp-return').count(), 0);
    });
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, bureauUser.username, bureauUser.password);
      await page.goto(url(`/tata-kelola/proses-bisnis/${p.id}`));
      await page.getByTestId('bp-coordinate').click();
      await page.getByTestId('bp-coordinate-note').fill('Sudah selaras dengan Disdukcapil.');
      await page.getByTestId('bp-coordinate-submit').click();
      await expectText(page, 'bp-status', 'Terkoordinasi');
      await expectText(page, 'bp-done', /terkoordinasi/);
      await expectText(page, 'bp-coordinated', /Sudah selaras dengan Disdukcapil/);
      await page.getByTestId('record-history').locator('summary').click();
      await page.locator('[data-testid="history-item"][data-action="business_process.coordinate"]').waitFor();
      await page.locator('[data-testid="history-item"][data-action="business_process.return"]').waitFor();
    });
  });

  it('links to other processes: added, seen from both sides, a repeat refused beside the field, removed', async () => {
    const p = await makeProcess();
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'operator.dinkes');
      await page.goto(url(`/tata-kelola/proses-bisnis/${p.id}`));
      await page.getByTestId('bp-links-empty').waitFor();
      await page.getByTestId('bp-link-add').click();
      await page.locator(`#bp-link-to option[value="${disdukcapil.id}"]`).waitFor({ state: 'attached' });
      await page.getByTestId('bp-link-save').click();
      await expectText(page, 'bp-link-to-error', /Pilih proses bisnis/);
      await page.getByTestId('bp-link-to').selectOption(String(disdukcapil.id));
      await page.getByTestId('bp-link-kind-input_from').check();
      await page.getByTestId('bp-link-note').fill('NIK peserta imunisasi');
      await page.getByTestId('bp-link-save').click();
      await expectText(page, 'bp-link-done', /dicatat/);
      const link = page.getByTestId('bp-link').first();
      await expectTextIn(link, 'bp-link-phrase', 'Proses ini menerima masukan dari');
      await expectTextIn(link, 'bp-link-other', new RegExp(disdukcapil.code));

      // The same connection, mirrored, is refused beside the field.
      await page.goto(url(`/tata-kelola/proses-bisnis/${disdukcapil.id}`));
      const seen = page.locator(`[data-testid="bp-link"][data-direction="in"]`, { hasText: p.code });
      await expectTextIn(seen, 'bp-link-phrase', 'Proses ini memberi keluaran ke');
      assert.equal(await page.getByTestId('bp-link-add').count(), 0, 'Dinkes does not link from another agency\'s process');
    });
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'admin');
      await page.goto(url(`/tata-kelola/proses-bisnis/${disdukcapil.id}`));
      await page.getByTestId('bp-link-add').click();
      await page.locator(`#bp-link-to option[value="${p.id}"]`).waitFor({ state: 'attached' });
      await page.getByTestId('bp-link-to').selectOption(String(p.id));
      await page.getByTestId('bp-link-kind-output_to').check();
      await page.getByTestId('bp-link-save').click();
      await expectText(page, 'bp-link-to-error', /sudah dicatat/);
    });
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'operator.dinkes');
      await page.goto(url(`/tata-kelola/proses-bisnis/${p.id}`));
      await page.getByTestId('bp-link-remove').click();
      await page.getByTestId('bp-link-remove-yes').click();
      await expectText(page, 'bp-link-done', /dihapus/);
      await page.getByTestId('bp-links-empty').waitFor();
      await page.getByTestId('record-history').locator('summary').click();
      await page.locator('[data-testid="history-item"][data-action="business_process.unlink"]').waitFor();
      await page.locator('[data-testid="history-item"][data-action="business_process.link"]').waitFor();
    });
  });

  it('a change saved by someone else first is a conflict; what was typed is kept; the history shows the change', async () => {
    const p = await makeProcess();
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'operator.dinkes');
      await page.goto(url(`/tata-kelola/proses-bisnis/${p.id}`));
      await page.getByTestId('bp-edit-open').click();
      await page.getByTestId('bp-edit-name').fill('Nama dari formulir');
      const other = await admin.patch(`/api/v1/business-processes/${p.id}`, { name: 'Nama dari orang lain' }, { 'If-Match': `"${p.version}"` });
      assert.equal(other.status, 200, JSON.stringify(other.body));
      await page.getByTestId('bp-save').click();
      await page.getByTestId('bp-conflict').waitFor();
      await page.getByTestId('bp-conflict-reload').click();
      await expectText(page, 'bp-unsaved', /Nama dari formulir/);
      assert.equal(await page.getByTestId('bp-edit-name').inputValue(), 'Nama dari orang lain');
      await page.getByTestId('bp-edit-name').fill('Nama akhir');
      await page.getByTestId('bp-save').click();
      await expectText(page, 'bp-name', 'Nama akhir');
      await page.getByTestId('record-history').locator('summary').click();
      const update = page.locator('[data-testid="history-item"][data-action="business_process.update"]').first();
      await expectTextIn(update.locator('[data-testid="audit-change"][data-field="name"]'), 'audit-after', 'Nama akhir');
      assert.match(await update.textContent(), /Mengubah proses bisnis/);
    });
  });

  it('the pages fit a 320 px phone screen', async () => {
    const p = await makeProcess();
    await withPage(
      browser,
      async ({ page }) => {
        await signInAndWait(page, 'operator.dinkes');
        await page.goto(url('/tata-kelola/proses-bisnis'));
        await page.getByTestId('bp-table').waitFor();
        await page.getByTestId('bp-map-list').waitFor();
        assert.ok((await horizontalOverflow(page)) <= 0, 'the list fits');
        await page.getByTestId('bp-create').click();
        await page.getByTestId('bp-create-form').waitFor();
        assert.ok((await horizontalOverflow(page)) <= 0, 'the form fits');
        await page.goto(url(`/tata-kelola/proses-bisnis/${p.id}`));
        await page.getByTestId('bp-steps-table').waitFor();
        await page.getByTestId('bp-edit-open').click();
        await page.getByTestId('bp-edit-form').waitFor();
        assert.ok((await horizontalOverflow(page)) <= 0, 'the process page fits');
      },
      { viewport: { width: 320, height: 640 } },
    );
  });
});

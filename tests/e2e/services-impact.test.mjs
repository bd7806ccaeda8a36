// The services, element links and impact pages (docs/registries-contract.md
// "Services and links") on the demo region Kota Madiun: an agency operator
// registers a service through the form (errors beside the fields) and records
// that it uses a demo application; the same link twice is refused beside the
// field; the impact of the demo host under that application lists the new
// service (through the application) and the diagram draws it; which services
// use a demo dataset; a cycle of links ends and the page still answers; the
// integration across agencies is recorded by the ICT office only; leadership
// reads everything and changes nothing; the impact page fits a phone.
//
// The test makes its own services (unique codes) through the form or the API,
// so it can run again on the same server.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { apiSession, expectText, expectTextIn, horizontalOverflow, launchBrowser, signInAndWait, url, withPage } from './helpers.mjs';

// Unique also between the services made at once (a counter besides the time and chance).
let made = 0;
const stamp = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}N${(made += 1)}`.toUpperCase();

describe('services, links and impact', () => {
  let browser;
  let admin;
  let dinkesOperator;
  let simpus; // the demo application of Dinkes (Sistem Informasi Manajemen Puskesmas)
  let host; // the host that application runs on
  let facilities; // the demo dataset of health facilities
  before(async () => {
    browser = await launchBrowser();
    admin = await apiSession('admin');
    dinkesOperator = await apiSession('operator.dinkes');
    const apps = (await admin.get('/api/v1/applications?limit=100')).body.items;
    simpus = apps.find((a) => a.name === 'Sistem Informasi Manajemen Puskesmas');
    assert.ok(simpus, 'the demo region has the application SIMPUS');
    const links = (await admin.get(`/api/v1/element-links?kind=application&id=${simpus.id}`)).body.items;
    const onHost = links.find((l) => l.from.key === `application:${simpus.id}` && l.to.kind === 'host');
    assert.ok(onHost, 'the demo application runs on a host');
    host = onHost.to;
    const datasets = (await admin.get('/api/v1/datasets?limit=100')).body.items;
    facilities = datasets.find((d) => d.title === 'Daftar Fasilitas Kesehatan');
    assert.ok(facilities, 'the demo region has the dataset of health facilities');
  });
  after(async () => {
    await browser?.close();
  });

  // A service of Dinkes made through the API (as its operator).
  async function makeService(fields = {}) {
    const r = await dinkesOperator.post('/api/v1/services', {
      owner_agency_id: dinkesOperator.user.agency_id,
      code: `DINKES-U${stamp()}`,
      name: 'Layanan uji keterkaitan',
      kind: 'public',
      channels: ['web'],
      ...fields,
    });
    assert.equal(r.status, 201, JSON.stringify(r.body));
    return r.body;
  }

  async function link(session, from, to) {
    const r = await session.post('/api/v1/element-links', { from, to });
    assert.equal(r.status, 201, JSON.stringify(r.body));
    return r.body;
  }

  it('an operator registers a service, links it to a demo application, and the impact of its host lists it', async () => {
    const code = `DINKES-E${stamp()}`;
    const name = `Konsultasi Gizi Daring ${code}`;
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'operator.dinkes');
      await page.goto(url('/elemen/layanan'));
      await page.getByTestId('svc-table').waitFor();
      await page.getByTestId('svc-create').click();
      await page.getByTestId('svc-new-own-agency').waitFor();
      // Nothing filled in: the summary and the messages beside the fields.
      await page.getByTestId('svc-create-submit').click();
      await expectText(page, 'svc-new-code-error', /Isi kode layanan/);
      await expectText(page, 'svc-new-kind-error', /Pilih jenis layanan/);
      assert.ok((await page.getByTestId('error-summary-item').count()) >= 3, 'the summary lists every problem');

      await page.getByTestId('svc-new-code').fill(code.toLowerCase());
      await page.getByTestId('svc-new-name').fill(name);
      await page.getByTestId('svc-new-kind-public').check();
      await page.getByTestId('svc-new-sector').fill('kesehatan');
      await page.getByTestId('svc-new-channels-web').check();
      await page.getByTestId('svc-new-channels-mobile').check();
      await page.getByTestId('svc-create-submit').click();

      await expectText(page, 'svc-name', name);
      await expectText(page, 'svc-code', code);
      await expectText(page, 'svc-channels', 'Situs web, Aplikasi ponsel');
      await expectText(page, 'svc-status', 'Direncanakan');
      await page.getByTestId('svc-uses-empty').waitFor();
      const id = Number(new URL(page.url()).pathname.split('/').pop());
      assert.ok(id > 0);

      // Link it to the demo application: choose the kind, then the element.
      await page.getByTestId('svc-link-add').click();
      await page.getByTestId('svc-link-save').click();
      await expectText(page, 'svc-link-kind-error', /Pilih jenis elemen/);
      await page.getByTestId('svc-link-kind-application').check();
      await page.getByTestId('svc-link-element').selectOption(String(simpus.id));
      await page.getByTestId('svc-link-note').fill('Mencatat kunjungan konsultasi');
      await page.getByTestId('svc-link-save').click();
      await page.getByTestId('svc-link-done').waitFor();
      await expectTextIn(page.getByTestId('svc-uses'), 'svc-link-name', /Sistem Informasi Manajemen Puskesmas/);

      // The same link again: refused, said beside the element chosen.
      await page.getByTestId('svc-link-add').click();
      await page.getByTestId('svc-link-kind-application').check();
      await page.getByTestId('svc-link-element').selectOption(String(simpus.id));
      await page.getByTestId('svc-link-save').click();
      await expectText(page, 'svc-link-element-error', /sudah pernah dicatat/);
      await page.getByTestId('svc-link-cancel').click();

      // What breaks if the host goes down: the service, through the application, and in the diagram.
      await page.goto(url(`/elemen/dampak?kind=host&id=${host.id}`));
      await expectText(page, 'impact-start', new RegExp(host.name));
      const item = page.getByTestId('impact-group-service').locator(`[data-key="service:${id}"]`);
      await item.waitFor();
      await expectTextIn(item, 'impact-item-depth', 'melalui 2 langkah');
      await expectTextIn(item, 'impact-item-path', new RegExp(`${name}.*Sistem Informasi Manajemen Puskesmas.*${host.name}`));
      await page.locator(`[data-testid=impact-diagram] [data-key="service:${id}"]`).waitFor();
      await page.locator(`[data-testid=impact-diagram] [data-testid=impact-edge][data-from="service:${id}"][data-to="application:${simpus.id}"]`).waitFor({ state: 'attached' });
      const impact = (await admin.get(`/api/v1/impact?kind=host&id=${host.id}`)).body;
      await expectText(page, 'impact-total', `${impact.total} elemen terganggu bila ${host.name} berhenti.`);

      // What the service uses: the application, the host under it.
      await page.goto(url(`/elemen/dampak?kind=service&id=${id}&view=dependencies`));
      await expectText(page, 'impact-start', new RegExp(name));
      await page.getByTestId('impact-group-host').locator(`[data-key="host:${host.id}"]`).waitFor();
      assert.equal(
        await page.getByTestId('impact-group-application').locator(`[data-key="application:${simpus.id}"]`).getByTestId('impact-item-open').getAttribute('href'),
        `/elemen/aplikasi/${simpus.id}`,
      );

      // Back on the service, the link is removed again.
      await page.goto(url(`/elemen/layanan/${id}`));
      await page.getByTestId('svc-link-remove').click();
      await page.getByTestId('svc-link-remove-yes').click();
      await page.getByTestId('svc-link-done').waitFor();
      await page.getByTestId('svc-uses-empty').waitFor();
      // The service's history shows what it started and stopped using.
      await page.getByTestId('record-history').locator('summary').click();
      await page.locator('[data-testid="history-item"][data-action="element_link.create"]').first().waitFor();
      await page.locator('[data-testid="history-item"][data-action="element_link.delete"]').first().waitFor();
    });
  });

  it('tells which services use a demo dataset, choosing it on the page', async () => {
    const answer = (await admin.get(`/api/v1/impact?kind=dataset&id=${facilities.id}&only=service`)).body;
    assert.ok(answer.total >= 1, 'a demo service uses the dataset');
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'sekda');
      await page.goto(url('/elemen/dampak'));
      await page.getByTestId('impact-show').click();
      await expectText(page, 'impact-kind-error', /Pilih jenis elemen/);
      await page.getByTestId('impact-kind').selectOption('dataset');
      await page.getByTestId('impact-element').selectOption(String(facilities.id));
      await page.getByTestId('impact-only').selectOption('service');
      await page.getByTestId('impact-show').click();
      await expectText(page, 'impact-total', `${answer.total} layanan terganggu bila Daftar Fasilitas Kesehatan berhenti.`);
      assert.match(page.url(), new RegExp(`kind=dataset&id=${facilities.id}&only=service`));
      const shown = await page.getByTestId('impact-group-service').getByTestId('impact-item').evaluateAll((els) => els.map((e) => e.getAttribute('data-key')));
      assert.deepEqual(shown.sort(), answer.by_kind.service.map((n) => n.key).sort());
      assert.equal(await page.getByTestId('impact-group-application').count(), 0, 'only services are listed');
      await page.getByTestId('impact-diagram').waitFor();
    });
  });

  it('a cycle of links ends: the page answers and draws each element once', async () => {
    const a = await makeService({ name: 'Layanan siklus A' });
    const b = await makeService({ name: 'Layanan siklus B' });
    await link(dinkesOperator, { kind: 'service', id: a.id }, { kind: 'service', id: b.id });
    await link(dinkesOperator, { kind: 'service', id: b.id }, { kind: 'service', id: a.id });
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'operator.dinkes');
      await page.goto(url(`/elemen/dampak?kind=service&id=${a.id}`));
      await expectText(page, 'impact-total', '1 elemen terganggu bila Layanan siklus A berhenti.');
      await page.getByTestId('impact-group-service').locator(`[data-key="service:${b.id}"]`).waitFor();
      assert.equal(await page.locator('[data-testid=impact-diagram] [data-testid=impact-node]').count(), 2);
      await page.getByTestId('impact-view-dependencies').click();
      await expectText(page, 'impact-total', 'Layanan siklus A memakai 1 elemen.');
      // Both directions of the loop are drawn.
      assert.equal(await page.locator('[data-testid=impact-diagram] [data-testid=impact-edge]').count(), 2);
    });
  });

  it('the integration across agencies is recorded by the ICT office only', async () => {
    const agencies = (await admin.get('/api/v1/agencies')).body.items;
    const other = agencies.find((x) => x.id !== dinkesOperator.user.agency_id);
    const service = await makeService({ name: 'Layanan rujukan terpadu', participating_agency_ids: [other.id] });
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'operator.dinkes');
      await page.goto(url(`/elemen/layanan/${service.id}`));
      await expectText(page, 'svc-integration-state', /Diskominfo.*Pasal 30 ayat \(3\)/);
      await expectText(page, 'svc-integration-only-ict', /bukan oleh operator perangkat daerah \(Perwali Madiun 39\/2021 Pasal 30 ayat \(3\)\)/);
      assert.equal(await page.getByTestId('svc-coordinate').count(), 0, 'no button for an operator');
    });
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'admin');
      await page.goto(url(`/elemen/layanan/${service.id}`));
      await page.getByTestId('svc-coordinate').click();
      await page.getByTestId('svc-coordinate-note').fill('BA rapat koordinasi 12/2026');
      await page.getByTestId('svc-coordinate-submit').click();
      await page.getByTestId('svc-done').waitFor();
      await expectText(page, 'svc-integration-tag', 'Sudah dikoordinasikan');
      await expectText(page, 'svc-integration-state', /Dikoordinasikan oleh admin/);
    });
  });

  it('a change saved by someone else first is a conflict; what was typed is kept; the history shows the change', async () => {
    const service = await makeService({ name: 'Layanan konflik' });
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'operator.dinkes');
      await page.goto(url(`/elemen/layanan/${service.id}`));
      await page.getByTestId('svc-edit-open').click();
      await page.getByTestId('svc-edit-sector').fill('gizi masyarakat');
      const r = await admin.patch(`/api/v1/services/${service.id}`, { name: 'Layanan konflik (diubah admin)' }, { 'If-Match': `"${service.version}"` });
      assert.equal(r.status, 200, JSON.stringify(r.body));
      await page.getByTestId('svc-save').click();
      await page.getByTestId('svc-conflict').waitFor();
      await page.getByTestId('svc-conflict-reload').click();
      await expectText(page, 'svc-unsaved', /gizi masyarakat/);
      assert.equal(await page.getByTestId('svc-edit-name').inputValue(), 'Layanan konflik (diubah admin)');
      await page.getByTestId('svc-edit-sector').fill('gizi masyarakat');
      await page.getByTestId('svc-save').click();
      await page.getByTestId('svc-done').waitFor();
      await expectText(page, 'svc-sector', 'gizi masyarakat');
      await expectText(page, 'svc-name', 'Layanan konflik (diubah admin)');
      await page.getByTestId('record-history').locator('summary').click();
      // Both saves are in the history: the administrator's and the operator's.
      await page.locator('[data-testid="history-item"][data-action="service.update"]').nth(1).waitFor();
    });
  });

  it('a big answer stays usable: the diagram is capped and says so, the list holds everything', async () => {
    const hub = await makeService({ name: 'Layanan inti bersama' });
    const count = 155;
    for (let start = 0; start < count; start += 20) {
      await Promise.all(
        Array.from({ length: Math.min(20, count - start) }, async (_, i) => {
          const user = await makeService({ name: `Layanan pemakai ${start + i + 1}` });
          await link(dinkesOperator, { kind: 'service', id: user.id }, { kind: 'service', id: hub.id });
        }),
      );
    }
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'auditor');
      await page.goto(url(`/elemen/dampak?kind=service&id=${hub.id}`));
      await expectText(page, 'impact-total', `${count} elemen terganggu bila Layanan inti bersama berhenti.`);
      await expectText(page, 'impact-capped', `Diagram hanya menampilkan 150 dari ${count} elemen (yang terdekat); daftar di atas memuat semuanya.`);
      assert.equal(await page.getByTestId('impact-group-service').getByTestId('impact-item').count(), count);
      assert.equal(await page.locator('[data-testid=impact-diagram] [data-testid=impact-node]').count(), 151, 'the chosen element and 150 others');
    });
  });

  it('leadership reads services, links and impact but changes nothing', async () => {
    const service = await makeService({ name: 'Layanan baca saja' });
    await link(dinkesOperator, { kind: 'service', id: service.id }, { kind: 'application', id: simpus.id });
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'walikota');
      await page.goto(url('/elemen/layanan'));
      await page.getByTestId('svc-table').waitFor();
      await page.getByTestId('svc-read-only').waitFor();
      assert.equal(await page.getByTestId('svc-create').count(), 0, 'no create form for leadership');
      assert.equal(await page.getByTestId('svc-export-xlsx').getAttribute('href'), '/api/v1/services/export.xlsx');
      // The filter by text finds the service.
      await page.getByTestId('svc-filter-q').fill(service.code);
      await page.getByTestId('svc-filter-apply').click();
      await expectText(page, 'svc-row-code', service.code);
      assert.equal(await page.getByTestId('svc-row').count(), 1);
      await page.getByTestId('svc-row-open').click();
      await expectText(page, 'svc-name', 'Layanan baca saja');
      await page.getByTestId('svc-read-only').waitFor();
      await expectTextIn(page.getByTestId('svc-uses'), 'svc-link-name', /Sistem Informasi Manajemen Puskesmas/);
      for (const testId of ['svc-edit-open', 'svc-link-add', 'svc-link-remove', 'svc-coordinate']) {
        assert.equal(await page.getByTestId(testId).count(), 0, `${testId} is not offered to leadership`);
      }
      await page.getByTestId('svc-open-impact').click();
      await expectText(page, 'impact-total', /elemen terganggu bila Layanan baca saja berhenti/);
    });
  });

  it('the impact page fits a phone: the diagram scrolls inside its box', async () => {
    await withPage(
      browser,
      async ({ page }) => {
        await signInAndWait(page, 'auditor');
        await page.goto(url(`/elemen/dampak?kind=host&id=${host.id}`));
        await page.getByTestId('impact-diagram').waitFor();
        assert.ok((await horizontalOverflow(page)) <= 0, 'the page does not scroll sideways');
        await page.goto(url('/elemen/layanan'));
        await page.getByTestId('svc-table').waitFor();
        assert.ok((await horizontalOverflow(page)) <= 0, 'the list does not scroll sideways');
      },
      { viewport: { width: 320, height: 640 } },
    );
  });
});

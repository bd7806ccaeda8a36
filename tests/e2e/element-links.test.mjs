// Links between SPBE elements kept from the pages of applications, datasets and
// hosts (docs/registries-contract.md "Links between elements") on the demo region
// Kota Madiun: an operator of Dinkes records from an application's page that it
// runs on a demo host (nothing chosen: the message beside the field), the host's
// impact then lists the application, and the host's page shows what runs on it;
// the same operator records on a dataset's page the server it is kept on (the
// only kind a dataset may use is chosen already) and the dataset's page shows the
// application that uses it; the link is removed again; leadership reads the links
// and is offered no change; an operator of another agency neither; the section
// fits a phone.
//
// The test makes its own application and dataset (unique codes) through the API,
// so it can run again on the same server.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { apiSession, expectText, expectTextIn, horizontalOverflow, launchBrowser, signInAndWait, url, withPage } from './helpers.mjs';

let made = 0;
const stamp = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}L${(made += 1)}`.toUpperCase();
// A name as a pattern (names may hold dots or brackets).
const re = (...parts) => new RegExp(parts.map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*'));
const day = (offset) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

describe('element links from the pages of applications, datasets and hosts', () => {
  let browser;
  let admin;
  let dinkesOperator;
  let host; // a demo host
  let app; // an application of Dinkes made for this run
  let dataset; // a dataset of Dinkes made for this run
  before(async () => {
    browser = await launchBrowser();
    admin = await apiSession('admin');
    dinkesOperator = await apiSession('operator.dinkes');
    const hosts = (await admin.get('/api/v1/hosts?limit=100')).body.items;
    assert.ok(hosts.length > 0, 'the demo region has hosts');
    host = hosts[0];
    const code = stamp();
    let r = await dinkesOperator.post('/api/v1/applications', {
      owner_agency_id: dinkesOperator.user.agency_id,
      code: `UJI-${code}`,
      name: 'Aplikasi uji keterkaitan',
      category: 'agency_special',
      licence_kind: 'open_source',
    });
    assert.equal(r.status, 201, JSON.stringify(r.body));
    app = r.body;
    r = await dinkesOperator.post('/api/v1/datasets', {
      owner_agency_id: dinkesOperator.user.agency_id,
      code: `DINKES-L${code}`,
      title: 'Data uji keterkaitan',
      classification: 'internal',
      update_frequency: 'yearly',
      last_updated: day(-10),
    });
    assert.equal(r.status, 201, JSON.stringify(r.body));
    dataset = r.body;
    r = await dinkesOperator.post('/api/v1/element-links', { from: { kind: 'application', id: app.id }, to: { kind: 'dataset', id: dataset.id } });
    assert.equal(r.status, 201, JSON.stringify(r.body));
  });
  after(async () => {
    await browser?.close();
  });

  it('an operator links an application to a demo host from its page; the host lists it, and so does its impact', async () => {
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'operator.dinkes');
      await page.goto(url(`/elemen/aplikasi/${app.id}`));
      await expectText(page, 'app-name', app.name);
      // What it uses so far: the dataset made in `before`.
      await expectTextIn(page.getByTestId('app-el-uses'), 'app-el-link-name', re(dataset.title));
      await page.getByTestId('app-el-used-by-empty').waitFor();

      await page.getByTestId('app-el-link-add').click();
      await page.getByTestId('app-el-link-save').click();
      await expectText(page, 'app-el-link-kind-error', /Pilih jenis elemen/);
      assert.ok((await page.getByTestId('error-summary-item').count()) >= 1, 'the summary lists the problem');
      // An application may use an application, a dataset or a host; nothing else is offered.
      for (const kind of ['application', 'dataset', 'host']) await page.getByTestId(`app-el-link-kind-${kind}`).waitFor();
      assert.equal(await page.getByTestId('app-el-link-kind-service').count(), 0, 'an application cannot use a service');
      await page.getByTestId('app-el-link-kind-host').check();
      await page.getByTestId('app-el-link-save').click();
      await expectText(page, 'app-el-link-element-error', /Pilih elemen yang dipakai/);
      await page.getByTestId('app-el-link-element').selectOption(String(host.id));
      await page.getByTestId('app-el-link-note').fill('Berjalan di server ini');
      await page.getByTestId('app-el-link-save').click();
      await page.getByTestId('app-el-link-done').waitFor();
      const onHost = page.getByTestId('app-el-uses').locator(`[data-key="host:${host.id}"]`);
      await expectTextIn(onHost, 'app-el-link-name', re(host.name));

      // The same link again: refused beside the element chosen.
      await page.getByTestId('app-el-link-add').click();
      await page.getByTestId('app-el-link-kind-host').check();
      await page.getByTestId('app-el-link-element').selectOption(String(host.id));
      await page.getByTestId('app-el-link-save').click();
      await expectText(page, 'app-el-link-element-error', /sudah pernah dicatat/);
      await page.getByTestId('app-el-link-cancel').click();

      // The host's page: the application runs on it.
      await page.goto(url(`/elemen/infrastruktur/server/${host.id}`));
      await expectText(page, 'infra-host-name', host.name);
      const runs = page.getByTestId('host-el-used-by').locator(`[data-key="application:${app.id}"]`);
      await expectTextIn(runs, 'host-el-link-name', re(app.name));
      assert.equal(await runs.getByTestId('host-el-link-remove').count(), 0, 'what uses it is removed from the user\'s side');

      // What breaks if the host goes down: the application, directly.
      await page.goto(url(`/elemen/dampak?kind=host&id=${host.id}`));
      await expectText(page, 'impact-start', re(host.name));
      const item = page.getByTestId('impact-group-application').locator(`[data-key="application:${app.id}"]`);
      await expectTextIn(item, 'impact-item-name', re(app.name));
      await expectTextIn(item, 'impact-item-depth', 'langsung');

      // Back on the application, the link to the host is removed again.
      await page.goto(url(`/elemen/aplikasi/${app.id}`));
      await page.getByTestId('app-el-uses').locator(`[data-key="host:${host.id}"]`).getByTestId('app-el-link-remove').click();
      await page.getByTestId('app-el-link-remove-yes').click();
      await page.getByTestId('app-el-link-done').waitFor();
      await page.getByTestId('app-el-uses').locator(`[data-key="host:${host.id}"]`).waitFor({ state: 'detached' });
      await page.getByTestId('app-el-uses').locator(`[data-key="dataset:${dataset.id}"]`).waitFor();
    });
  });

  it('a dataset page shows what uses it, and its owner records the server it is kept on', async () => {
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'operator.dinkes');
      await page.goto(url(`/elemen/data/${dataset.id}`));
      await expectText(page, 'ds-title', dataset.title);
      await expectTextIn(page.getByTestId('ds-el-used-by').locator(`[data-key="application:${app.id}"]`), 'ds-el-link-name', re(app.name));
      await page.getByTestId('ds-el-uses-empty').waitFor();
      // A dataset may only be kept on a host: that kind is chosen already.
      await page.getByTestId('ds-el-link-add').click();
      assert.equal(await page.getByTestId('ds-el-link-kind-host').isChecked(), true);
      await page.getByTestId('ds-el-link-element').selectOption(String(host.id));
      await page.getByTestId('ds-el-link-save').click();
      await page.getByTestId('ds-el-link-done').waitFor();
      await expectTextIn(page.getByTestId('ds-el-uses').locator(`[data-key="host:${host.id}"]`), 'ds-el-link-name', re(host.name));

      // The host's page lists the dataset among what it holds.
      await page.goto(url(`/elemen/infrastruktur/server/${host.id}`));
      await page.getByTestId('host-el-used-by').locator(`[data-key="dataset:${dataset.id}"]`).waitFor();
    });
  });

  it('leadership reads the links and is offered no change; neither is an operator of another agency', async () => {
    for (const user of ['walikota', 'operator.bappeda']) {
      await withPage(browser, async ({ page }) => {
        await signInAndWait(page, user);
        await page.goto(url(`/elemen/aplikasi/${app.id}`));
        await expectText(page, 'app-name', app.name);
        await expectTextIn(page.getByTestId('app-el-uses').locator(`[data-key="dataset:${dataset.id}"]`), 'app-el-link-name', re(dataset.title));
        for (const testId of ['app-el-link-add', 'app-el-link-remove']) {
          assert.equal(await page.getByTestId(testId).count(), 0, `${testId} is not offered to ${user}`);
        }
        await page.goto(url(`/elemen/data/${dataset.id}`));
        await page.getByTestId('ds-el-used-by').locator(`[data-key="application:${app.id}"]`).waitFor();
        assert.equal(await page.getByTestId('ds-el-link-add').count(), 0, `no add button on the dataset for ${user}`);
        await page.goto(url(`/elemen/infrastruktur/server/${host.id}`));
        await page.getByTestId('host-el-links').waitFor();
        await page.getByTestId('host-el-used-by').waitFor();
        if (user === 'walikota') assert.equal(await page.getByTestId('host-el-link-add').count(), 0, 'no add button on the host for leadership');
      });
    }
  });

  it('the links fit a phone', async () => {
    await withPage(
      browser,
      async ({ page }) => {
        await signInAndWait(page, 'operator.dinkes');
        await page.goto(url(`/elemen/aplikasi/${app.id}`));
        await page.getByTestId('app-el-uses').waitFor();
        await page.getByTestId('app-el-link-add').click();
        await page.getByTestId('app-el-link-kind-dataset').check();
        await page.getByTestId('app-el-link-element').waitFor();
        assert.ok((await horizontalOverflow(page)) <= 0, 'the page does not scroll sideways');
      },
      { viewport: { width: 320, height: 640 } },
    );
  });
});

// The infrastructure registry pages (docs/registries-contract.md, "Infrastructure")
// on the demo region Kota Madiun: the superadmin allocates an IP range and an
// overlapping one is refused with the other range and its agency named; a domain
// that breaks the naming rule is refused with the name expected (Pasal 21 ayat
// (2)); a VPS outside the data center is refused with the article (Pasal 14 ayat
// (5)), then registered, changed and shown in its history, and a change someone
// else saved first is a conflict that keeps what was typed; an agency operator is
// told in words that the ICT office registers their servers (Pasal 45) and submits
// a LAN diagram (a PDF) that the status then shows as current; leadership reads
// everything and changes nothing; the pages fit a 320 px phone.
//
// Every record the test makes has a unique name, so it can run again on the same server.
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { apiSession, expectText, expectTextIn, horizontalOverflow, launchBrowser, signInAndWait, url, withPage } from './helpers.mjs';

const stamp = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;
// One group of an IPv6 address without leading zeros (1000-ffff), so the address is already in its normal form.
const group = () => (0x1000 + Math.floor(Math.random() * 0xefff)).toString(16);

// A small PDF that reads as one (the server checks the bytes, not only the type).
const PDF = `%PDF-1.4
1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj
trailer << /Root 1 0 R >>
%%EOF
`;

describe('infrastructure registry', () => {
  let browser;
  let admin;
  let dinkes;
  let bakesbangpol;
  let recoveryCenter;
  let dataCenter;
  let scratch;
  before(async () => {
    browser = await launchBrowser();
    admin = await apiSession('admin');
    const agencies = (await admin.get('/api/v1/agencies')).body.items;
    dinkes = agencies.find((a) => a.short_name === 'Dinkes');
    bakesbangpol = agencies.find((a) => a.short_name === 'Bakesbangpol');
    assert.ok(dinkes && bakesbangpol, 'the demo region has Dinkes and Bakesbangpol');
    const facilities = (await admin.get('/api/v1/facilities')).body.items;
    dataCenter = facilities.find((f) => f.kind === 'data_center');
    recoveryCenter = facilities.find((f) => f.kind === 'recovery_center');
    assert.ok(dataCenter && recoveryCenter, 'the demo region has a data center and a recovery center');
    scratch = await mkdtemp(join(tmpdir(), 'simpul-infra-'));
  });
  after(async () => {
    await browser?.close();
    if (scratch) await rm(scratch, { recursive: true, force: true });
  });

  it('the superadmin allocates an IP range; an overlapping one is refused with the other range named', async () => {
    const first = `fd${group().slice(0, 2)}:${group()}:${group()}:${group()}::/64`;
    const inside = first.replace('::/64', ':1::/80');
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'admin');
      await page.goto(url('/elemen/infrastruktur/rentang-ip'));
      await page.getByTestId('infra-ip-create').click();
      // The browser's own check first: nothing chosen, nothing typed.
      await page.getByTestId('infra-ip-submit').click();
      await expectText(page, 'infra-ip-agency-error', /Pilih perangkat daerah/);
      await expectText(page, 'infra-ip-cidr-error', /Isi rentang alamat/);

      await page.getByTestId('infra-ip-agency').selectOption(String(bakesbangpol.id));
      await page.getByTestId('infra-ip-cidr').fill(first.toUpperCase());
      await page.getByTestId('infra-ip-purpose').fill('Jaringan uji kantor');
      await page.getByTestId('infra-ip-submit').click();
      await expectText(page, 'infra-ip-saved', `Rentang ${first} sudah dialokasikan untuk Bakesbangpol.`);
      const row = page.locator(`[data-testid="infra-ip-row"][data-cidr="${first}"]`);
      await row.waitFor();
      await expectTextIn(row, 'infra-ip-row-agency', 'Bakesbangpol');

      // A range inside it, for another agency: refused, naming the range and its agency beside the field.
      await page.getByTestId('infra-ip-create').click();
      await page.getByTestId('infra-ip-agency').selectOption(String(dinkes.id));
      await page.getByTestId('infra-ip-cidr').fill(inside);
      await page.getByTestId('infra-ip-submit').click();
      const refusal = await expectText(page, 'infra-ip-cidr-error', new RegExp(`${first.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} milik Bakesbangpol`));
      assert.match(refusal, /bertumpang tindih/);
      await expectText(page, 'error-summary', /bertumpang tindih/);
      assert.equal(await page.locator(`[data-testid="infra-ip-row"][data-cidr="${inside}"]`).count(), 0, 'the overlapping range is not listed');
      // What was typed stays for correcting.
      assert.equal(await page.getByTestId('infra-ip-cidr').inputValue(), inside);
      await page.getByTestId('infra-ip-cancel').click();

      // The allocation's purpose is changed (If-Match) from its row.
      await page.getByTestId('infra-ip-filter-agency').selectOption(String(bakesbangpol.id));
      await row.getByTestId('infra-ip-edit-open').click();
      await page.getByTestId('infra-ip-edit-purpose').fill('Jaringan uji kantor, lantai 2');
      await page.getByTestId('infra-ip-edit-save').click();
      await expectText(page, 'infra-ip-changed', 'Perubahan sudah disimpan.');
      await expectTextIn(row, 'infra-ip-row-purpose', 'Jaringan uji kantor, lantai 2');
    });
  });

  it('a domain that breaks the naming rule is refused with the name expected; a correct one is registered', async () => {
    const mark = stamp();
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'admin');
      await page.goto(url('/elemen/infrastruktur/domain'));
      await expectTextIn(page.locator('[data-testid="infra-naming-rule"][data-kind="website"]'), 'infra-naming-rule-pattern', '{agency}.madiunkota.go.id');
      await page.getByTestId('infra-domain-create').click();
      await page.getByTestId('infra-domain-kind-website').check();
      // The hint beside the name shows the rule of the chosen kind, with its article.
      await page.locator('#infra-domain-name-hint', { hasText: /\{agency\}\.madiunkota\.go\.id.*Pasal 21/ }).waitFor();
      await page.getByTestId('infra-domain-agency').selectOption(String(dinkes.id));
      await page.getByTestId('infra-domain-name').fill(`situs-${mark}.contoh.id`);
      await page.getByTestId('infra-domain-submit').click();
      const refusal = await expectText(page, 'infra-domain-name-error', /dinkes\.madiunkota\.go\.id/);
      assert.match(refusal, /Pasal 21 ayat \(2\)/, 'the refusal cites the article');
      await expectText(page, 'error-summary', /dinkes\.madiunkota\.go\.id/);

      await page.getByTestId('infra-domain-name').fill(`layanan-${mark}.dinkes.madiunkota.go.id`);
      await page.getByTestId('infra-domain-submit').click();
      await expectText(page, 'infra-domain-saved', `layanan-${mark}.dinkes.madiunkota.go.id sudah didaftarkan.`);
    });
  });

  it('a VPS outside the data center is refused with the article; placed there it is registered, changed, in its history, and a conflict keeps what was typed', async () => {
    const name = `vps-uji-${stamp()}`;
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'admin');
      await page.goto(url('/elemen/infrastruktur/server'));
      await page.getByTestId('infra-host-table').waitFor();
      await page.getByTestId('infra-host-create').click();
      await page.getByTestId('infra-host-new-agency').selectOption(String(dinkes.id));
      await page.getByTestId('infra-host-new-name').fill(name);
      await page.getByTestId('infra-host-new-kind-vps').check();
      await page.getByTestId('infra-host-new-facility').selectOption(String(recoveryCenter.id));
      await page.getByTestId('infra-host-new-uptime').fill('99,5');
      await page.getByTestId('infra-host-new-addresses').fill('10.20.0.77');
      await page.getByTestId('infra-host-create-submit').click();
      const refusal = await expectText(page, 'infra-host-new-facility-error', /Pusat Data/);
      assert.match(refusal, /Pasal 14 ayat \(5\)/, 'the refusal cites the article');

      await page.getByTestId('infra-host-new-facility').selectOption(String(dataCenter.id));
      await page.getByTestId('infra-host-create-submit').click();
      await expectText(page, 'infra-host-name', name);
      await expectText(page, 'flash', 'Server sudah didaftarkan.');
      await expectText(page, 'infra-host-facility', new RegExp(dataCenter.name));
      await expectText(page, 'infra-host-uptime', /99,5% per bulan/);
      const impact = await page.getByTestId('infra-host-impact').getAttribute('href');
      assert.match(impact, /^\/elemen\/dampak\?kind=host&id=\d+$/);

      // A change, sent with If-Match, then seen in the history.
      await page.getByTestId('infra-host-edit-open').click();
      await page.getByTestId('infra-host-edit-os').fill('Debian 12');
      await page.getByTestId('infra-host-save').click();
      await expectText(page, 'infra-host-saved', 'Perubahan sudah disimpan.');
      await expectText(page, 'infra-host-os', 'Debian 12');
      await page.getByTestId('record-history').locator('summary').click();
      await page.locator('[data-testid="history-item"][data-action="host.update"]').first().waitFor();

      // Someone else saves first: the change is refused as a conflict, and what was typed is kept.
      await page.getByTestId('infra-host-edit-open').click();
      await page.getByTestId('infra-host-edit-purpose').fill('Aplikasi puskesmas keliling');
      const id = Number(page.url().split('/').pop());
      const current = await admin.get(`/api/v1/hosts/${id}`);
      const other = await admin.patch(`/api/v1/hosts/${id}`, { operating_system: 'Debian 13' }, { 'If-Match': current.headers.get('etag') });
      assert.equal(other.status, 200, JSON.stringify(other.body));
      await page.getByTestId('infra-host-save').click();
      await page.getByTestId('infra-host-conflict').waitFor();
      await page.getByTestId('infra-host-conflict-reload').click();
      await expectText(page, 'infra-host-unsaved', /Aplikasi puskesmas keliling/);
      assert.equal(await page.getByTestId('infra-host-edit-os').inputValue(), 'Debian 13', 'the form starts again from the latest version');
    });
  });

  it('an operator is told the ICT office registers their servers, and submits a LAN diagram that the status shows current', async () => {
    const note = `Diagram uji ${stamp()}`;
    const file = join(scratch, 'diagram-lan-dinkes.pdf');
    await writeFile(file, PDF);
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'operator.dinkes');
      await page.goto(url('/elemen/infrastruktur/server'));
      await expectText(page, 'infra-host-self-sufficiency', /Diskominfo.*PD Mandiri TIK.*Pasal 45/);
      assert.equal(await page.getByTestId('infra-host-create').count(), 0, 'no server form for this operator');

      await page.goto(url('/elemen/infrastruktur/diagram-lan'));
      await page.getByTestId('infra-lan-status').waitFor();
      await page.getByTestId('infra-lan-create').click();
      await expectText(page, 'infra-lan-own-agency', new RegExp(dinkes.name));
      // Without a file: told beside the field.
      await page.getByTestId('infra-lan-submit').click();
      await expectText(page, 'infra-lan-file-error', 'Pilih berkas diagram LAN');
      await page.getByTestId('infra-lan-file').setInputFiles(file);
      await expectText(page, 'infra-lan-file-current', /diagram-lan-dinkes\.pdf/);
      await page.getByTestId('infra-lan-note').fill(note);
      const today = await page.getByTestId('infra-lan-date').inputValue();
      await page.getByTestId('infra-lan-submit').click();
      await expectText(page, 'infra-lan-saved', /Diagram LAN Dinkes tanggal .* sudah dikirim\./);

      const status = page.locator(`[data-testid="infra-lan-status-row"][data-agency-id="${dinkes.id}"]`);
      await expectTextIn(status, 'infra-lan-state', 'Mutakhir');
      const api = (await admin.get('/api/v1/lan-diagrams/status')).body.agencies.find((a) => a.agency_id === dinkes.id);
      assert.equal(api.latest_submitted_on, today, 'the status counts the new diagram');
      assert.equal(api.stale, false);
      const row = page.getByTestId('infra-lan-row').filter({ hasText: note });
      await expectTextIn(row, 'infra-lan-row-agency', 'Dinkes');
      assert.match(await row.getByTestId('infra-lan-row-file').getAttribute('href'), /^\/api\/v1\/files\/[0-9a-f]{64}$/);
    });
  });

  it('leadership reads every part and may change nothing', async () => {
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'walikota');
      await page.goto(url('/elemen'));
      await page.getByTestId('elements-infrastructure').click();
      await expectText(page, 'infra-heading', 'Infrastruktur');
      await page.getByTestId('infra-lan-counts').waitFor();
      const lan = (await admin.get('/api/v1/lan-diagrams/status')).body;
      await expectText(page, 'infra-lan-count-never', `Belum pernah: ${lan.summary.never_submitted}`);
      await page.getByTestId('infra-backup-latest').waitFor();

      const pages = [
        ['/elemen/infrastruktur/server', 'infra-host-table', 'infra-host-create'],
        ['/elemen/infrastruktur/fasilitas', 'infra-facility', 'infra-facility-create'],
        ['/elemen/infrastruktur/jaringan', 'infra-network-table', 'infra-network-create'],
        ['/elemen/infrastruktur/rentang-ip', 'infra-ip-table', 'infra-ip-create'],
        ['/elemen/infrastruktur/domain', 'infra-domain-table', 'infra-domain-create'],
        ['/elemen/infrastruktur/diagram-lan', 'infra-lan-table', 'infra-lan-create'],
        ['/elemen/infrastruktur/cadangan', 'infra-backup-table', 'infra-backup-create'],
      ];
      for (const [path, list, create] of pages) {
        await page.goto(url(path));
        await page.getByTestId(list).first().waitFor();
        await page.getByTestId('infra-read-only').waitFor();
        assert.equal(await page.getByTestId(create).count(), 0, `no form on ${path} for leadership`);
        assert.equal(await page.locator('[data-testid$="-edit-open"]').count(), 0, `no change button on ${path} for leadership`);
      }
      for (const id of ['infra-facility-edit-open', 'infra-ip-edit-open', 'infra-domain-edit-open', 'infra-network-edit-open'])
        assert.equal(await page.getByTestId(id).count(), 0, `${id} is not offered to leadership`);

      // The server list: the counts the filter matches, and the filter itself.
      await page.goto(url('/elemen/infrastruktur/server'));
      const all = (await admin.get('/api/v1/hosts')).body.summary;
      await expectText(page, 'infra-host-count-total', `Jumlah: ${all.total}`);
      await expectText(page, 'infra-host-count-vps', `VPS: ${all.by_kind.vps}`);
      await page.getByTestId('infra-host-filter-kind').selectOption('vps');
      await page.getByTestId('infra-host-filter-agency').selectOption(String(dinkes.id));
      await page.getByTestId('infra-host-filter-apply').click();
      const dinkesVps = (await admin.get(`/api/v1/hosts?kind=vps&agency_id=${dinkes.id}`)).body.summary.total;
      await expectText(page, 'infra-host-count-total', `Jumlah: ${dinkesVps}`);
      const kinds = await page.getByTestId('infra-host-row').evaluateAll((rows) => rows.map((r) => `${r.dataset.kind}/${r.dataset.agencyId}`));
      assert.ok(kinds.length > 0 && kinds.every((k) => k === `vps/${dinkes.id}`), `only Dinkes VPS: ${kinds}`);
      await page.getByTestId('infra-host-export-xlsx').waitFor();
      assert.equal(await page.getByTestId('infra-host-export-xlsx').getAttribute('href'), '/api/v1/hosts/export.xlsx');

      await page.getByTestId('infra-host-link').first().click();
      await page.getByTestId('infra-host-name').waitFor();
      await page.getByTestId('infra-read-only').waitFor();
      await page.getByTestId('infra-host-impact').waitFor();
      assert.equal(await page.getByTestId('infra-host-edit-open').count(), 0, 'no change button for leadership');
    });
  });

  it('the pages fit a 320 px phone screen', async () => {
    await withPage(
      browser,
      async ({ page }) => {
        await signInAndWait(page, 'admin');
        for (const [path, testId] of [
          ['/elemen/infrastruktur', 'infra-lan-counts'],
          ['/elemen/infrastruktur/server', 'infra-host-table'],
          ['/elemen/infrastruktur/rentang-ip', 'infra-ip-table'],
          ['/elemen/infrastruktur/diagram-lan', 'infra-lan-status'],
          ['/elemen/infrastruktur/cadangan', 'infra-backup-table'],
        ]) {
          await page.goto(url(path));
          await page.getByTestId(testId).waitFor();
          assert.ok((await horizontalOverflow(page)) <= 0, `${path} fits`);
        }
        await page.goto(url('/elemen/infrastruktur/server'));
        await page.getByTestId('infra-host-create').click();
        await page.getByTestId('infra-host-create-form').waitFor();
        assert.ok((await horizontalOverflow(page)) <= 0, 'the server form fits');
      },
      { viewport: { width: 320, height: 640 } },
    );
  });
});

// The organisation pages (docs/organisation-contract.md) on the demo region
// Kota Madiun (profile madiun): the organisation from one answer, an agency with
// its positions and people (an operator changes only their own agency's), the
// regulation's obligations with filters, and the PD Mandiri TIK workflow from
// the assessment to the chair's decision.
//
// The tests compare the page with what the API answers, so they hold for any
// demo seed. The workflow picks an agency nobody has assessed yet, so the file
// can run again on the same server.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { apiSession, expectText, expectTextIn, launchBrowser, signInAndWait, url, withPage } from './helpers.mjs';

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

// Today as YYYY-MM-DD in the region's time zone (a decree may not be dated in the future).
function todayIn(zone) {
  return new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

describe('organisation', () => {
  let browser;
  let admin; // the demo superadmin, through the API
  let organisation; // GET /api/v1/organisation as the admin sees it
  before(async () => {
    browser = await launchBrowser();
    admin = await apiSession('admin');
    const answer = await admin.get('/api/v1/organisation');
    assert.equal(answer.status, 200, `GET /api/v1/organisation answered ${answer.status}`);
    organisation = answer.body;
  });
  after(async () => {
    await browser?.close();
  });

  it('admin opens Organisasi and sees the 30+ agencies and the Tim Koordinasi with its chair', async () => {
    const { region, agencies, committees } = organisation;
    assert.ok(agencies.length >= 30, `the demo has 30+ agencies (has ${agencies.length})`);
    // The Tim Koordinasi SPBE: the body whose chair decides on PD Mandiri TIK (Pasal 45 ayat (6)).
    const team =
      committees.find((c) => c.key === organisation.self_sufficiency?.decided_by.body) ??
      committees.find((c) => /Tim Koordinasi/.test(c.name) && c.members.some((m) => m.role === 'chair'));
    assert.ok(team, 'the profile forms the Tim Koordinasi');
    assert.match(team.name, /Tim Koordinasi/);
    const chair = team.members.find((m) => m.role === 'chair');
    assert.ok(chair.holder, 'the demo fills the chair');

    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'admin');
      await page.getByTestId('nav-organisation').click();
      await page.getByTestId('agencies-table').waitFor();
      await expectText(page, 'region-heading', region.name);
      await expectText(page, 'region-citation', region.citation.short);
      assert.equal(await page.getByTestId('agency-row').count(), agencies.length, 'every agency has its row');
      await expectText(page, 'agencies-count', `(${agencies.length})`);
      // The heading is the regulation's word for an agency.
      assert.match(await page.locator('#agencies-title').textContent(), new RegExp(`^${escape(region.terms.agency.id)}`));

      // The ICT office carries its role as a badge in the regulation's words.
      const ictOffice = agencies.find((a) => a.roles.includes('ict_office'));
      const ictRow = page.locator(`[data-testid="agency-row"][data-agency-id="${ictOffice.id}"]`);
      await expectTextIn(ictRow, 'agency-role', region.terms.ict_office.id);

      const card = page.locator(`[data-testid="committee"][data-key="${team.key}"]`);
      await expectTextIn(card, 'committee-name', team.name);
      const chairRow = card.locator('[data-testid="committee-member"][data-role="chair"]').first();
      await expectTextIn(chairRow, 'member-role', 'Ketua');
      await expectTextIn(chairRow, 'member-position', chair.position_title);
      await expectTextIn(chairRow, 'member-holder', chair.holder.name);

      // The search narrows the table.
      await page.getByTestId('agency-filter').fill(ictOffice.short_name);
      await page.getByTestId('agencies-shown').waitFor();
      assert.ok((await page.getByTestId('agency-row').count()) < agencies.length, 'the search narrows the list');
      await ictRow.waitFor();

      // In English, labels follow the regulation's English words.
      await page.getByTestId('lang-en').click();
      await expectTextIn(chairRow, 'member-role', 'Chair');
      assert.match(await page.locator('#agencies-title').textContent(), new RegExp(`^${escape(region.terms.agency.en)}`));
    });
  });

  it('operator.dinkes changes a person of their own agency, is told why a NIP is wrong, and cannot change another agency', async () => {
    const dinkes = organisation.agencies.find((a) => a.short_name === 'Dinkes');
    assert.ok(dinkes, 'the demo has Dinas Kesehatan (Dinkes)');
    const other = organisation.agencies.find((a) => a.id !== dinkes.id && a.people_count > 0);
    const people = await admin.get(`/api/v1/people?agency_id=${dinkes.id}&limit=100`);
    assert.equal(people.status, 200);
    const person = people.body.items.find((p) => p.nip);
    assert.ok(person, 'Dinkes has a person with a NIP');
    const phone = `0351 ${String(Date.now()).slice(-6)}`;

    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'operator.dinkes');
      await page.getByTestId('nav-organisation').click();
      await page.locator(`[data-testid="agency-row"][data-agency-id="${dinkes.id}"] [data-testid="agency-link"]`).click();
      await expectText(page, 'agency-heading', dinkes.name);
      assert.equal(await page.getByTestId('agency-edit').count(), 0, 'only the superadmin changes the agency itself');
      await page.getByTestId('person-add').waitFor();
      await page.getByTestId('position-add').waitFor();

      const row = page.locator(`[data-testid="person-row"][data-person-id="${person.id}"]`);
      await row.getByTestId('person-edit').click();
      await page.getByTestId('person-form').waitFor();
      assert.equal(await page.getByTestId('person-nip').inputValue(), person.nip);
      assert.match(await page.locator('#person-nip-hint').textContent(), /18 angka/);

      // 13 is not a month: the server says what is wrong, next to the NIP field.
      await page.getByTestId('person-nip').fill('198513142010011002');
      await page.getByTestId('person-phone').fill(phone);
      await page.getByTestId('person-save').click();
      await expectText(page, 'person-nip-error', /tanggal lahir/);
      await page.getByTestId('error-summary').waitFor();
      assert.equal(await page.getByTestId('person-nip').getAttribute('aria-invalid'), 'true');
      // Nothing typed is lost.
      assert.equal(await page.getByTestId('person-nip').inputValue(), '198513142010011002');
      assert.equal(await page.getByTestId('person-phone').inputValue(), phone);
      assert.equal(await page.getByTestId('person-name-field').inputValue(), person.name);

      // A NIP that is too short gets a hint while typing.
      await page.getByTestId('person-nip').fill('19851');
      await expectText(page, 'person-nip-count', /5 karakter/);

      await page.getByTestId('person-nip').fill(person.nip);
      await page.getByTestId('person-save').click();
      await expectText(page, 'person-saved', `Data ${person.name} sudah disimpan.`);
      await row.filter({ hasText: phone }).waitFor();
      const stored = await admin.get(`/api/v1/people/${person.id}`);
      assert.equal(stored.body.phone, phone, 'the change reached the server');
      assert.equal(stored.body.nip, person.nip, 'the NIP is unchanged');

      // Another agency: its positions are shown without any button to change them, its people not at all.
      await page.goto(url(`/organisasi/pd/${other.id}`));
      await expectText(page, 'agency-heading', other.name);
      await page.getByTestId('positions-table').waitFor();
      await page.getByTestId('people-hidden').waitFor();
      for (const button of ['agency-edit', 'position-edit', 'position-add', 'person-edit', 'person-add']) {
        assert.equal(await page.getByTestId(button).count(), 0, `no ${button} on another agency`);
      }
    });

    // The server agrees: another agency's people are not the operator's to change.
    const operator = await apiSession('operator.dinkes');
    const foreign = await admin.get(`/api/v1/people?agency_id=${other.id}&limit=1`);
    const refused = await operator.patch(`/api/v1/people/${foreign.body.items[0].id}`, { phone }, { 'If-Match': `"${foreign.body.items[0].version}"` });
    assert.equal(refused.status, 403);
  });

  it('the Peraturan page lists every obligation in article order, and the filters narrow them', async () => {
    const region = await admin.get('/api/v1/region');
    const profile = (await admin.get(`/api/v1/profiles/${region.body.profile}`)).body;
    const total = profile.obligations.length;
    assert.ok(total > 10, 'the profile has obligations');
    const kind = profile.obligations[0].rule.kind;
    const ofKind = profile.obligations.filter((o) => o.rule.kind === kind).length;
    const yearly = profile.obligations.find((o) => o.rule.period === 'P1Y');

    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'auditor');
      await page.getByTestId('nav-profile').click();
      await expectText(page, 'profile-short', profile.citation.short);
      await expectText(page, 'obligation-count', `${total} kewajiban`);
      assert.equal(await page.getByTestId('obligation').count(), total);

      // In the order of the articles.
      const pasal = (await page.getByTestId('obligation-article').allTextContents()).map((a) => Number(/Pasal (\d+)/.exec(a)[1]));
      assert.deepEqual(pasal, [...pasal].sort((a, b) => a - b), 'sorted by article');

      // Each shows the regulation's sentence word for word, and its rule in plain words.
      const first = page.locator(`[data-testid="obligation"][data-id="${profile.obligations[0].id}"]`);
      await expectTextIn(first, 'obligation-text', profile.obligations[0].text.trim());
      if (yearly) {
        const item = page.locator(`[data-testid="obligation"][data-id="${yearly.id}"]`);
        await expectTextIn(item, 'obligation-rule', /setiap 1 tahun/);
      }

      await page.getByTestId('filter-obligation-kind').selectOption(kind);
      await expectText(page, 'obligation-count', `Menampilkan ${ofKind} dari ${total} kewajiban`);
      assert.equal(await page.getByTestId('obligation').count(), ofKind);
      for (const shown of await page.getByTestId('obligation').evaluateAll((items) => items.map((i) => i.dataset.kind))) {
        assert.equal(shown, kind);
      }

      // A word from one sentence narrows further; the article does too.
      await page.getByTestId('filter-obligation-kind').selectOption('');
      const target = profile.obligations.find((o) => o.binds === 'ict_office') ?? profile.obligations[0];
      const word = target.text.split(/[^\p{L}]+/u).reduce((a, b) => (b.length > a.length ? b : a), '');
      const expected = profile.obligations.filter((o) => o.text.toLowerCase().includes(word.toLowerCase())).length;
      await page.getByTestId('filter-obligation-text').fill(word);
      await page.locator(`[data-testid="obligation"][data-id="${target.id}"]`).waitFor();
      const shown = await page.getByTestId('obligation').count();
      assert.ok(shown >= expected && shown < total, `searching "${word}" shows ${shown} of ${total}`);

      await page.getByTestId('obligation-filter-clear').click();
      await expectText(page, 'obligation-count', `${total} kewajiban`);
    });
  });

  it('PD Mandiri TIK: admin assesses and proposes; the Wali Kota may not decide; the Sekda grants; the agency shows the status', async () => {
    const rule = organisation.self_sufficiency;
    assert.ok(rule, 'the Madiun regulation has PD Mandiri TIK (Pasal 45)');
    const word = organisation.region.terms.ict_self_sufficient.id;
    const assessments = (await admin.get('/api/v1/self-sufficiency/assessments')).body.items;
    const busy = new Set(assessments.filter((a) => a.status === 'assessed' || a.status === 'proposed').map((a) => a.agency_id));
    const candidates = organisation.agencies.filter((a) => !a.ict_self_sufficient && !busy.has(a.id) && a.short_name !== 'Dinkes');
    assert.ok(candidates.length >= 2, 'there are agencies left to assess');
    const agency = candidates[candidates.length - 1];
    const unfit = candidates[candidates.length - 2];
    const decree = `800/${String(Date.now()).slice(-5)}/401.102/2026`;
    let assessmentId;

    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'admin');
      await page.getByTestId('nav-self-sufficiency').click();
      await page.getByTestId('assess-form').waitFor();
      await expectText(page, 'self-sufficiency-heading', word);

      // Every criterion must be judged first.
      await page.getByTestId('assess-agency').selectOption(String(agency.id));
      await page.getByTestId('assess-submit').click();
      await expectText(page, `criterion-${rule.criteria[0].key}-error`, /Pilih terpenuhi atau belum/);

      for (const c of rule.criteria) {
        await page.getByTestId(`criterion-${c.key}-yes`).check();
        await page.getByTestId(`criterion-${c.key}-note`).fill(`Diperiksa: ${c.text}`);
      }
      await page.getByTestId('assess-submit').click();
      await expectText(page, 'self-sufficiency-done', new RegExp(`Penilaian ${escape(agency.name)} sudah disimpan`));
      const card = page.locator(`[data-testid="assessment"][data-agency-id="${agency.id}"][data-status="assessed"]`);
      await expectTextIn(card, 'assessment-status', 'Sudah dinilai, belum diusulkan');
      assessmentId = await card.getAttribute('data-assessment-id');
      await card.getByTestId('assessment-propose').click();
      const proposed = page.locator(`[data-testid="assessment"][data-assessment-id="${assessmentId}"][data-status="proposed"]`);
      await expectTextIn(proposed, 'assessment-status', 'Diusulkan, menunggu penetapan');
      await proposed.getByTestId('assessment-proposed').waitFor();

      // An agency that misses a criterion cannot be proposed; the reason is shown; it can be withdrawn.
      await page.getByTestId('assess-agency').selectOption(String(unfit.id));
      await page.getByTestId(`criterion-${rule.criteria[0].key}-no`).check();
      for (const c of rule.criteria.slice(1)) await page.getByTestId(`criterion-${c.key}-yes`).check();
      await page.getByTestId('assess-submit').click();
      const unfitCard = page.locator(`[data-testid="assessment"][data-agency-id="${unfit.id}"][data-status="assessed"]`);
      await expectTextIn(unfitCard, 'propose-blocked', /belum terpenuhi/);
      assert.equal(await unfitCard.getByTestId('assessment-propose').isDisabled(), true, 'propose is disabled');
      await unfitCard.getByTestId('assessment-withdraw').click();
      await unfitCard.getByTestId('withdraw-yes').click();
      await page.locator(`[data-testid="assessment"][data-agency-id="${unfit.id}"][data-status="withdrawn"]`).first().waitFor();
    });

    // The Wali Kota leads the region but does not chair the Tim Koordinasi: told who decides.
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'walikota', undefined, '/masuk?next=/pd-mandiri-tik');
      const card = page.locator(`[data-testid="assessment"][data-assessment-id="${assessmentId}"]`);
      await expectTextIn(card, 'decide-not-chair', /tidak terhubung dengan jabatan itu/);
      assert.equal(await card.getByTestId('decide-form').count(), 0, 'no decision form for the Wali Kota');
    });
    const walikota = await apiSession('walikota');
    const refused = await walikota.post(`/api/v1/self-sufficiency/assessments/${assessmentId}/decide`, {
      decision: 'granted',
      decree_number: decree,
      decree_date: todayIn(organisation.region.time_zone),
    });
    assert.equal(refused.status, 403, 'the server refuses the Wali Kota too');

    // The Sekretaris Daerah chairs it and grants the status by decree.
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'sekda', undefined, '/masuk?next=/pd-mandiri-tik');
      const card = page.locator(`[data-testid="assessment"][data-assessment-id="${assessmentId}"]`);
      await card.getByTestId('decide-form').waitFor();
      await card.locator('[data-testid$="-decision-granted"]').check();
      await card.getByTestId('decide-submit').click();
      await expectTextIn(card, 'error-summary-item', /Masukkan nomor/); // the decree's number and date are needed
      await card.getByTestId('decide-number').fill(decree);
      await card.getByTestId('decide-date').fill(todayIn(organisation.region.time_zone));
      await card.getByTestId('decide-submit').click();
      await expectText(page, 'self-sufficiency-done', `${agency.name} sudah ditetapkan sebagai ${word}.`);
      const granted = page.locator(`[data-testid="assessment"][data-assessment-id="${assessmentId}"][data-status="granted"]`);
      await expectTextIn(granted, 'assessment-status', `Ditetapkan sebagai ${word}`);
      await expectTextIn(granted, 'assessment-decree', new RegExp(`Nomor ${escape(decree)}`));
      await page.locator(`[data-testid="self-sufficient-agency"][data-agency-id="${agency.id}"]`).waitFor();

      // The agency now carries the status, on its page and in the organisation.
      await page.goto(url(`/organisasi/pd/${agency.id}`));
      await expectText(page, 'agency-self-sufficient', word);
      await expectText(page, 'agency-self-sufficient-decree', new RegExp(escape(decree)));
      await page.goto(url('/organisasi'));
      const row = page.locator(`[data-testid="agency-row"][data-agency-id="${agency.id}"]`);
      await expectTextIn(row, 'agency-self-sufficient', word);
    });

    const after = await admin.get(`/api/v1/agencies/${agency.id}`);
    assert.equal(after.body.ict_self_sufficient, true);
    assert.equal(after.body.ict_self_sufficient_decree, decree);
  });
});

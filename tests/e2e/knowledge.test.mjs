// The knowledge base pages (Manajemen Pengetahuan, Madiun Pasal 37; docs/management-processes-contract.md
// "Knowledge management") on the demo region Kota Madiun: an agency operator writes a known-error
// article (missing answers explained beside the fields first) and sends it for review; the ICT
// office publishes it; a search finds it by a word of its text only; while another agency's operator
// writes a new ticket with matching words, the suggestion panel shows the article, "Gunakan artikel
// ini" shows it inside the form, and the new ticket's page links it as used; a rating shows the new
// average and opening the article counts one view; the owner records a knowledge transfer with its file; a change made meanwhile by someone
// else is not overwritten and what was typed is kept; an operator cannot change another agency's
// article (no buttons, and the server refuses with 403); the pages fit a 320 px phone.
//
// The test makes its own article with words no earlier run used, so it can run again on the same server.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { demoAgencySessions, expectText, expectTextIn, horizontalOverflow, launchBrowser, signInAndWait, stamp, url, withPage } from './helpers.mjs';

// A word of letters only (the full-text index splits letters from digits differently per database).
const pdf = (text) => Buffer.from(`%PDF-1.4\n% ${text}\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n`);
const word = (prefix) => prefix + stamp().replace(/[0-9]/g, (d) => 'qwertyuiop'[Number(d)]);

describe('knowledge base', () => {
  let browser;
  let admin;
  let bappedaOperator;
  let dinkesOperator;
  let dinkes;
  const titleWord = word('pemindai');
  const bodyWord = word('sertifikat');
  const title = `Pemindai ${titleWord} tidak terbaca di aplikasi arsip`;
  let articleId;

  before(async () => {
    browser = await launchBrowser();
    ({ admin, bappedaOperator, dinkesOperator, dinkes } = await demoAgencySessions());
  });
  after(async () => {
    await browser?.close();
  });

  it('an operator writes an article and sends it for review; the ICT office publishes it', async () => {
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'operator.dinkes');
      await page.goto(url('/pengetahuan'));
      await page.getByTestId('kb-create').click();
      await page.getByTestId('kb-create-form').waitFor();
      await expectText(page, 'kb-new-own-agency', new RegExp(dinkes.name));

      // Nothing typed: each missing answer beside its field and in the summary.
      await page.getByTestId('kb-create-submit').click();
      await page.getByTestId('error-summary').waitFor();
      await expectText(page, 'kb-new-title-error', /Tuliskan judul artikel/);
      await expectText(page, 'kb-new-kind-error', /Pilih jenis artikel/);
      await expectText(page, 'kb-new-body-error', /Tuliskan isi artikel/);

      await page.getByTestId('kb-new-title').fill(title);
      await page.getByTestId('kb-new-summary').fill('Hasil pindaian tidak muncul saat mengunggah surat ke aplikasi arsip.');
      await page.getByTestId('kb-new-kind-known_error').check();
      // A known error asks for its symptom and workaround.
      await page.getByTestId('kb-create-submit').click();
      await expectText(page, 'kb-new-symptom-error', /Tuliskan gejala/);
      await page.getByTestId('kb-new-symptom').fill('Tombol Pindai tidak menampilkan apa pun.');
      await page.getByTestId('kb-new-workaround').fill('Pasang ulang driver pemindai lalu mulai ulang peramban.');
      await page
        .getByTestId('kb-new-body')
        .fill(`Masalah ini muncul setelah pembaruan peramban.\n\nPeriksa ${bodyWord} perangkat di panel kendali, lalu pasang ulang driver.`);
      await page.getByTestId('kb-new-keywords').fill('pemindai, arsip');
      await page.getByTestId('kb-create-submit').click();

      await page.waitForURL(/\/pengetahuan\/\d+$/);
      await page.getByTestId('flash').waitFor();
      articleId = Number(page.url().split('/').pop());
      await expectText(page, 'kb-title', title);
      await expectText(page, 'kb-status', 'Pengumpulan (draf)');
      await expectText(page, 'kb-workaround', /Pasang ulang driver pemindai/);
      assert.equal(await page.getByTestId('kb-body').locator('p').count(), 2, 'the text in two paragraphs');
      await page.getByTestId('kb-step-submit_for_review').click();
      await expectText(page, 'kb-status', 'Pengolahan (ditinjau)');
      await expectText(page, 'kb-done', /diajukan untuk ditinjau/);
    });

    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'admin');
      await page.goto(url(`/pengetahuan/${articleId}`));
      await expectText(page, 'kb-status', 'Pengolahan (ditinjau)');
      await page.getByTestId('kb-step-publish').click();
      await expectText(page, 'kb-status', 'Diterbitkan');
      await expectText(page, 'kb-done', /Artikel diterbitkan/);
      await expectText(page, 'kb-published-at', /^Revisi 1,/);
    });
    const saved = (await admin.get(`/api/v1/knowledge/${articleId}`)).body;
    assert.equal(saved.status, 'published');
    assert.equal(saved.agency.id, dinkes.id);
  });

  it('search finds the article by a word of its text', async () => {
    assert.ok(articleId, 'the article was written');
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'operator.bappeda');
      await page.goto(url('/pengetahuan'));
      await page.getByTestId('kb-heading').waitFor();
      await page.getByTestId('kb-filter-q').fill(bodyWord);
      await page.getByTestId('kb-filter-apply').click();
      const row = page.locator(`[data-testid="kb-row"][data-article-id="${articleId}"]`);
      await row.waitFor();
      assert.equal(await page.getByTestId('kb-row').count(), 1, 'only the article with that word');
      await expectTextIn(row, 'kb-row-title', title);
      await expectTextIn(row, 'kb-row-kind', 'Masalah yang sudah dikenal');
      await expectTextIn(row, 'kb-row-agency', new RegExp(dinkes.short_name));
    });
  });

  it('while an operator writes a ticket, the suggestions show the matching article; used, it is linked to the new ticket', async () => {
    assert.ok(articleId, 'the article was written');
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'operator.bappeda');
      const asked = [];
      page.on('request', (r) => {
        if (r.url().includes('/api/v1/knowledge/suggestions')) asked.push(new URL(r.url()).searchParams.get('text') ?? '');
      });
      await page.goto(url('/tiket/baru'));
      await page.getByTestId('sd-create-form').waitFor();
      const suggestion = page.locator(`[data-testid="kb-suggestion"][data-article-id="${articleId}"]`);
      await page.getByTestId('sd-new-title').fill(`Pemindai ${titleWord}`);
      await suggestion.waitFor();
      // Fewer than 3 letters: the panel goes and nothing is asked.
      await page.getByTestId('sd-new-title').fill('ab');
      await page.getByTestId('kb-suggestions').waitFor({ state: 'detached' });

      await page.getByTestId('sd-new-title').fill(`Pemindai ${titleWord} di bagian umum`);
      await page.getByTestId('sd-new-description').fill(`Surat tidak dapat dipindai, ${bodyWord} tidak dikenali.`);
      await suggestion.waitFor();
      await expectTextIn(suggestion, 'kb-suggestion-title', title);
      await expectTextIn(suggestion, 'kb-suggestion-why', new RegExp(titleWord));
      await suggestion.getByTestId('kb-suggestion-use').click();
      await expectTextIn(suggestion, 'kb-suggestion-workaround', /Pasang ulang driver pemindai/);
      await suggestion.getByTestId('kb-suggestion-chosen').waitFor();

      await page.getByTestId('sd-new-kind-incident').check();
      await page.getByTestId('sd-create-submit').click();
      await page.waitForURL(/\/tiket\/\d+$/);
      const ticketId = Number(page.url().split('/').pop());
      await page.getByTestId('kb-ticket-offer').waitFor();
      await expectText(page, 'kb-ticket-offer-item', title);
      await page.getByTestId('kb-ticket-offer-link').click();
      await page.getByTestId('kb-ticket-linked').waitFor();
      await page.locator(`[data-testid="kb-ticket-article"][data-article-id="${articleId}"]`).waitFor();
      assert.equal(await page.getByTestId('kb-ticket-offer').count(), 0, 'offered once');
      assert.ok(asked.length >= 2 && asked.every((text) => (text.match(/\p{L}/gu) ?? []).length >= 3), `asked only with 3 letters or more: ${JSON.stringify(asked)}`);

      const article = (await admin.get(`/api/v1/knowledge/${articleId}`)).body;
      const link = article.links.find((l) => l.kind === 'ticket' && l.target.id === ticketId);
      assert.ok(link && link.used, 'linked to the ticket as used');
      assert.ok(article.usage.uses >= 1);
    });
  });

  it('opening the article counts a view; a rating shows the new average', async () => {
    assert.ok(articleId, 'the article was written');
    const first = await admin.post(`/api/v1/knowledge/${articleId}/ratings`, { stars: 5 });
    assert.equal(first.status, 200, JSON.stringify(first.body));
    const viewsBefore = (await admin.get(`/api/v1/knowledge/${articleId}`)).body.usage.views;
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'operator.bappeda');
      const counted = page.waitForResponse((r) => r.url().endsWith(`/api/v1/knowledge/${articleId}/views`) && r.request().method() === 'POST');
      await page.goto(url(`/pengetahuan/${articleId}`));
      assert.equal((await counted).status(), 200);
      assert.equal((await admin.get(`/api/v1/knowledge/${articleId}`)).body.usage.views, viewsBefore + 1, 'one view counted');
      await expectText(page, 'kb-rating-text', '5,0 dari 5 · 1 penilaian');
      await page.getByTestId('kb-rate-submit').click();
      await expectText(page, 'kb-rate-stars-error', /Pilih nilai/);
      await page.getByTestId('kb-rate-stars-4').check();
      await page.getByTestId('kb-rate-submit').click();
      await expectText(page, 'kb-rating-text', '4,5 dari 5 · 2 penilaian');
      await expectText(page, 'kb-my-rating', 'Nilai dari Anda: 4 bintang');
    });
  });

  it('the owner records a knowledge transfer with its file', async () => {
    assert.ok(articleId, 'the article was written');
    const session = `Sosialisasi pemindai arsip ${stamp()}`;
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'operator.dinkes');
      await page.goto(url(`/pengetahuan/${articleId}`));
      await page.getByTestId('kb-transfer-add').click();
      await page.getByTestId('kb-transfer-save').click();
      await expectText(page, 'kb-tr-title-error', /Tuliskan nama kegiatan/);
      await expectText(page, 'kb-tr-participants-error', /jumlah peserta/);
      await page.getByTestId('kb-tr-title').fill(session);
      await page.getByTestId('kb-tr-audience').fill('Operator layanan Tier 1 seluruh kecamatan');
      await page.getByTestId('kb-tr-participants').fill('25');
      await page.getByTestId('kb-tr-file').setInputFiles({ name: 'daftar-hadir.pdf', mimeType: 'application/pdf', buffer: pdf(session) });
      await page.getByTestId('kb-tr-file-current').waitFor();
      await page.getByTestId('kb-transfer-save').click();
      await expectText(page, 'kb-transfer-done', 'Kegiatan alih pengetahuan dicatat.');
      const row = page.getByTestId('kb-transfer').filter({ hasText: session });
      await expectTextIn(row, 'kb-transfer-when', /25 peserta/);
      await expectTextIn(row, 'kb-transfer-file', 'daftar-hadir.pdf');
    });
  });

  it('a change made meanwhile by someone else is not overwritten; what was typed is kept', async () => {
    const created = await dinkesOperator.post('/api/v1/knowledge', {
      title: `Panduan unggah dokumen ${stamp()}`,
      summary: 'Cara mengunggah dokumen ke aplikasi e-Office.',
      kind: 'how_to',
      body: 'Buka menu Dokumen lalu pilih Unggah.',
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const draft = created.body;
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'operator.dinkes');
      await page.goto(url(`/pengetahuan/${draft.id}`));
      await expectText(page, 'kb-status', 'Pengumpulan (draf)');
      await page.getByTestId('kb-edit-open').click();
      const typed = `${draft.title} (diperbarui)`;
      await page.getByTestId('kb-edit-title').fill(typed);
      const meanwhile = `${draft.title} — versi Kominfo`;
      const changed = await admin.patch(`/api/v1/knowledge/${draft.id}`, { title: meanwhile }, { 'If-Match': created.headers.get('etag') });
      assert.equal(changed.status, 200, JSON.stringify(changed.body));
      await page.getByTestId('kb-save').click();
      await page.getByTestId('kb-conflict').waitFor();
      await page.getByTestId('kb-conflict-reload').click();
      await expectText(page, 'kb-unsaved', new RegExp(typed.replace(/[()]/g, '\\$&')));
      assert.equal(await page.getByTestId('kb-edit-title').inputValue(), meanwhile, 'the form starts again from the latest');
    });
  });

  it('an operator reads but cannot change another agency\'s article', async () => {
    assert.ok(articleId, 'the article was written');
    await withPage(browser, async ({ page }) => {
      await signInAndWait(page, 'operator.bappeda');
      await page.goto(url(`/pengetahuan/${articleId}`));
      await expectText(page, 'kb-read-only', new RegExp(`milik ${dinkes.short_name}`));
      await expectText(page, 'kb-title', title);
      assert.equal(await page.getByTestId('kb-steps').count(), 0, 'no steps');
      assert.equal(await page.getByTestId('kb-edit-open').count(), 0, 'no change form');
      assert.equal(await page.getByTestId('kb-transfer-add').count(), 0, 'no transfers');
    });
    const latest = await admin.get(`/api/v1/knowledge/${articleId}`);
    const refused = await bappedaOperator.post(`/api/v1/knowledge/${articleId}/actions`, { action: 'archive' }, { 'If-Match': latest.headers.get('etag') });
    assert.equal(refused.status, 403, JSON.stringify(refused.body));
  });

  it('the pages fit a 320 px phone', async () => {
    assert.ok(articleId, 'the article was written');
    await withPage(
      browser,
      async ({ page }) => {
        await signInAndWait(page, 'operator.dinkes');
        await page.goto(url(`/pengetahuan?q=${bodyWord}`));
        await page.locator(`[data-testid="kb-row"][data-article-id="${articleId}"]`).waitFor();
        assert.ok((await horizontalOverflow(page)) <= 0, 'the search fits');
        await page.goto(url(`/pengetahuan/${articleId}`));
        await expectText(page, 'kb-title', title);
        assert.ok((await horizontalOverflow(page)) <= 0, 'the article fits');
        await page.goto(url('/tiket/baru'));
        await page.getByTestId('sd-new-title').fill(`Pemindai ${titleWord}`);
        await page.locator(`[data-testid="kb-suggestion"][data-article-id="${articleId}"]`).waitFor();
        assert.ok((await horizontalOverflow(page)) <= 0, 'the suggestions fit');
      },
      { viewport: { width: 320, height: 640 } },
    );
  });
});

// Scenarios of citing a hit or passage (plain text, BibTeX, permalink) and exporting the results.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

import { waitUntil } from './harness.mjs';

/** Records of an RFC 4180 CSV text. */
function parseCsv(text) {
  const records = [];
  let record = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i += 1; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { record.push(field); field = ''; } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field); records.push(record); record = []; field = ''; i += 1;
    } else field += c;
  }
  return records;
}

export const tests = [
  {
    name: 'cite on a hit shows plain text and BibTeX with a permalink to the passage',
    async run({ page, baseUrl }) {
      await page.goto(`${baseUrl}/?q=delimitation&xlang=0`);
      const hit = page.locator('#hits .hit').first();
      await hit.locator('.cite-button').click();
      const bibtex = hit.locator('.cite-panel .citation.bibtex');
      await bibtex.waitFor();
      const text = await bibtex.textContent();
      assert.match(text, /^@misc\{en-brussels-3,/);
      assert.match(text, /title\s*=\s*\{\{Leaders meet in Brussels\}\}/);
      const plain = await hit.locator('.cite-panel .citation.plain').textContent();
      assert.match(plain, /European Council, "Leaders meet in Brussels", 14 December 2021/);
      assert.match(plain, /para\. 3/);
      const permalink = await hit.locator('.cite-panel .citation.permalink').textContent();
      // The permalink names paragraph 3 by its stable anchor.
      const anchor = await page.evaluate(async () =>
        (await (await fetch('/api/documents/en-brussels')).json()).passages.find((p) => p.n === 3).anchor);
      assert.match(anchor, /^t[0-9a-f]{8}$/);
      assert.equal(permalink, `${baseUrl}/?doc=en-brussels#${anchor}`);
      await hit.locator('.cite-panel .citation-block').first().locator('.copy-button').click();
      await waitUntil(page, () => /Copied|Selected/.test(document.querySelector('.cite-panel .copy-button').textContent));
      await hit.locator('.cite-button').click();
      assert.equal(await hit.locator('.cite-panel').isHidden(), true);
    },
  },
  {
    name: 'every passage of the document view has a cite button',
    async run({ page, baseUrl }) {
      await page.goto(`${baseUrl}/?doc=ru-demining`);
      await page.locator('#p2').waitFor();
      assert.equal(await page.locator('#document-view .passage .cite-button').count(),
        await page.locator('#document-view .passage').count());
      await page.locator('#p2 .cite-button').click();
      const bibtex = await page.locator('#p2 .citation.bibtex').textContent();
      assert.match(bibtex, /^@misc\{ru-demining-2,/);
      assert.match(bibtex, /langid\s*=\s*\{russian\}/);
      assert.match(bibtex, /Разминирование и железная дорога/);
    },
  },
  {
    name: 'export CSV downloads every hit with a header row',
    async run({ page, baseUrl }) {
      await page.goto(`${baseUrl}/?q=ceasefire&xlang=0`);
      await page.locator('#export a.export-csv').waitFor();
      const total = await page.evaluate(async () => (await (await fetch('/api/search?q=ceasefire&xlang=0')).json()).total);
      assert.ok(total > 10, 'more than one page of hits');
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#export a.export-csv').click()]);
      assert.equal(download.suggestedFilename(), 'liaison-export.csv');
      const text = readFileSync(await download.path(), 'utf8');
      assert.ok(text.startsWith('\uFEFF'), 'a UTF-8 byte-order mark for spreadsheets');
      const records = parseCsv(text.slice(1));
      assert.equal(records[0].join(','), 'id,title,date,lang,kind,source,url,passage,page,score,areas,measures,snippet,permalink');
      assert.equal(records.length - 1, total);
      assert.ok(records.slice(1).every((record) => record.length === records[0].length));
      assert.equal(await page.locator('#export').textContent(), 'Export: CSV · JSON · BibTeX · RIS · Subscribe');
      const json = await page.locator('#export a.export-json').getAttribute('href');
      assert.match(json, /^\/api\/export\?q=ceasefire&xlang=0&format=json$/);
    },
  },
  {
    name: 'the export menu offers BibTeX and RIS, and Subscribe the feed of the search, in every language',
    async run({ page, baseUrl }) {
      await page.goto(`${baseUrl}/?q=ceasefire&xlang=0&page=2&ui=ru`);
      await page.locator('#export a.export-ris').waitFor();
      assert.equal(await page.locator('#export a.export-bibtex').getAttribute('href'), '/api/export?q=ceasefire&xlang=0&format=bibtex');
      assert.equal(await page.locator('#export a.export-ris').getAttribute('href'), '/api/export?q=ceasefire&xlang=0&format=ris');
      const subscribe = page.locator('#export a.subscribe');
      assert.equal(await subscribe.textContent(), 'Подписаться');
      assert.equal(await subscribe.getAttribute('href'), '/api/feed?q=ceasefire&xlang=0');
      const feed = await page.evaluate(async (href) => {
        const response = await fetch(href);
        return { type: response.headers.get('content-type'), body: await response.text() };
      }, await subscribe.getAttribute('href'));
      assert.equal(feed.type, 'application/atom+xml; charset=utf-8');
      assert.match(feed.body, /<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/);
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#export a.export-ris').click()]);
      assert.equal(download.suggestedFilename(), 'liaison-export.ris');
      assert.match(readFileSync(await download.path(), 'utf8'), /^TY {2}- [A-Z]+\r\n/);
    },
  },
];

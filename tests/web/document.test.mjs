// Scenarios of the document view: opening, highlighted words, citable passages, Back, escaping.
import assert from 'node:assert/strict';

import { waitUntil } from './harness.mjs';

import { SCRIPT_TITLE } from './fixture.mjs';

export const tests = [
  {
    name: 'opening a hit shows the whole document with the query words highlighted',
    async run({ page, baseUrl }) {
      await page.goto(`${baseUrl}/?q=demining`);
      await page.locator('#hits .hit-title', { hasText: 'Leaders meet in Brussels' }).click();
      await waitUntil(page, () => new URLSearchParams(location.search).get('doc') === 'en-brussels');
      await page.locator('#document-view .passage').first().waitFor();
      assert.equal(await page.locator('#document-view .passage').count(), 4);
      const marks = await page.locator('#document-view .passage mark').allTextContents();
      assert.ok(marks.includes('demining'), `marks: ${marks}`);
      assert.ok(await page.locator('#document-view .document-header .area-chip').count() >= 1);
      assert.equal(await page.locator('#search-view').isHidden(), true);
    },
  },
  {
    name: 'a passage link cites the paragraph and Back returns to the results',
    async run({ page, baseUrl }) {
      await page.goto(`${baseUrl}/?q=delimitation`);
      await page.locator('#hits .hit-title').first().click();
      await page.locator('#p4').waitFor();
      // The link names the paragraph by its stable anchor, made from its text.
      const anchor = await page.locator('#p4 .passage-anchor').getAttribute('id');
      assert.match(anchor, /^t[0-9a-f]{8}$/);
      await page.locator('#p4 .passage-link').click();
      await page.waitForURL((url) => url.hash === `#${anchor}`);
      assert.equal(await page.evaluate(() => document.querySelector(':target')?.id), anchor);
      const link = await page.locator('#p4 .passage-link').getAttribute('href');
      assert.match(link, /doc=en-brussels/);
      assert.ok(link.endsWith(`#${anchor}`), link);
      await page.goBack();
      await page.waitForURL((url) => url.hash !== `#${anchor}`);
      assert.equal(await page.locator('#document-view').isVisible(), true, 'Back from a passage stays on the document');
      await page.goBack();
      await page.waitForURL((url) => !url.search.includes('doc='));
      await page.locator('#search-view').waitFor();
      await page.locator('#hits .hit').first().waitFor();
      assert.equal(await page.locator('#q').inputValue(), 'delimitation');
    },
  },
  {
    name: 'opening a citation link lands on the passage',
    async run({ page, baseUrl }) {
      await page.goto(`${baseUrl}/?doc=en-brussels&q=demining#p2`);
      await page.locator('#p2 mark').first().waitFor();
      assert.equal(await page.evaluate(() => document.querySelector(':target')?.id), 'p2');
      const box = await page.locator('#p2').evaluate((node) => {
        const rect = node.getBoundingClientRect();
        return { top: rect.top, bottom: rect.bottom, height: window.innerHeight };
      });
      assert.ok(box.top >= 0 && box.bottom <= box.height, `the passage is in view (${JSON.stringify(box)})`);
    },
  },
  {
    name: 'a document containing <script> shows it as text and runs nothing',
    async run({ page, baseUrl }) {
      await page.goto(`${baseUrl}/?q=markup`);
      const title = page.locator('#hits .hit-title').first();
      await title.waitFor();
      assert.equal(await title.textContent(), SCRIPT_TITLE);
      const snippet = await page.locator('#hits .snippet').first().textContent();
      assert.match(snippet, /<script>window.__xss = 3<\/script>/);
      assert.equal(await page.locator('#hits script, #hits img, #hits b').count(), 0);
      await title.click();
      await page.locator('#document-view .passage').first().waitFor();
      assert.equal(await page.locator('#document-title').textContent(), SCRIPT_TITLE);
      const text = await page.locator('#document-view .passages').textContent();
      assert.match(text, /<img src=x onerror="window.__xss=4">/);
      assert.equal(await page.locator('#document-view script, #document-view img, #document-view b').count(), 0);
      assert.equal(await page.evaluate(() => window.__xss), undefined);
    },
  },
  {
    name: 'an unknown document says so',
    async run({ page, baseUrl }) {
      page.removeAllListeners('console');  // the 404 of the API call is expected here
      await page.goto(`${baseUrl}/?doc=no-such-document`);
      await page.locator('#document-view .error').waitFor();
      assert.match(await page.locator('#document-view h2').textContent(), /not found/);
    },
  },
  {
    name: 'every hit and document says what the text is: an editorial summary is never shown as the source\'s own',
    async run({ page, baseUrl }) {
      await page.goto(`${baseUrl}/?q=summer`);
      const hit = page.locator('#hits .hit', { hasText: 'A summer school for young people' });
      await hit.waitFor();
      assert.equal(await hit.locator('.provenance').getAttribute('data-provenance'), 'editorial');
      assert.equal(await hit.locator('.provenance').textContent(), 'Editorial summary');
      await page.goto(`${baseUrl}/?doc=en-brussels`);
      await page.locator('#document-view .document-header .provenance').waitFor();
      assert.equal(await page.locator('#document-view .provenance').getAttribute('data-provenance'), 'original');
      await page.goto(`${baseUrl}/?doc=en-youth&ui=hy`);
      await page.locator('#document-view .document-header .provenance').waitFor();
      assert.equal(await page.locator('#document-view .provenance').textContent(), 'Խմբագրական ամփոփում');
      const cite = await page.evaluate(async () => (await fetch('/api/documents/en-youth/passages/1/cite')).json());
      assert.match(cite.text, /^Liaison editors, written from Liaison Group, /);
      assert.match(cite.bibtex, /author = \{\{Liaison editors\}\}/);
    },
  },
];

// Scenarios of tag chips with evidence: areas and measures on hits and passages, manual marked.
import assert from 'node:assert/strict';

import { waitUntil } from './harness.mjs';

export const tests = [
  {
    name: 'hit chips show their areas and measures with the evidence in a tooltip and a list',
    async run({ page, baseUrl }) {
      await page.goto(`${baseUrl}/?q=Brussels&xlang=0`);
      const hit = page.locator('#hits .hit', { hasText: 'Leaders meet in Brussels' });
      await hit.waitFor();
      const area = hit.locator('.area-chip').first();
      assert.match(await area.getAttribute('title'), /: /);
      assert.match(await area.getAttribute('title'), /manual/, 'front matter areas are marked manual');
      const measure = hit.locator('.measure-chip[data-tag="M01"]');
      assert.equal(await measure.locator('.measure-id').textContent(), 'M01');
      assert.match(await measure.locator('.measure-name').textContent(), /^South Caucasus Peace/, 'short name from /api/measures');
      assert.match(await measure.getAttribute('title'), /^M01 South Caucasus Peace, Stability and Security Conference: /);
      // The expandable list names every tag with what triggered it.
      await hit.locator('details.evidence summary').click();
      const items = await hit.locator('details.evidence li').allTextContents();
      assert.ok(items.some((item) => /^M01 .*manual/.test(item)), `evidence: ${items}`);
      assert.equal(items.length, await hit.locator('.chip').count());
    },
  },
  {
    name: 'tagger evidence names the words that triggered a measure',
    async run({ page, baseUrl }) {
      await page.goto(`${baseUrl}/?doc=en-brussels`);
      await page.locator('#p2').waitFor();
      const chips = page.locator('#p2 .measure-chip');
      await waitUntil(page, () => document.querySelectorAll('#p2 .measure-chip').length > 0, undefined,
        { what: 'measure chips on paragraph 2' });
      const evidence = await chips.evaluateAll((nodes) => nodes.map((node) => node.dataset.evidence));
      assert.ok(evidence.some((text) => /demining|rail|captives/i.test(text)), `evidence: ${evidence}`);
      await page.locator('#p2 details.evidence summary').click();
      assert.ok(await page.locator('#p2 details.evidence li').count() >= 1);
    },
  },
  {
    name: 'a measure chip opens its tracker',
    async run({ page, baseUrl }) {
      await page.goto(`${baseUrl}/?q=Brussels&xlang=0`);
      await page.locator('#hits .measure-chip[data-tag="M01"]').first().click();
      await waitUntil(page, () => new URLSearchParams(location.search).get('track') === 'M01');
      await page.locator('#measure-title').waitFor();
      assert.match(await page.locator('#measure-title').textContent(), /^M01 /);
    },
  },
];

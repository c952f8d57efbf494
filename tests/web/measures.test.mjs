// Scenarios of the measures list and the measure tracker.
import assert from 'node:assert/strict';

import { waitUntil } from './harness.mjs';

export const tests = [
  {
    name: 'the measures list is reachable from the page and shows counts',
    async run({ page, baseUrl }) {
      await page.goto(baseUrl);
      await page.locator('#measures-link').click();
      await waitUntil(page, () => new URLSearchParams(location.search).get('measures') === '1');
      await page.locator('#measure-view .measure-row').first().waitFor();
      assert.ok(await page.locator('#measure-view .measure-row').count() >= 30);
      const count = await page.locator('#measure-view .measure-row[data-measure="M01"] .count').textContent();
      assert.equal(count, '1');
      assert.equal(await page.locator('#search-view').isHidden(), true);
      await page.locator('#measure-view .measure-row[data-measure="B05"] .measure-link').click();
      await waitUntil(page, () => new URLSearchParams(location.search).get('track') === 'B05');
      await page.locator('#measure-title').waitFor();
    },
  },
  {
    name: 'the measure tracker lists every mention by date, first and latest, with passage links',
    async run({ page, baseUrl }) {
      await page.goto(`${baseUrl}/?track=B05`);
      await page.locator('#measure-view .mention').first().waitFor();
      assert.match(await page.locator('#measure-title').textContent(), /^B05 Demining/);
      const track = await page.evaluate(async () => (await fetch('/api/measures/B05')).json());
      const dates = await page.locator('#measure-view .mention').evaluateAll((nodes) => nodes.map((n) => n.dataset.date));
      assert.equal(dates.length, track.mentions.length);
      assert.ok(dates.length >= 3, `mentions: ${dates}`);
      assert.deepEqual([...dates].sort(), dates, 'oldest first');
      const years = await page.locator('#measure-view .timeline-year h3').allTextContents();
      assert.deepEqual(years, [...new Set(dates.map((d) => d.slice(0, 4)))]);
      assert.equal(await page.locator('#measure-view .year-bars li').count(), years.length);
      const first = await page.locator('.mention-summary').first().locator('time').getAttribute('datetime');
      assert.equal(first, track.first.date);
      const latest = await page.locator('.mention-summary').nth(1).locator('time').getAttribute('datetime');
      assert.equal(latest, track.latest.date);
      // Each passage links to its paragraph in the document view.
      const link = page.locator('#measure-view .mention-passages a.mention-passage-link').first();
      const href = await link.getAttribute('href');
      assert.match(href, /doc=[^&]+.*#p\d+$/);
      await link.click();
      await waitUntil(page, () => location.search.includes('doc=') && /^#p\d+$/.test(location.hash));
      await page.locator('#document-view .passage:target').waitFor();
      await page.goBack();
      await page.locator('#search-measure').click();
      await waitUntil(page, () => new URLSearchParams(location.search).getAll('measure').includes('B05')
        && !location.search.includes('track='));
      await page.locator('#hits .hit').first().waitFor();
      assert.equal(await page.locator('#hits .hit').count(), track.documents);
    },
  },
  {
    name: 'an unknown measure says so',
    async run({ page, baseUrl }) {
      page.removeAllListeners('console');  // the 404 of the API call is expected here
      await page.goto(`${baseUrl}/?track=M99`);
      await page.locator('#measure-view .error').waitFor();
      assert.match(await page.locator('#measure-view h2').textContent(), /Measure not found/);
    },
  },
];

// The page at phone width (390 px): filters behind a button above the results, nothing wider
// than the screen; and dates written in each interface language.
import assert from 'node:assert/strict';

import { waitUntil } from './harness.mjs';

const PHONE = { width: 390, height: 844 };

const DATES = [
  { ui: 'en', written: '14 December 2021' },
  { ui: 'hy', written: '14 դեկտեմբերի 2021 թ.' },
  { ui: 'az', written: '14 dekabr 2021' },
  { ui: 'ru', written: '14 декабря 2021 г.' },
];

export const tests = [
  {
    name: 'on a phone the filters open from a button above the results',
    viewport: PHONE,
    async run({ page, baseUrl }) {
      await page.goto(`${baseUrl}/?q=demining`);
      await page.locator('#hits .hit').first().waitFor();
      const toggle = page.locator('#filters-toggle');
      const box = await toggle.boundingBox();
      assert.ok(box && box.y + box.height <= PHONE.height, `the filter button is below the first screen: ${JSON.stringify(box)}`);
      const firstHit = await page.locator('#hits .hit').first().boundingBox();
      assert.ok(box.y < firstHit.y, 'the filter button comes before the hits');
      assert.equal(await page.locator('#filters').isVisible(), false, 'the panel starts closed');

      await toggle.click();
      assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
      const area = page.locator('#facets .facet-value[data-facet="area"]').first();
      assert.ok(await area.isVisible(), 'the area facet is on screen in the open panel');
      const areaBox = await area.boundingBox();
      assert.ok(areaBox.y + areaBox.height <= PHONE.height, 'the first area is reachable without scrolling');
      await area.click();
      await waitUntil(page, () => new URLSearchParams(location.search).getAll('area').length === 1, undefined, { what: 'area filter' });
      await waitUntil(page, () => document.querySelector('#filter-count')?.textContent === '1', undefined, { what: 'count badge' });

      await page.locator('#filters-close').click();
      assert.equal(await page.locator('#filters').isVisible(), false, 'Show results closes the panel');
      assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'filters-toggle');
    },
  },
  {
    name: 'on a phone Escape closes the filter panel and nothing is wider than the screen',
    viewport: PHONE,
    async run({ page, baseUrl }) {
      for (const ui of ['en', 'hy', 'az', 'ru']) {
        await page.goto(`${baseUrl}/?q=Brussels&ui=${ui}`);
        await page.locator('#hits .hit').first().waitFor();
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(width <= PHONE.width, `${ui}: the page is ${width} px wide`);
      }
      await page.locator('#filters-toggle').click();
      await page.keyboard.press('Escape');
      assert.equal(await page.locator('#filters').isVisible(), false);
      assert.equal(await page.evaluate(() => new URLSearchParams(location.search).get('q')), 'Brussels', 'Escape left the search');
    },
  },
  {
    name: 'on a wide screen the filters stay in the sidebar without a button',
    async run({ page, baseUrl }) {
      await page.goto(`${baseUrl}/?q=demining`);
      await page.locator('#hits .hit').first().waitFor();
      assert.equal(await page.locator('#filters-toggle').isVisible(), false);
      assert.equal(await page.locator('#filters-close').isVisible(), false);
      assert.ok(await page.locator('#filters').isVisible());
    },
  },
  {
    name: 'dates are written in each interface language with its month names',
    async run({ page, baseUrl }) {
      for (const { ui, written } of DATES) {
        await page.goto(`${baseUrl}/?q=${encodeURIComponent('"Leaders meet in Brussels"')}&ui=${ui}`);
        await page.locator('#hits .hit').first().waitFor();
        const dates = await page.locator('#hits .hit time[datetime="2021-12-14"]').allTextContents();
        assert.deepEqual(dates.slice(0, 1), [written], ui);
      }
    },
  },
];

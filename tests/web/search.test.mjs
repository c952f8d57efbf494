// Scenarios of the search view: typing, hits, chips, facets, timeline, sort, paging, state in the URL.
import assert from 'node:assert/strict';

import { waitUntil } from './harness.mjs';

const hitTitles = (page) => page.locator('#hits .hit-title').allTextContents();

// The hits of the previous search stay on screen until the new answer arrives, so a test
// that reads hits after a new search must wait for the page to finish that search.
async function searchedFor(page, text) {
  await waitUntil(page, (q) => new URLSearchParams(location.search).get('q') === q, text, { what: `q=${text}` });
  await waitUntil(page, () => !document.querySelector('#results').hasAttribute('aria-busy'),
    undefined, { what: `results of ${text}` });
}

async function typeQuery(page, text) {
  await page.locator('#q').click();
  await page.keyboard.type(text, { delay: 20 });
  await searchedFor(page, text);
}

export const tests = [
  {
    name: 'home page loads with a labelled search box and the area facet',
    async run({ page, baseUrl }) {
      await page.goto(baseUrl);
      assert.equal(await page.title(), 'Liaison');
      const label = await page.locator('label[for="q"]').textContent();
      assert.match(label, /Search/);
      await page.locator('#facets .facet-value[data-facet="area"]').first().waitFor();
      const live = await page.locator('#status').getAttribute('aria-live');
      assert.equal(live, 'polite');
    },
  },
  {
    name: 'typing a query shows hits with coloured area chips and highlighted snippets',
    async run({ page, baseUrl }) {
      await page.goto(baseUrl);
      await typeQuery(page, 'demining');
      const titles = await hitTitles(page);
      assert.ok(titles.includes('Leaders meet in Brussels'), `titles: ${titles}`);
      const status = await page.locator('#status').textContent();
      assert.match(status, /\d+ documents? found/);
      const chip = page.locator('#hits .hit').first().locator('.area-chip').first();
      await chip.waitFor();
      const background = await chip.evaluate((node) => getComputedStyle(node).backgroundColor);
      assert.notEqual(background, 'rgba(0, 0, 0, 0)');
      assert.notEqual(background, 'rgb(107, 114, 128)', 'the chip uses the colour of /api/areas, not the fallback');
      const marks = await page.locator('#hits .snippet mark').allTextContents();
      assert.ok(marks.some((m) => /demining/i.test(m)), `marks: ${marks}`);
    },
  },
  {
    name: 'what the user types while the page is still loading is kept and searched',
    async run({ page, baseUrl }) {
      // The area list is held back until half the query is typed: the page's first render then
      // lands in the middle of the typing, as it does on a slow network.
      let releaseAreas;
      const typedHalf = new Promise((resolve) => { releaseAreas = resolve; });
      await page.route('**/api/areas', async (route) => {
        await typedHalf;
        await route.continue();
      });
      await page.goto(baseUrl, { waitUntil: 'domcontentloaded' });
      await page.locator('#q').click();
      await page.keyboard.type('demi', { delay: 20 });
      releaseAreas();
      await waitUntil(page, () => document.querySelector('#results').hasAttribute('aria-busy')
        || document.querySelector('#hits .hit') !== null, undefined, { what: 'the first render' });
      await page.keyboard.type('ning', { delay: 20 });
      await searchedFor(page, 'demining');
      assert.equal(await page.locator('#q').inputValue(), 'demining');
      assert.ok((await hitTitles(page)).includes('Leaders meet in Brussels'));
    },
  },
  {
    name: 'clicking a facet filters the hits and goes into the URL',
    async run({ page, baseUrl }) {
      await page.goto(baseUrl);
      await page.locator('#hits .hit').first().waitFor();
      const russian = page.locator('.facet-value[data-facet="lang"][data-value="ru"]');
      await russian.click();
      await waitUntil(page, () => new URLSearchParams(location.search).getAll('lang').includes('ru'));
      await page.locator('.facet-value.active[data-facet="lang"][data-value="ru"]').waitFor();
      await waitUntil(page, () => [...document.querySelectorAll('#hits .hit')].length === 2);
      assert.deepEqual((await hitTitles(page)).sort(), ['Заявление о коридоре', 'Разминирование и железная дорога']);
      // The other languages stay offered, so the filter can be widened.
      assert.ok(await page.locator('.facet-value[data-facet="lang"][data-value="en"]').count() === 1);
      await page.goBack();
      await waitUntil(page, () => !location.search.includes('lang='));
      await waitUntil(page, () => document.querySelectorAll('#hits .hit').length > 1);
    },
  },
  {
    name: 'the year chart filters by year when a bar is clicked',
    async run({ page, baseUrl }) {
      await page.goto(`${baseUrl}/?q=ceasefire`);
      const bar = page.locator('#chart .bar[data-year="2022"]');
      await bar.waitFor();
      assert.match(await bar.getAttribute('aria-label'), /^2022: \d+$/);
      await bar.click();
      await waitUntil(page, () => location.search.includes('from=2022') && location.search.includes('to=2022'));
      await page.locator('#chart .bar.selected[data-year="2022"]').waitFor();
      await waitUntil(page, () => !document.querySelector('#results').hasAttribute('aria-busy'));
      const dates = await page.locator('#hits time').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('datetime')));
      assert.ok(dates.length > 0 && dates.every((d) => d.startsWith('2022')), `dates: ${dates}`);
      assert.equal(await page.locator('#from').inputValue(), '2022');
    },
  },
  {
    name: 'split by language stacks the bars and shows a legend',
    async run({ page, baseUrl }) {
      await page.goto(baseUrl);
      await page.locator('#chart .bar').first().waitFor();
      await page.locator('#split-lang').check();
      await waitUntil(page, () => location.search.includes('split=1'));
      await page.locator('#chart-legend .legend-item').first().waitFor();
      const legend = await page.locator('#chart-legend').textContent();
      assert.match(legend, /English/);
      assert.match(legend, /Russian/);
      assert.ok(await page.locator('#chart .bar-segment[data-lang="ru"]').count() >= 1);
    },
  },
  {
    name: 'sorting by date puts the oldest document first',
    async run({ page, baseUrl }) {
      await page.goto(baseUrl);
      await page.locator('#hits .hit').first().waitFor();
      await page.locator('#sort').selectOption('date');
      await waitUntil(page, () => location.search.includes('sort=date'));
      await waitUntil(page, () => document.querySelector('#hits .hit-title')?.textContent.includes('հրադադարի'));
      await page.locator('#sort').selectOption('-date');
      await waitUntil(page, () => document.querySelector('#hits .hit-title')?.textContent.includes('Ceasefire'));
    },
  },
  {
    name: 'pagination moves to the second page and back',
    async run({ page, baseUrl }) {
      await page.goto(`${baseUrl}/?q=ceasefire`);
      await page.locator('#pagination a.next').waitFor();
      const first = await hitTitles(page);
      assert.equal(first.length, 10);
      await page.locator('#pagination a.next').click();
      await waitUntil(page, () => location.search.includes('page=2'));
      await waitUntil(page, () => document.querySelector('.page-of')?.textContent.startsWith('Page 2'));
      const second = await hitTitles(page);
      assert.ok(second.length >= 1 && !second.some((title) => first.includes(title)), `second page: ${second}`);
      await page.goBack();
      await waitUntil(page, () => !location.search.includes('page=2'));
    },
  },
  {
    name: 'a misspelt query offers "did you mean" and following it searches again',
    async run({ page, baseUrl }) {
      await page.goto(`${baseUrl}/?q=deminnig`);
      const suggestion = page.locator('#did-you-mean .suggestion');
      await suggestion.waitFor();
      assert.equal(await suggestion.textContent(), 'demining');
      await suggestion.click();
      await searchedFor(page, 'demining');
      await page.locator('#hits .hit').first().waitFor();
      assert.equal(await page.locator('#q').inputValue(), 'demining');
    },
  },
  {
    name: 'a link reproduces the whole search',
    async run({ page, baseUrl }) {
      await page.goto(`${baseUrl}/?q=ceasefire&sort=-date&kind=report&area=diplomacy`);
      await page.locator('#hits .hit').first().waitFor();
      assert.equal(await page.locator('#q').inputValue(), 'ceasefire');
      assert.equal(await page.locator('#sort').inputValue(), '-date');
      await page.locator('.facet-value.active[data-facet="kind"][data-value="report"]').waitFor();
      await page.locator('.facet-value.active[data-facet="area"][data-value="diplomacy"]').waitFor();
      const titles = await hitTitles(page);
      assert.equal(titles[0], 'Monitoring notes 12');
    },
  },
  {
    name: 'a domain term is searched in every language, and can be searched as typed',
    async run({ page, baseUrl }) {
      await page.goto(`${baseUrl}/?q=demining`);
      await page.locator('#expansions .forms').waitFor();
      assert.match(await page.locator('#expansions .forms').textContent(), /разминирование/i);
      await waitUntil(page, () => document.querySelectorAll('#hits .hit').length === 4);
      await page.locator('#expansions .only-as-typed').click();
      await waitUntil(page, () => location.search.includes('xlang=0'));
      await waitUntil(page, () => document.querySelector('#expansions').hidden);
      await waitUntil(page, () => document.querySelectorAll('#hits .hit').length === 1);
      assert.deepEqual(await hitTitles(page), ['Leaders meet in Brussels']);
    },
  },
  {
    name: 'the keyboard alone finds and opens a document',
    async run({ page, baseUrl }) {
      await page.goto(baseUrl);
      await page.locator('#hits .hit').first().waitFor();
      await page.keyboard.press('/');
      assert.equal(await page.evaluate(() => document.activeElement.id), 'q');
      await page.keyboard.type('delimitation');
      await page.keyboard.press('Enter');
      await searchedFor(page, 'delimitation');
      await page.locator('#hits .hit-title').first().waitFor();
      await page.locator('#hits .hit-title').first().focus();
      await page.keyboard.press('Enter');
      await page.locator('#document-view h2').waitFor();
      assert.equal(await page.locator('#document-title').textContent(), 'Leaders meet in Brussels');
      await page.keyboard.press('Escape');
      await page.locator('#search-view').waitFor();
    },
  },
  {
    name: 'a plain click on a hit title opens it in the page; Ctrl or Shift leaves the link to the browser',
    async run({ page, baseUrl }) {
      await page.goto(`${baseUrl}/?q=demining`);
      const title = page.locator('#hits .hit-title').first();
      await title.waitFor();
      // Records whether the page took each click over (defaultPrevented), then cancels what the
      // browser would do (a new tab or window), so that the test stays on this page.
      await page.evaluate(() => {
        window.clicksTakenOver = [];
        document.addEventListener('click', (event) => {
          window.clicksTakenOver.push(event.defaultPrevented);
          event.preventDefault();
        });
      });
      await title.click({ modifiers: ['Control'] });
      await title.click({ modifiers: ['Shift'] });
      assert.deepEqual(await page.evaluate(() => window.clicksTakenOver), [false, false]);
      assert.ok(!new URL(page.url()).searchParams.has('doc'), page.url());
      await title.click();
      await page.locator('#document-view h2').waitFor();
      assert.deepEqual(await page.evaluate(() => window.clicksTakenOver), [false, false, true]);
      assert.ok(new URL(page.url()).searchParams.has('doc'), page.url());
    },
  },
  {
    name: 'an estimated total is shown as "about"',
    async run({ page, baseUrl }) {
      // Past the searcher's exact count (10,000 passages) the API says exact: false; the bundled
      // corpus is far smaller, so the test edits a real answer on its way to the page.
      await page.route('**/api/search?*', async (route) => {
        const response = await route.fetch();
        await route.fulfill({ response, json: { ...(await response.json()), total: 12345, exact: false } });
      });
      await page.goto(`${baseUrl}/?q=demining`);
      await page.locator('#hits .hit').first().waitFor();
      await waitUntil(page, () => /^about 12,345 documents found/.test(document.querySelector('#status').textContent),
        undefined, { what: 'an "about" total' });
    },
  },
  {
    name: 'at phone width the page fits without sideways scrolling',
    viewport: { width: 390, height: 844 },
    async run({ page, baseUrl }) {
      await page.goto(`${baseUrl}/?q=demining`);
      await page.locator('#hits .hit').first().waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
    },
  },
];

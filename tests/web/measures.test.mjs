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
      await page.locator('#measure-view .measure-timeline .mention').first().waitFor();
      assert.match(await page.locator('#measure-title').textContent(), /^B05 Demining/);
      const track = await page.evaluate(async () => (await fetch('/api/measures/B05')).json());
      const dates = await page.locator('#measure-view .measure-timeline .mention')
        .evaluateAll((nodes) => nodes.map((n) => n.dataset.date));
      assert.equal(dates.length, track.mentions.length);
      // Documents dated before the Brussels meeting that speak of demining are antecedents.
      assert.ok(dates.length >= 2, `mentions: ${dates}`);
      assert.ok(track.antecedents.every((m) => m.date < '2021-12-14'), JSON.stringify(track.antecedents));
      assert.equal(await page.locator('#measure-view .antecedents .mention').count(), track.antecedents.length);
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
      assert.match(href, /doc=[^&]+.*#t[0-9a-f]{8}$/);
      await link.click();
      await waitUntil(page, () => location.search.includes('doc=') && /^#t[0-9a-f]{8}$/.test(location.hash));
      await page.locator('#document-view .passage-anchor:target').waitFor();
      await page.goBack();
      await page.locator('#search-measure').click();
      await waitUntil(page, () => new URLSearchParams(location.search).getAll('measure').includes('B05')
        && !location.search.includes('track='));
      await page.locator('#hits .hit').first().waitFor();
      // The filter finds every document that uses the measure's words, antecedents included.
      assert.equal(await page.locator('#hits .hit').count(), track.documents + track.antecedents.length);
    },
  },
  {
    name: 'the tracker shows the status of each year with the passage and cue that show it',
    async run({ page, baseUrl }) {
      await page.goto(`${baseUrl}/?track=B05`);
      await page.locator('#measure-view .status-year').first().waitFor();
      const track = await page.evaluate(async () => (await fetch('/api/measures/B05')).json());
      const shown = await page.locator('#measure-view .status-year').evaluateAll((nodes) => nodes.map((n) => ({
        year: n.dataset.year, status: n.dataset.status, doc: n.dataset.doc, n: Number(n.dataset.n),
        chip: n.querySelector('.status-chip').dataset.status, cue: n.querySelector('mark.status-cue')?.textContent ?? '',
      })));
      assert.deepEqual(shown, track.statuses.map((s) => ({ year: s.year, status: s.status, doc: s.doc, n: s.n, chip: s.status,
        cue: s.cue })));
      // The Brussels statement: "They agreed on demining".
      assert.ok(shown.some((s) => s.year === '2021' && s.status === 'agreed' && s.cue === 'agreed'), JSON.stringify(shown));
      assert.deepEqual(shown.map((s) => s.year), [...shown.map((s) => s.year)].sort(), 'oldest year first');
      assert.doesNotMatch(await page.locator('#measure-view').textContent(), /null/, 'an empty section printed as "null"');
      // Every passage of the timeline says its own status too.
      const passages = track.mentions.reduce((n, m) => n + m.passages.length, 0)
        + track.antecedents.reduce((n, m) => n + m.passages.length, 0);
      assert.equal(await page.locator('#measure-view .mention-passage .status-chip').count(), passages);
      // A year's passage links to its paragraph.
      const agreed = page.locator('#measure-view .status-year[data-status="agreed"]').first();
      const doc = await agreed.getAttribute('data-doc');
      const n = await agreed.getAttribute('data-n');
      await agreed.locator('a.mention-passage-link').click();
      await waitUntil(page, () => location.search.includes('doc=') && /^#t[0-9a-f]+$/.test(location.hash));
      assert.equal(new URLSearchParams(await page.evaluate(() => location.search)).get('doc'), doc);
      // by the passage's stable anchor (docs/api.md), as every passage link
      const year = track.statuses.find((s) => s.doc === doc && String(s.n) === n);
      assert.equal(await page.evaluate(() => location.hash), `#${year.anchor}`);
      await page.goto(`${baseUrl}/?track=B05&ui=ru`);
      await page.locator('#measure-view .status-year').first().waitFor();
      assert.equal(await page.locator('#status-title').textContent(), 'Статус по годам');
    },
  },
  {
    name: 'the measures list groups measures by where they were proposed, with the date',
    async run({ page, baseUrl }) {
      await page.goto(`${baseUrl}/?measures=1`);
      await page.locator('#measure-view .measure-group').first().waitFor();
      const origins = await page.locator('#measure-view .measure-group').evaluateAll((nodes) => nodes.map((n) => n.dataset.origin));
      assert.deepEqual(origins, ['brussels-2021-12-14', 'liaison-group-2022'], 'the older proposals first');
      const brussels = page.locator('#measure-view .measure-group[data-origin="brussels-2021-12-14"]');
      assert.match(await brussels.locator('h3').textContent(), /Brussels/);
      assert.match(await brussels.locator('.proposed').textContent(), /^Proposed .*14.*2021$/);
      assert.equal(await brussels.locator('.measure-row[data-measure="B05"]').count(), 1);
      assert.equal(await brussels.locator('.measure-row[data-measure="M01"]').count(), 0);
    },
  },
  {
    name: 'the tracker shows documents from before the proposal apart, never as the first mention',
    async run({ page, baseUrl }) {
      await page.goto(`${baseUrl}/?track=M03`);
      await page.locator('#measure-title').waitFor();
      const track = await page.evaluate(async () => (await fetch('/api/measures/M03')).json());
      assert.match(await page.locator('#measure-view .proposed').textContent(), /^Proposed .*2022$/);
      assert.equal(await page.locator('#measure-view .antecedents .mention').count(), track.antecedents.length);
      for (const date of await page.locator('#measure-view .measure-timeline .mention')
        .evaluateAll((nodes) => nodes.map((n) => n.dataset.date))) {
        assert.ok(!date || date.slice(0, 7) >= '2022-04', `a mention dated ${date} is before the proposal`);
      }
    },
  },
  {
    name: 'the sidebar counts the documents per measure and filters by one',
    async run({ page, baseUrl }) {
      await page.goto(`${baseUrl}/?q=demining&xlang=1`);
      const b05 = page.locator('#facets .facet-value[data-facet="measure"][data-value="B05"]');
      await b05.waitFor();
      assert.match(await b05.locator('.facet-label').textContent(), /^B05 · Demining/);
      const count = Number(await b05.locator('.count').textContent());
      await b05.click();
      await waitUntil(page, () => new URLSearchParams(location.search).getAll('measure').includes('B05'));
      await waitUntil(page, () => document.querySelector('#status')?.textContent.length > 0);
      const api = await page.evaluate(async () => (await fetch(`/api/search${location.search}`)).json());
      assert.equal(api.total, count);
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

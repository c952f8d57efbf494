// Linked translations and speakers on the page (issue #18): grouped hits with language chips and
// the switch to see versions apart, the document's version switch and side-by-side view, and
// "who said what, when".
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

import { waitUntil } from './harness.mjs';

const i18nSource = readFileSync(new URL('../../web/js/i18n.js', import.meta.url), 'utf8');
const { LABELS } = await import(`data:text/javascript,${encodeURIComponent(i18nSource)}`);

const PHONE = { width: 390, height: 844 };
const VERSION_TITLES = ['The corridor statement', 'Заявление о коридоре'];

async function titlesOf(page) {
  return page.locator('#hits .hit-title').allTextContents();
}

export const tests = [
  {
    name: 'versions of one text are one hit with a chip per other language, and the switch shows them apart',
    async run({ page, baseUrl }) {
      await page.goto(`${baseUrl}/?q=${encodeURIComponent('corridor коридор')}`);
      await page.locator('#hits .hit').first().waitFor();
      const grouped = (await titlesOf(page)).filter((title) => VERSION_TITLES.includes(title));
      assert.equal(grouped.length, 1, `one hit for the two versions: ${grouped}`);
      const hit = page.locator('#hits .hit', { hasText: grouped[0] });
      const chips = await hit.locator('.version-chip').evaluateAll((nodes) => nodes.map((n) => n.dataset.lang));
      assert.deepEqual(chips, [grouped[0] === VERSION_TITLES[0] ? 'ru' : 'en']);
      assert.equal(await page.locator('#group-versions').isChecked(), true);

      await page.locator('#group-versions').uncheck();
      await waitUntil(page, () => new URLSearchParams(location.search).get('group') === '0');
      await waitUntil(page, (titles) => titles.every((title) => [...document.querySelectorAll('#hits .hit-title')]
        .some((node) => node.textContent === title)), VERSION_TITLES, { what: 'both versions as hits' });
      assert.equal(await page.locator('#hits .version-chip').count(), 0);
    },
  },
  {
    name: 'a language chip opens that version',
    async run({ page, baseUrl }) {
      await page.goto(`${baseUrl}/?q=corridor`);
      await page.locator('#hits .version-chip').first().waitFor();
      await page.locator('#hits .version-chip[data-version="ru-corridor"]').click();
      await waitUntil(page, () => new URLSearchParams(location.search).get('doc') === 'ru-corridor');
      await page.locator('#document-title', { hasText: 'Заявление о коридоре' }).waitFor();
    },
  },
  {
    name: 'the document view switches between versions and shows two side by side, passage against passage',
    async run({ page, baseUrl }) {
      await page.goto(`${baseUrl}/?doc=en-corridor`);
      await page.locator('#document-view .versions').waitFor();
      assert.equal(await page.locator('#document-view .version-chip.current').textContent(), 'English');
      await page.locator('#document-view .side-chip[data-version="ru-corridor"]').click();
      await waitUntil(page, () => new URLSearchParams(location.search).get('vs') === 'ru-corridor');
      const table = page.locator('#side-by-side');
      await table.waitFor();
      assert.equal(await table.locator('tbody tr').count(), 3);
      const row = await table.locator('#pair-2 td').allTextContents();
      assert.match(row[0], /^Guards watch/);
      assert.match(row[1], /^Охрана следит/);
      assert.equal(await table.locator('td[lang="ru"]').count(), 3);
      // The other version, in its turn beside this one.
      await page.locator('#document-view .version-chip[data-version="ru-corridor"]').click();
      await page.locator('#document-title', { hasText: 'Заявление о коридоре' }).waitFor();
      await waitUntil(page, () => new URLSearchParams(location.search).get('vs') === 'en-corridor');
      assert.match((await page.locator('#side-by-side #pair-1 td').allTextContents())[1], /^The corridor stays open/);
      // Off again: the passages alone.
      await page.locator('#document-view .side-chip.active').click();
      await page.locator('#document-view .passage').first().waitFor();
      assert.equal(await page.locator('#side-by-side').count(), 0);
    },
  },
  {
    name: 'who said what lists each speaker\'s matching passages by date, each linking to its passage',
    async run({ page, baseUrl }) {
      await page.goto(`${baseUrl}/?q=corridor`);
      await page.locator('#said-link-a').click();
      await waitUntil(page, () => new URLSearchParams(location.search).get('said') === '1');
      const view = page.locator('#said-view');
      await view.locator('.speaker').first().waitFor();
      assert.equal(await page.locator('#search-view').isHidden(), true);
      assert.equal(await view.locator('#said-title').textContent(), LABELS.en.whoSaidQuery('corridor'));
      const host = view.locator('.speaker[data-speaker="host"]');
      const driver = view.locator('.speaker[data-speaker="driver"]');
      assert.equal(await host.locator('.statement').count(), 1);
      assert.equal(await driver.locator('.statement').count(), 1);
      assert.match(await driver.locator('.snippet').textContent(), /Trucks pass the corridor checkpoint/);
      assert.equal(await driver.locator('.snippet mark').first().textContent(), 'corridor');
      assert.match(await host.locator('h3').textContent(), /^Host/);
      await driver.locator('.statement-passage').click();
      await waitUntil(page, () => new URLSearchParams(location.search).get('doc') === 'en-interview' && location.hash === '#p2');
      await page.locator('#p2 .passage-speakers').waitFor();
      assert.match(await page.locator('#p2 .passage-speakers').textContent(), /Driver/);
    },
  },
  {
    name: 'the speaker facet filters the search by speaker',
    async run({ page, baseUrl }) {
      await page.goto(`${baseUrl}/?q=corridor&mode=passages`);
      const facet = page.locator('.facet-value[data-facet="speaker"][data-value="driver"]');
      await facet.waitFor();
      assert.equal(await facet.locator('.facet-label').textContent(), 'Driver');
      await facet.click();
      await waitUntil(page, () => new URLSearchParams(location.search).getAll('speaker').includes('driver'));
      await waitUntil(page, () => document.querySelectorAll('#hits .hit').length === 1, undefined, { what: 'one passage' });
      assert.equal(await page.locator('#hits .hit .hit-speakers').textContent(), `${LABELS.en.speaker}: Driver`);
    },
  },
  {
    name: 'who said what and the side-by-side view fit a phone in every interface language',
    viewport: PHONE,
    async run({ page, baseUrl }) {
      for (const ui of ['en', 'hy', 'az', 'ru']) {
        await page.goto(`${baseUrl}/?q=corridor&said=1&ui=${ui}`);
        await page.locator('#said-view .speaker').first().waitFor();
        assert.equal(await page.locator('#said-title').textContent(), LABELS[ui].whoSaidQuery('corridor'));
        const said = await page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(said <= PHONE.width, `${ui}: the who-said view is ${said}px wide`);
        await page.goto(`${baseUrl}/?doc=en-corridor&vs=ru-corridor&ui=${ui}`);
        await page.locator('#side-by-side').waitFor();
        assert.match(await page.locator('#document-view .versions').textContent(), new RegExp(LABELS[ui].versions));
        const side = await page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(side <= PHONE.width, `${ui}: the side-by-side view is ${side}px wide`);
      }
    },
  },
];

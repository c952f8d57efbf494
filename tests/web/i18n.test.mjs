// The interface language switch: labels, html lang and the URL follow it.
import assert from 'node:assert/strict';

import { waitUntil } from './harness.mjs';

const LABELS = [
  { ui: 'hy', filters: 'Զտիչներ', sort: 'Ըստ համապատասխանության' },
  { ui: 'az', filters: 'Filtrlər', sort: 'Uyğunluğa görə' },
  { ui: 'ru', filters: 'Фильтры', sort: 'По релевантности' },
  { ui: 'en', filters: 'Filters', sort: 'Relevance' },
];

export const tests = [
  {
    name: 'the language switch changes every label',
    async run({ page, baseUrl }) {
      await page.goto(`${baseUrl}/?q=demining`);
      await page.locator('#hits .hit').first().waitFor();
      for (const { ui, filters, sort } of LABELS) {
        await page.locator('#ui-language').selectOption(ui);
        await waitUntil(page, (code) => document.documentElement.lang === code, ui, { what: `lang ${ui}` });
        assert.equal(await page.locator('#filters-heading').textContent(), filters, ui);
        assert.equal(await page.locator('#sort option[value="relevance"]').textContent(), sort, ui);
        assert.ok(new URL(page.url()).searchParams.get('ui') === ui, ui);
      }
    },
  },
  {
    name: 'the Armenian interface names areas and languages in Armenian',
    async run({ page, baseUrl }) {
      await page.goto(`${baseUrl}/?q=demining&ui=hy`);
      await page.locator('#hits .hit').first().waitFor();
      const placeholder = await page.locator('#q').getAttribute('placeholder');
      assert.match(placeholder, /ականազերծում/);
      const languages = await page.locator('.facet-value[data-facet="lang"] .facet-label').allTextContents();
      assert.ok(languages.includes('Անգլերեն'), `languages: ${languages}`);
      const status = await page.locator('#status').textContent();
      assert.match(status, /փաստաթուղթ/);
    },
  },
];

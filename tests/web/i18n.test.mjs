// The interface language switch: labels, html lang and the URL follow it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

import { waitUntil } from './harness.mjs';

// The page's label module, read as the browser reads it. Not imported by its path: web/ has no
// package.json saying its .js files are modules, and Debian's Node 18 would take it for CommonJS.
const i18nSource = readFileSync(new URL('../../web/js/i18n.js', import.meta.url), 'utf8');
const { LABELS: INTERFACE_LABELS, UI_LANGUAGES } = await import(`data:text/javascript,${encodeURIComponent(i18nSource)}`);

const LABELS = [
  { ui: 'hy', filters: 'Զտիչներ', sort: 'Համապատասխանություն' },
  { ui: 'az', filters: 'Filtrlər', sort: 'Uyğunluğa görə' },
  { ui: 'ru', filters: 'Фильтры', sort: 'По релевантности' },
  { ui: 'en', filters: 'Filters', sort: 'Relevance' },
];

/** Each label's path with what a translation must match: its kind, a function's arity, a list's length. */
function shapes(labels, prefix = '') {
  return Object.entries(labels).flatMap(([key, value]) => {
    const path = prefix + key;
    if (typeof value === 'function') return [`${path}: function/${value.length}`];
    if (Array.isArray(value)) return [`${path}: list/${value.length}`];
    if (value && typeof value === 'object') return shapes(value, `${path}.`);
    return [`${path}: ${typeof value}`];
  }).sort();
}

export const tests = [
  {
    name: 'every interface label exists in all four languages',
    async run() {
      const english = shapes(INTERFACE_LABELS.en);
      for (const lang of UI_LANGUAGES) {
        const shape = shapes(INTERFACE_LABELS[lang]);
        assert.deepEqual(english.filter((key) => !shape.includes(key)), [], `missing or of another shape in ${lang}`);
        assert.deepEqual(shape.filter((key) => !english.includes(key)), [], `only in ${lang}`);
      }
    },
  },
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

// A screenshot tour of the page on the bundled corpus, for people to look at (docs/screenshots/):
// the results in each interface language at desktop width, the phone layout with its filter
// panel closed and open, a document and a measure, grouped versions, two versions side by side
// and who said what. It asserts nothing; the browser tests do.
// Usage: node tour.mjs <bin folder> <output folder>
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

import { REPO, launchBrowser, makeTempDir, startServer, stopServer } from './harness.mjs';

const [bin, out] = process.argv.slice(2);
if (!bin || !out) {
  console.error('usage: node tour.mjs <bin folder> <output folder>');
  process.exit(2);
}

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

/** What to photograph: a name, the page's query string, the viewport and an optional step. */
const SHOTS = [
  ...['en', 'hy', 'az', 'ru'].map((ui) => ({ name: `results-${ui}`, query: `q=demining&ui=${ui}`, viewport: DESKTOP })),
  ...['en', 'hy', 'az', 'ru'].map((ui) => ({ name: `phone-results-${ui}`, query: `q=Lachin&ui=${ui}`, viewport: PHONE })),
  {
    name: 'phone-filters-open-hy', query: 'q=Lachin&ui=hy', viewport: PHONE,
    step: (page) => page.locator('#filters-toggle').click(),
  },
  {
    name: 'document-hy', query: 'q=ceasefire&ui=hy', viewport: DESKTOP,
    // The hit's link names the best passage (#p2); the document is shown from its top here.
    step: async (page) => {
      const href = await page.locator('#hits .hit-title').first().getAttribute('href');
      await page.goto(new URL(href.split('#')[0], page.url()).href);
    },
    then: '#document-title',
  },
  { name: 'measures-az', query: 'measures=1&ui=az', viewport: DESKTOP, wait: '#measure-view:not([hidden])' },
  // Issue #18: versions of one text grouped into a hit, two versions side by side, who said what.
  { name: 'grouped-versions-en', query: 'q=peacekeepers&ui=en', viewport: DESKTOP },
  ...['en', 'hy', 'az', 'ru'].map((ui) => ({
    name: `side-by-side-${ui}`, query: `doc=en-ceasefire-statement-2020-11&vs=ru-trekhstoronnee-zayavlenie-2020-11&ui=${ui}`,
    viewport: DESKTOP, wait: '#side-by-side',
  })),
  {
    name: 'phone-side-by-side-hy', query: 'doc=hy-trilateral-statement-2020-11&vs=az-ateskes-beyanati-2020-11&ui=hy',
    viewport: PHONE, wait: '#side-by-side', step: (page) => page.evaluate(() => document.querySelector('#document-view .versions').scrollIntoView({ block: 'start' })),
  },
  ...['en', 'hy', 'az', 'ru'].map((ui) => ({
    name: `who-said-${ui}`, query: `q=demining&said=1&ui=${ui}`, viewport: DESKTOP, wait: '#said-view .speaker',
  })),
  ...['en', 'ru'].map((ui) => ({
    name: `phone-who-said-${ui}`, query: `q=demining&said=1&ui=${ui}`, viewport: PHONE, wait: '#said-view .speaker',
  })),
];

const temp = makeTempDir();
let server = null;
let browser = null;
try {
  const db = join(temp.dir, 'db');
  const built = spawnSync(join(bin, 'indexer'), ['build', '--quiet', '--corpus', join(REPO, 'corpus', 'documents'),
    '--db', db, '--domain', join(REPO, 'corpus', 'domain')], { encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`indexer build failed: ${built.stderr}`);
  server = await startServer(bin, db);
  browser = await launchBrowser();
  for (const shot of SHOTS) {
    const context = await browser.newContext({ viewport: shot.viewport, locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(`${server.url}/?${shot.query}`);
    await page.locator(shot.wait ?? '#hits .hit').first().waitFor();
    if (shot.step) await shot.step(page);
    if (shot.then) await page.locator(shot.then).waitFor();
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(out, `${shot.name}.png`), fullPage: false });
    console.log(`${shot.name}.png`);
    await context.close();
  }
} finally {
  await browser?.close();
  if (server) await stopServer(server);
  temp.remove();
}

// The browser tests' harness: writes and indexes the fixture corpus, starts search-server on a
// free loopback port, launches the system's Chromium through playwright-core, runs the tests.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

import { fixtureFiles } from './fixture.mjs';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

const CHROMIUM = process.env.LIAISON_CHROMIUM || '/usr/bin/chromium';
// LIAISON_WEB_API_DELAY_MS holds every API answer back that long: a slow server shows up
// the tests that read the page before it has finished a search.
const API_DELAY_MS = Number(process.env.LIAISON_WEB_API_DELAY_MS ?? 0);
const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export function writeCorpus(root) {
  for (const [path, content] of Object.entries(fixtureFiles())) {
    const file = join(root, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
}

/** `extra`: more options of `indexer build` (`--shards 2`). */
export function buildIndex(bin, corpus, db, extra = []) {
  // The project's domain tags the fixture, so that chips carry the tagger's evidence.
  const domain = join(REPO, 'corpus', 'domain');
  const result = spawnSync(join(bin, 'indexer'), ['build', '--quiet', '--corpus', corpus, '--db', db, '--domain', domain, ...extra], {
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    throw new Error(`indexer build failed (${result.status}): ${result.stderr || result.stdout || result.error}`);
  }
}

/**
 * Starts search-server with --port 0 and resolves with its base URL once it listens. `index`: the
 * options naming the index instead of `--db db` (`--shard …`, `--shard-timeout …`).
 */
export function startServer(bin, db, index = ['--db', db]) {
  const server = spawn(join(bin, 'search-server'), [
    ...index, '--host', '127.0.0.1', '--port', '0',
    '--web', join(REPO, 'web'), '--domain', join(REPO, 'corpus', 'domain'),
  ], { stdio: ['ignore', 'ignore', 'pipe'] });
  const log = [];
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => reject(new Error(`search-server did not start:\n${log.join('')}`)), 15000);
    server.stderr.setEncoding('utf8');
    server.stderr.on('data', (chunk) => {
      log.push(chunk);
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)\//.exec(log.join(''));
      if (match) {
        clearTimeout(timer);
        resolvePromise({ url: match[1], process: server, log });
      }
    });
    server.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`search-server exited with ${code}:\n${log.join('')}`));
    });
  });
}

/** Stops the server with SIGTERM (its clean shutdown path) and resolves with its exit code. */
export function stopServer(server) {
  return new Promise((resolvePromise) => {
    if (server.process.exitCode !== null) {
      resolvePromise(server.process.exitCode);
      return;
    }
    server.process.removeAllListeners('exit');
    server.process.on('exit', (code) => resolvePromise(code));
    server.process.kill('SIGTERM');
  });
}

/**
 * Polls `predicate(arg)` in the page until it returns true. (Playwright's waitForFunction with an
 * argument evaluates a string, which the page's Content-Security-Policy rightly forbids.)
 */
export async function waitUntil(page, predicate, arg, { timeout = 10000, what = 'condition' } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    if (await page.evaluate(predicate, arg)) return;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => { setTimeout(resolve, 50); });
  }
}

export const launchBrowser = () => chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });

const slug = (name) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/**
 * Runs each test in a fresh page. A test fails on a thrown error, a page error, a console error
 * (a CSP violation is one) or a dialog (alert() from injected script). Saves a screenshot per test.
 */
export async function runTests(tests, { browser, baseUrl, screenshots }) {
  mkdirSync(screenshots, { recursive: true });
  let passed = 0;
  let failed = 0;
  for (const test of tests) {
    const context = await browser.newContext({ viewport: test.viewport ?? { width: 1280, height: 900 }, locale: 'en-US' });
    if (API_DELAY_MS > 0) {
      await context.route('**/api/**', async (route) => {
        await new Promise((resolve) => { setTimeout(resolve, API_DELAY_MS); });
        await route.continue();
      });
    }
    const page = await context.newPage();
    page.setDefaultTimeout(10000);
    const problems = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    page.on('dialog', async (dialog) => {
      problems.push(`unexpected dialog: ${dialog.message()}`);
      await dialog.dismiss();
    });
    const started = Date.now();
    try {
      await test.run({ page, baseUrl });
      if (problems.length > 0) throw new Error(problems.join('\n'));
      passed += 1;
      console.log(`ok   ${test.name} (${Date.now() - started} ms)`);
    } catch (error) {
      failed += 1;
      console.log(`FAIL ${test.name}\n     ${String(error.message ?? error).split('\n').join('\n     ')}`);
    } finally {
      await page.screenshot({ path: join(screenshots, `${slug(test.name)}.png`), fullPage: true }).catch(() => {});
      await context.close();
    }
  }
  return { passed, failed };
}

export function makeTempDir() {
  const dir = mkdtempSync(join(tmpdir(), 'liaison-web-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

// A shard that does not answer: the fixture indexed in two shards, the second served by a real
// xapian-tcpsrv and searched through search-server --shard tcp://…; once that xapian-tcpsrv is
// killed, the page says above the hits, in every interface language, that they are incomplete.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { join } from 'node:path';

import { buildIndex, startServer, stopServer, waitUntil } from './harness.mjs';

const TCP_SERVER = '/usr/bin/xapian-tcpsrv';

const i18nSource = readFileSync(new URL('../../web/js/i18n.js', import.meta.url), 'utf8');
const { LABELS, UI_LANGUAGES } = await import(`data:text/javascript,${encodeURIComponent(i18nSource)}`);

/** A loopback port nothing listens on now. */
function freePort() {
  return new Promise((resolvePromise) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolvePromise(port));
    });
  });
}

function accepts(port) {
  return new Promise((resolvePromise) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.on('connect', () => { socket.destroy(); resolvePromise(true); });
    socket.on('error', () => resolvePromise(false));
  });
}

/** xapian-tcpsrv over `database` in a process group of its own (killed with its connections). */
async function startTcpServer(database) {
  const port = await freePort();
  const server = spawn(TCP_SERVER, ['--quiet', '--interface', '127.0.0.1', '--port', String(port), database], {
    detached: true, stdio: 'ignore',
  });
  for (const deadline = Date.now() + 10000; !(await accepts(port));) {
    if (Date.now() > deadline) throw new Error(`xapian-tcpsrv did not listen on ${port}`);
    await new Promise((resolve) => { setTimeout(resolve, 20); });
  }
  let alive = true;
  return {
    address: `tcp://127.0.0.1:${port}`,
    kill() {
      if (alive) process.kill(-server.pid, 'SIGKILL');
      alive = false;
    },
  };
}

/** Whether the machine has xapian-tcpsrv (Debian's xapian-tools). */
export const canServeShards = () => existsSync(TCP_SERVER);

/**
 * The sharded fixture under `dir`, its second shard remote, and a server over all of it (with a
 * short --shard-timeout): { url, shard, stop() }.
 */
export async function startShardedServer(bin, corpus, dir) {
  const db = join(dir, 'sharded');
  buildIndex(bin, corpus, db, ['--shards', '2']);
  const shard = await startTcpServer(join(db, 'shard-1'));
  try {
    const server = await startServer(bin, db, [
      '--shard', join(db, 'catalog'), '--shard', join(db, 'shard-0'), '--shard', shard.address,
      '--shard-timeout', '0.5',
    ]);
    return { url: server.url, shard, stop: () => { shard.kill(); return stopServer(server); } };
  } catch (error) {
    shard.kill();
    throw error;
  }
}

const notice = (page) => page.locator('#partial-notice');

/** The tests, over the server of startShardedServer (`shard` is its remote shard). */
export const partialTests = (shard) => [
  {
    name: 'with every shard answering there is no notice; with one killed the page says the hits are incomplete',
    async run({ page, baseUrl }) {
      await page.goto(`${baseUrl}/?q=ceasefire`);
      await page.locator('#hits .hit-title').first().waitFor();
      const complete = await page.locator('#hits .hit-title').count();
      assert.equal(await notice(page).isHidden(), true);

      shard.kill();
      await page.goto(`${baseUrl}/?q=ceasefire&ui=en`);
      await notice(page).waitFor();
      assert.equal(await notice(page).textContent(), LABELS.en.partialAnswer);
      assert.equal(await notice(page).getAttribute('title'), shard.address);
      const partial = await page.locator('#hits .hit-title').count();
      assert.ok(partial > 0 && partial < complete, `${partial} hits of ${complete}`);
    },
  },
  {
    name: 'the notice of an incomplete answer is in every interface language',
    async run({ page, baseUrl }) {
      shard.kill();
      for (const ui of UI_LANGUAGES) {
        await page.goto(`${baseUrl}/?q=ceasefire&ui=${ui}`);
        await waitUntil(page, (text) => document.querySelector('#partial-notice')?.textContent === text,
          LABELS[ui].partialAnswer, { what: `the notice in ${ui}` });
        assert.equal(await notice(page).isVisible(), true);
      }
    },
  },
];

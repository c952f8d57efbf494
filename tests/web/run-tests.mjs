// Usage: node run-tests.mjs <bin folder> <screenshot folder>
// Prints one line per test and a last line "N passed, M failed"; exits non-zero on any failure.
import { join } from 'node:path';

import { buildIndex, launchBrowser, makeTempDir, runTests, startServer, stopServer, writeCorpus } from './harness.mjs';
import { tests as documentTests } from './document.test.mjs';
import { tests as i18nTests } from './i18n.test.mjs';
import { tests as searchTests } from './search.test.mjs';
import { tests as tagTests } from './tags.test.mjs';
import { tests as measureTests } from './measures.test.mjs';
import { tests as citeExportTests } from './cite_export.test.mjs';
import { tests as phoneTests } from './phone.test.mjs';
import { tests as versionSpeakerTests } from './versions_speakers.test.mjs';
import { canServeShards, partialTests, startShardedServer } from './partial.test.mjs';

const [bin, screenshots] = process.argv.slice(2);
if (!bin || !screenshots) {
  console.error('usage: node run-tests.mjs <bin folder> <screenshot folder>');
  process.exit(2);
}

const temp = makeTempDir();
let server = null;
let browser = null;
let outcome = { passed: 0, failed: 1 };
try {
  writeCorpus(join(temp.dir, 'corpus'));
  buildIndex(bin, join(temp.dir, 'corpus'), join(temp.dir, 'db'));
  server = await startServer(bin, join(temp.dir, 'db'));
  browser = await launchBrowser();
  outcome = await runTests([...searchTests, ...documentTests, ...i18nTests, ...tagTests, ...measureTests, ...citeExportTests, ...phoneTests, ...versionSpeakerTests], {
    browser, baseUrl: server.url, screenshots,
  });
  // A server of its own: the fixture in two shards, one served by xapian-tcpsrv that the tests kill.
  if (canServeShards()) {
    const sharded = await startShardedServer(bin, join(temp.dir, 'corpus'), temp.dir);
    try {
      const more = await runTests(partialTests(sharded.shard), { browser, baseUrl: sharded.url, screenshots });
      outcome = { passed: outcome.passed + more.passed, failed: outcome.failed + more.failed };
    } finally {
      const code = await sharded.stop();
      if (code !== 0) {
        console.log(`FAIL the sharded search-server exited with ${code} on SIGTERM`);
        outcome.failed += 1;
      }
    }
  } else {
    console.log('skip the partial-answer tests: /usr/bin/xapian-tcpsrv is missing (xapian-tools)');
  }
} catch (error) {
  console.log(`FAIL harness\n     ${error.stack ?? error}`);
} finally {
  await browser?.close();
  if (server) {
    const code = await stopServer(server);
    if (code !== 0) {
      console.log(`FAIL search-server exited with ${code} on SIGTERM`);
      outcome.failed += 1;
    }
  }
  temp.remove();
}
console.log(`${outcome.passed} passed, ${outcome.failed} failed`);
process.exit(outcome.failed === 0 ? 0 : 1);

#!/usr/bin/env bash
# Browser tests of the search page in headless Chromium (the system's /usr/bin/chromium).
# Usage: tests/web/run.sh BUILD_DIR   (the build folder, binaries in BUILD_DIR/bin; a folder holding
# the binaries themselves also works). Screenshots go to BUILD_DIR/screenshots/.
set -euo pipefail

if [ $# -ne 1 ]; then
  echo "usage: $0 BUILD_DIR" >&2
  exit 2
fi
build=$(cd "$1" && pwd)
if [ -x "$build/bin/search-server" ]; then bin="$build/bin"; else bin="$build"; fi
for tool in search-server indexer; do
  if [ ! -x "$bin/$tool" ]; then
    echo "$0: $bin/$tool not found: build the search-server and indexer targets first" >&2
    exit 2
  fi
done

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$here"
if [ ! -d node_modules/playwright-core ]; then
  # playwright-core is the driver only; it never downloads a browser.
  export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
  if [ -f package-lock.json ]; then npm ci --no-audit --no-fund; else npm install --no-audit --no-fund; fi
fi
exec node run-tests.mjs "$bin" "$build/screenshots"

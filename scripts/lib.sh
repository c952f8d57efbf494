# Shared by scripts/run, scripts/test and scripts/bench: logging and dependency installation.
# Every dependency comes from Debian's packages (apt-get) or, for the browser tests, npm.

LIAISON_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export LIAISON_ROOT

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# What building needs, and what testing needs on top.
BUILD_PACKAGES=(cmake ninja-build g++ pkg-config libxapian-dev libicu-dev libcpp-httplib-dev libssl-dev zlib1g-dev libzstd-dev libbrotli-dev
  nlohmann-json3-dev libcli11-dev libgtest-dev libxml2-dev libpoppler-cpp-dev)
# ghostscript (ps2pdf) makes the PDFs of the loader tests, qpdf the encrypted one; xapian-tools
# has the xapian-tcpsrv that serves a remote shard (tests/server/remote_shard_test.cpp).
TEST_PACKAGES=(chromium curl fonts-dejavu-core ghostscript python3-feedparser qpdf xapian-tools)
# What scripts/bench needs on top of building: the peers (SQLite FTS5, Xapian's tools, Sphinx's
# indexer and searchd with the MySQL-protocol client that speaks SphinxQL), wrk, and the
# dictionaries bench_generate draws words from.
BENCH_PACKAGES=(libsqlite3-dev xapian-tools sphinxsearch libmariadb-dev wrk hunspell-ru myspell-hy hunspell-en-us)
# clang 14 and its runtime (libFuzzer, ASan, UBSan) build the fuzz targets of scripts/fuzz.
FUZZ_PACKAGES=(clang-14 libclang-rt-14-dev)

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# Installs the Debian packages in "$@" that are not installed yet (idempotent, quiet when done).
install_packages() {
  local missing=()
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
  done
  if [ ${#missing[@]} -eq 0 ]; then
    say "Debian packages present: $*"
    return 0
  fi
  say "Installing Debian packages: ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# Node.js and npm drive the browser tests; any Node >= 18 serves (Debian's or one already here).
install_node() {
  # Behind a TLS-inspecting proxy the proxy's CA is usually in the system store: let Node use it.
  if [ -z "${NODE_EXTRA_CA_CERTS:-}" ] && [ -f /etc/ssl/certs/ca-certificates.crt ]; then
    export NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt
  fi
  if command -v node >/dev/null && command -v npm >/dev/null; then
    say "Node.js present: $(node --version)"
    return 0
  fi
  install_packages nodejs npm
}

# Configures and builds one build folder: build_tree DIR CMAKE_ARGS...
build_tree() {
  local dir=$1; shift
  say "Building in ${dir#"$LIAISON_ROOT"/} ($*)"
  cmake -S "$LIAISON_ROOT" -B "$dir" -G Ninja "$@" >/dev/null
  cmake --build "$dir" -j "$(nproc)"
}

# Sourced by scripts/bench --shards LIST (bench/README.md, "Shards"): Liaison alone, its index in
# each layout of LIST, searched locally (the folder opened as one index) and over Xapian's remote
# protocol (one xapian-tcpsrv per shard on loopback, the catalog local). Per layout: query
# latency in one thread (bench_liaison: plain, and with facets + snippets) and /api/search at
# saturation (wrk). The remote layouts count facets with Xapian's own match spy (docs/scale.md);
# should a facet search fail there, the row says so and HTTP is measured with facets=0. With one
# shard the whole database is served remotely and no catalog is local: the fold and variant
# dictionaries (synonyms, which the remote protocol does not serve) are missing, so that row's
# answers are not the same searches (its "queries with hits" shows it).
# Uses scripts/bench's variables and functions: bin, data, corpus, run, rounds, connections,
# http_seconds, free_port, http_phase, to_ms, say.

tcpsrv_pids=()
stop_tcpsrv() {
  for pid in "${tcpsrv_pids[@]}"; do
    kill -- "-$pid" 2>/dev/null || true  # its group: the server and its connection processes
    wait "$pid" 2>/dev/null || true
  done
  tcpsrv_pids=()
}
trap 'stop_tcpsrv; stop_servers' EXIT

# latency LAYOUT_DB OUT_PREFIX: the plain and the facets + snippets rows; "failed" files when the
# driver fails (a remote facet search), with its message.
latency() {
  local db=$1 prefix=$2
  "$bin/bench_liaison" query --db "$db" --queries "$data/queries.tsv" --rounds "$rounds" \
    --out "$run/$prefix.plain.json" 2>"$run/$prefix.plain.err" || echo '{"failed": true}' >"$run/$prefix.plain.json"
  "$bin/bench_liaison" query --db "$db" --queries "$data/queries.tsv" --rounds "$rounds" --facets-snippets \
    --out "$run/$prefix.facets.json" 2>"$run/$prefix.facets.err" || echo '{"failed": true}' >"$run/$prefix.facets.json"
}

# The same request set without facets, for a layout whose facet searches fail.
sed 's|^\( *"/api/search?[^"]*\)"|\1\&facets=0"|' "$data/wrk_requests.lua" >"$run/wrk_requests_nofacets.lua"

say "Indexing with Liaison (one database)"
"$bin/bench_measure" --out "$run/index.liaison.json" -- "$bin/indexer" build --quiet --corpus "$corpus" \
  --db "$run/liaison.db" --domain "$LIAISON_ROOT/corpus/domain"

for n in $shards; do
  db=$run/shards-$n.db
  rm -rf "$db"
  cp -a "$run/liaison.db" "$db"
  if [ "$n" -gt 1 ]; then
    say "Resharding a copy into $n shards"
    "$bin/indexer" reshard --db "$db" --shards "$n" >"$run/reshard-$n.txt"
  fi
  printf '{"built": %s}\n' "$(disk_bytes "$db")" >"$run/size.shards-$n.json"

  say "Local, $n shard(s): query latency"
  latency "$db" "local-$n"
  say "Local, $n shard(s): HTTP"
  http_phase "http.local-$n.json" 0 --db "$db"

  # Remote: each shard (the whole database when n = 1) behind a xapian-tcpsrv, the catalog local.
  front=$run/front-$n
  rm -rf "$front"
  mkdir -p "$front"
  parts=()
  if [ "$n" -gt 1 ]; then
    printf 'glass %s\n' "$db/catalog" >"$front/XAPIANDB"
    for k in $(seq 0 $((n - 1))); do parts+=("$db/shard-$k"); done
  else
    : >"$front/XAPIANDB"
    parts=("$db")
  fi
  for part in "${parts[@]}"; do
    port=$(free_port)
    setsid xapian-tcpsrv --quiet --interface 127.0.0.1 --port "$port" "$part" &
    tcpsrv_pids+=($!)
    for _ in $(seq 1 100); do (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 0.1; done
    printf 'remote tcp 127.0.0.1 %s\n' "$port" >>"$front/XAPIANDB"
  done
  say "Remote, $n shard(s) over xapian-tcpsrv: query latency"
  latency "$front" "remote-$n"
  say "Remote, $n shard(s): HTTP"
  if grep -q '"failed"' "$run/remote-$n.facets.json"; then
    http_phase "http.remote-$n.json" 0 --db "$front" --requests "$run/wrk_requests_nofacets.lua"
  else
    http_phase "http.remote-$n.json" 0 --db "$front"
  fi
  stop_tcpsrv
done

# --- the report: one row per layout -----------------------------------------------------------
field() {  # field FILE KEY: a number from a one-line JSON file, or "—"
  local value
  value=$(grep -o "\"$2\": *[0-9.e+-]*" "$1" 2>/dev/null | head -1 | sed 's/.*: *//')
  if [ -n "$value" ]; then printf '%.2f' "$value"; else printf '—'; fi
}
write_run_json "$load_before at the start, $(cut -d' ' -f1-3 /proc/loadavg) at the end"
if [ -z "$out" ]; then
  mkdir -p "$LIAISON_ROOT/bench/results"
  out=$LIAISON_ROOT/bench/results/$(date -u +%Y-%m-%d)-$label-shards-$(hostname -s).md
fi
{
  echo "# Liaison benchmark: shards, local and over xapian-tcpsrv"
  echo
  sed 's/[{}"]//g; s/, /\n- /g; s/^/- /' "$run/run.json"
  echo "- corpus: $(sed 's/[{}"]//g' "$run/manifest.json" | tr '\n' ' ' | cut -c1-300)"
  echo "- rounds: $rounds over $(($(wc -l <"$data/queries.tsv") - 1)) queries; HTTP: wrk, $connections connections, ${http_seconds}s, answer cache off"
  echo "- indexing (one database): $(field "$run/index.liaison.json" wall_s) s wall"
  echo
  echo "| layout | shards | disk (MB) | p50 plain (ms) | p99 plain (ms) | p50 facets + snippets (ms) | p99 facets + snippets (ms) | HTTP searches/s | HTTP p50 (ms) | HTTP p99 (ms) | HTTP facets |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |"
  for where in local remote; do
    for n in $shards; do
      facets=yes
      reason() { tail -1 "$1" | sed 's/.*front-[0-9]*: //' | cut -c1-100; }
      grep -q '"failed"' "$run/$where-$n.facets.json" && facets="no: facet searches failed ($(reason "$run/$where-$n.facets.err"))"
      grep -q '"failed"' "$run/$where-$n.plain.json" && facets="$facets; plain searches failed ($(reason "$run/$where-$n.plain.err"))"
      errors=$(grep -o '"errors": "[^"]*"' "$run/http.$where-$n.json" | sed 's/"errors": "//; s/ *"$//')
      [ -z "$errors" ] || facets="$facets; wrk: $errors"
      disk=$(awk '{ gsub(/[^0-9]/, "", $0); printf "%.0f", $0 / 1048576 }' "$run/size.shards-$n.json")
      echo "| $where | $n | $disk | $(field "$run/$where-$n.plain.json" p50_ms) | $(field "$run/$where-$n.plain.json" p99_ms) |" \
        "$(field "$run/$where-$n.facets.json" p50_ms) | $(field "$run/$where-$n.facets.json" p99_ms) |" \
        "$(field "$run/http.$where-$n.json" requests_per_s) | $(field "$run/http.$where-$n.json" p50_ms) |" \
        "$(field "$run/http.$where-$n.json" p99_ms) | $facets |"
    done
  done
} >"$out"
say "Report written to ${out#"$LIAISON_ROOT"/}"
[ "$keep" -eq 1 ] || rm -rf "$run"/*.db
exit 0

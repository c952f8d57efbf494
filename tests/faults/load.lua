-- wrk script of tests/faults/load.sh: a mixed set of searches in four languages, filters,
-- sorts, passage mode, documents and stats; prints one machine-readable line at the end.
local targets = {
  "/api/search?q=demining",
  "/api/search?q=%22rail%20links%22",
  "/api/search?q=border%20delimitation&sort=-date",
  "/api/search?q=commun*&mode=passages",
  "/api/search?q=%D1%80%D0%B0%D0%B7%D0%BC%D0%B8%D0%BD%D0%B8%D1%80%D0%BE%D0%B2%D0%B0%D0%BD%D0%B8%D0%B5",
  "/api/search?q=%D5%A1%D5%AF%D5%A1%D5%B6%D5%A1%D5%A6%D5%A5%D6%80%D5%AE%D5%B8%D6%82%D5%B4",
  "/api/search?q=minat%C9%99mizl%C9%99m%C9%99",
  "/api/search?q=report%20-rail&lang=en&size=50",
  "/api/search?from=2020&to=2023&facets=0",
  "/api/search?q=peace%20treaty&page=3",
  "/api/search?q=connectivity%20OR%20transport&sort=date",
  "/api/stats",
  "/api/areas",
  "/healthz",
}
local counter = 0

request = function()
  counter = counter + 1
  return wrk.format("GET", targets[(counter % #targets) + 1])
end

done = function(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format(
    "LOAD requests=%d seconds=%.1f rps=%.0f p50_ms=%.2f p99_ms=%.2f max_ms=%.2f " ..
    "connect_errors=%d read_errors=%d write_errors=%d timeouts=%d non_2xx=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    errors.connect, errors.read, errors.write, errors.timeout, errors.status))
end

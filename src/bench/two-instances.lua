-- wrk script for two-instances.sh: readers' GETs (list, map, timeline, place table, one incident) in turn.
local paths = {
  "/api/incidents?size=20",
  "/api/map?bbox=2.5,49.4,7.3,53.6&zoom=7",
  "/api/timeline?interval=month",
  "/api/stats/cities",
  "/api/incidents?city=Antwerpen&year=2024",
}
local i = 0

request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("wrk: %d requests in %.1f s (%.0f/s), p50 %.1f ms, p99 %.1f ms, max %.1f ms\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
  io.write(string.format("wrk: socket errors connect %d, read %d, write %d, timeout %d; non-2xx/3xx answers %d\n",
    e.connect, e.read, e.write, e.timeout, e.status))
end

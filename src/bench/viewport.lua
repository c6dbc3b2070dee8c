-- Shared by the wrk scripts: realistic map viewports and filter mixes, chosen at random.
local M = {}

local places = {
  { 50.846, 4.352 }, { 51.219, 4.402 }, { 52.373, 4.893 }, { 51.922, 4.479 }, { 50.633, 5.567 },
  { 51.054, 3.717 }, { 50.411, 4.444 }, { 52.091, 5.122 }, { 51.441, 5.478 }, { 50.85, 4.6 },
}

-- a journalist's filters, one per line of filters.txt (blank lines are "no filter")
local filters = {}
for line in io.lines((os.getenv("BENCH_DIR") or ".") .. "/filters.txt") do filters[#filters + 1] = line end

function M.viewport()
  local zoom, lat, lon
  if math.random() < 0.25 then
    zoom, lat, lon = 7, 51.5, 4.9 -- the opening view of Belgium and the Netherlands
  else
    local p = places[math.random(#places)]
    zoom = math.random(5, 16)
    lat = p[1] + (math.random() - 0.5) * 0.2
    lon = p[2] + (math.random() - 0.5) * 0.3
  end
  -- a 1280x800 screen, padded by 30% on each side as the page asks
  local width = 1.6 * 1280 / 256 * 360 / 2 ^ zoom
  local height = 1.6 * 800 / 256 * 360 / 2 ^ zoom * math.cos(math.rad(lat))
  local w, e = math.max(-180, lon - width / 2), math.min(180, lon + width / 2)
  local s, n = math.max(-85, lat - height / 2), math.min(85, lat + height / 2)
  return zoom, string.format("%.4f,%.4f,%.4f,%.4f", w, s, e, n)
end

function M.filter()
  return filters[math.random(#filters)]
end

local intervals = { "month", "month", "week", "year" }

function M.timeline_path(filter)
  local path = "/api/timeline?interval=" .. intervals[math.random(#intervals)]
  if filter ~= "" then path = path .. "&" .. filter end
  return path
end

function M.list_path(filter)
  local path = "/api/incidents?size=50&page=" .. math.random(0, 20)
  if filter ~= "" then path = path .. "&" .. filter end
  return path
end

function M.cities_path(filter)
  local path = "/api/stats/cities?level=city"
  if filter ~= "" then path = path .. "&" .. filter end
  return path
end

function M.report(name, summary, latency)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
      + summary.errors.status
  io.write(string.format("RESULT %s requests=%d rps=%.1f p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f max_ms=%.2f errors=%d bytes_per_request=%d\n",
    name, summary.requests, summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000, errors,
    summary.requests > 0 and math.floor(summary.bytes / summary.requests) or 0))
end

return M

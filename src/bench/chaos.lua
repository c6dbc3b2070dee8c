-- wrk script for src/bench/chaos.sh: CHAOS_MODE=reader (public reads the caches answer),
-- mixed (those and reads that need the database), or extract (POST /api/extract with a
-- generated text; CHAOS_SPOOF=1 sends each from another X-Forwarded-For address). Counts
-- answers by status and prints one RESULT line.
local mode = os.getenv("CHAOS_MODE") or "reader"
local name = os.getenv("CHAOS_NAME") or mode
local spoof = os.getenv("CHAOS_SPOOF") == "1"
local threads = {}

local cached = { "/api/incidents", "/api/incidents?page=1", "/api/timeline?interval=month", "/api/stats/cities",
  "/incidents", "/incidents?page=1", "/" }
local words = { "grenade", "shooting", "explosion", "house", "street", "car", "night", "door", "police", "cafe" }

local body
if mode == "extract" then
  local sentence = "On 2 April 2023 a grenade exploded at a house in the Osystraat in Antwerp. "
  body = '{"text": "' .. string.rep(sentence, tonumber(os.getenv("CHAOS_SENTENCES") or "300")) ..
    '", "publishedOn": "2025-10-30"}'
end

setup = function(thread)
  table.insert(threads, thread)
end

init = function(args)
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16) % 100000)
  counts = {}
end

request = function()
  if mode == "extract" then
    local headers = { ["Content-Type"] = "application/json" }
    if spoof then
      headers["X-Forwarded-For"] = "198.18." .. math.random(0, 255) .. "." .. math.random(1, 254)
    end
    return wrk.format("POST", "/api/extract", headers, body)
  end
  if mode == "mixed" and math.random() < 0.2 then
    -- a search no cache holds: the database must answer
    return wrk.format("GET", "/api/incidents?size=5&q=" .. words[math.random(#words)] .. "%20" .. math.random(1, 1000000))
  end
  return wrk.format("GET", cached[math.random(#cached)])
end

response = function(status, headers, body)
  local key = tostring(status)
  if status == 503 and body then
    -- the extraction bound ("busy") or its time limit ("longer"), or the database ("unavailable")
    key = key .. (body:find("busy", 1, true) and "busy" or body:find("longer", 1, true) and "slow"
      or body:find("unavailable", 1, true) and "db" or "")
  end
  counts[key] = (counts[key] or 0) + 1
end

done = function(summary, latency, requests)
  local total = {}
  for _, t in ipairs(threads) do
    for status, n in pairs(t:get("counts")) do
      total[status] = (total[status] or 0) + n
    end
  end
  local parts = {}
  for status, n in pairs(total) do
    table.insert(parts, status .. "=" .. n)
  end
  table.sort(parts)
  local e = summary.errors
  io.write(string.format("RESULT %s requests=%d rps=%.0f p50=%.1fms p95=%.1fms p99=%.1fms max=%.0fms statuses: %s " ..
    "socket_errors(connect=%d read=%d write=%d timeout=%d)\n", name, summary.requests,
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, table.concat(parts, " "), e.connect, e.read, e.write, e.timeout))
end

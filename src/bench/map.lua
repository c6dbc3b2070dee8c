-- wrk script for GET /api/map: random viewports and filters.
package.path = package.path .. ";" .. (os.getenv("BENCH_DIR") or ".") .. "/?.lua"
local v = require("viewport")

init = function(args)
  math.randomseed(os.time() + math.floor(os.clock() * 1e6) + tonumber(tostring({}):sub(8), 16) % 100000)
end

request = function()
  local zoom, bbox = v.viewport()
  local filter = v.filter()
  local path = "/api/map?bbox=" .. bbox .. "&zoom=" .. zoom
  if filter ~= "" then path = path .. "&" .. filter end
  return wrk.format("GET", path)
end

done = function(summary, latency, requests)
  v.report("map", summary, latency)
end

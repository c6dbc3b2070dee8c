-- wrk script for the timeline, list or city-table endpoint (BENCH_ENDPOINT), with the same
-- random filter mix as the map.
package.path = package.path .. ";" .. (os.getenv("BENCH_DIR") or ".") .. "/?.lua"
local v = require("viewport")
local name = os.getenv("BENCH_ENDPOINT") or "list"

init = function(args)
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16) % 100000)
end

request = function()
  return wrk.format("GET", v[name .. "_path"](v.filter()))
end

done = function(summary, latency, requests)
  v.report(name, summary, latency)
end

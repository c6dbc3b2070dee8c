-- wrk script for the list endpoint: the same random filter mix as the map.
package.path = package.path .. ";" .. (os.getenv("BENCH_DIR") or ".") .. "/?.lua"
local v = require("viewport")

init = function(args)
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16) % 100000)
end

request = function()
  local filter = v.filter()
  local path = v.list_path(filter)
  return wrk.format("GET", path)
end

done = function(summary, latency, requests)
  v.report("list", summary, latency)
end

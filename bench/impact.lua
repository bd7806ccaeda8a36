-- wrk script: every request asks the impact (or dependencies) of a random element among a
-- contiguous id range, so the answers are not one cached page. From the environment:
-- SIMPUL_BENCH_TOKEN, IMPACT_PATH (/api/v1/impact), IMPACT_KIND (host), IMPACT_FIRST, IMPACT_LAST.
wrk.headers["Authorization"] = "Bearer " .. os.getenv("SIMPUL_BENCH_TOKEN")
local path = os.getenv("IMPACT_PATH") .. "?kind=" .. os.getenv("IMPACT_KIND") .. "&id="
local first, last = tonumber(os.getenv("IMPACT_FIRST")), tonumber(os.getenv("IMPACT_LAST"))

function setup(thread)
  thread:set("seed", math.random(1, 1000000))
end

function init(args)
  math.randomseed(seed or 1)
end

function request()
  return wrk.format("GET", path .. math.random(first, last))
end

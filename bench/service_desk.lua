-- wrk script for bench/service_desk.sh. From the environment: SIMPUL_BENCH_TOKEN, and
-- TICKET_MODE one of
--   create  POST /api/v1/tickets, every request a ticket with a title of its own (TICKET_AGENCY)
--   page    GET /api/v1/tickets/{id}, a random ticket among TICKET_FIRST..TICKET_LAST
--   search  GET /api/v1/tickets?q=WORD, a random word of TICKET_WORDS (space-separated)
local mode = os.getenv("TICKET_MODE")
wrk.headers["Authorization"] = "Bearer " .. os.getenv("SIMPUL_BENCH_TOKEN")
local counter, threads = 0, 0
local words = {}
for w in string.gmatch(os.getenv("TICKET_WORDS") or "", "%S+") do words[#words + 1] = w end

function setup(thread)
  threads = threads + 1
  thread:set("thread_id", threads)
  thread:set("seed", math.random(1, 1000000))
end

function init(args)
  math.randomseed(seed or 1)
  if mode == "create" then
    wrk.method = "POST"
    wrk.headers["Content-Type"] = "application/json"
  end
end

function request()
  if mode == "create" then
    counter = counter + 1
    local body = string.format('{"kind":"incident","priority":"medium","agency_id":%s,' ..
      '"title":"Gangguan uji beban %d-%d","description":"Tiket uji beban nomor %d dari utas %d: aplikasi tidak bisa diakses."}',
      os.getenv("TICKET_AGENCY"), thread_id, counter, counter, thread_id)
    return wrk.format(nil, "/api/v1/tickets", nil, body)
  elseif mode == "page" then
    return wrk.format("GET", "/api/v1/tickets/" .. math.random(tonumber(os.getenv("TICKET_FIRST")), tonumber(os.getenv("TICKET_LAST"))))
  else
    return wrk.format("GET", "/api/v1/tickets?q=" .. words[math.random(1, #words)])
  end
end

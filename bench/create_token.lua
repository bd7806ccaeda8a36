-- wrk script: every request creates an API token (one small row plus its audit
-- entry, committed durably). The bearer token comes from the environment.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("SIMPUL_BENCH_TOKEN")
wrk.body = '{"name":"bench","scopes":["read"],"expires_in_days":1}'

-- Signed-in GETs (issue #16, P1): every request carries the parent's (or the agent's) cookies, read from the
-- environment variable BENCH_COOKIE that the bench sets; statuses other than 200 are counted and reported, so a
-- session that expired or a page that redirects to the sign-in cannot pass for a fast page.
wrk.headers["Cookie"] = os.getenv("BENCH_COOKIE")

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

ok = 0
other = 0

function response(status, headers, body)
  if status == 200 then ok = ok + 1 else other = other + 1 end
end

function done(summary, latency, requests)
  local o, x = 0, 0
  for _, t in ipairs(threads) do
    o = o + t:get("ok")
    x = x + t:get("other")
  end
  io.write(string.format("BENCH status200=%d other=%d timeouts=%d\n", o, x, summary.errors.timeout))
end

-- Sign-in POSTs (issue #16, P3): the same form, its antiforgery token and cookie (prepared by the bench and passed as
-- arguments: the body file and the cookie), posted again and again. A 302 is a sign-in, a 429 the rate limit; anything
-- else and the time-outs are reported.
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  local f = assert(io.open(args[1], "r"))
  wrk.method = "POST"
  wrk.path = args[2]
  wrk.body = f:read("*a")
  f:close()
  wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
  wrk.headers["Cookie"] = args[3]
end

signedin = 0
limited = 0
other = 0

function response(status, headers, body)
  if status == 302 then signedin = signedin + 1
  elseif status == 429 then limited = limited + 1
  else other = other + 1 end
end

function done(summary, latency, requests)
  local s, l, o = 0, 0, 0
  for _, t in ipairs(threads) do
    s = s + t:get("signedin")
    l = l + t:get("limited")
    o = o + t:get("other")
  end
  io.write(string.format("BENCH signedin=%d limited=%d other=%d timeouts=%d connect=%d read=%d\n",
    s, l, o, summary.errors.timeout, summary.errors.connect, summary.errors.read))
end

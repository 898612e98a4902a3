-- Sign-in POSTs (issue #16, P3): the sign-in form filled in, with its antiforgery token and cookie (prepared by the
-- bench and passed as arguments: a file of bodies, one account per line, the form's path and the cookie), posted again
-- and again; thread N posts line N (modulo the number of lines), so that parallel threads sign different parents in,
-- as at the deadline. A 302 is a sign-in, a 429 the rate limit; anything else and the time-outs are reported.
local threads = {}
local count = 0

function setup(thread)
  count = count + 1
  thread:set("id", count)
  table.insert(threads, thread)
end

function init(args)
  local bodies = {}
  for line in io.lines(args[1]) do table.insert(bodies, line) end
  wrk.method = "POST"
  wrk.path = args[2]
  wrk.body = bodies[((id - 1) % #bodies) + 1]
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

-- `Valider` under load (issue #16, P2). Run with as many threads as connections (wrk -tN -cN): each thread is one parent
-- booking one month, in a loop, as a browser does it: GET the booking page, read its antiforgery token, its version,
-- its submission id and its boxes; POST the form with one box toggled; on the 302 (acknowledged), write down the boxes
-- the parent now expects; GET the page again. Each thread's lines in the threads file (one per thread):
-- "cookie<TAB>page path<TAB>output prefix". Each POST's status and latency go to "<prefix>.log"; the acknowledged state
-- to "<prefix>.state" (the page path, the acknowledged boxes, and the boxes of the POST in flight, if any), which the
-- bench compares with the database afterwards.
local ffi = require("ffi")
ffi.cdef[[
typedef struct { long tv_sec; long tv_nsec; } bench_timespec;
int clock_gettime(int clk_id, bench_timespec *tp);
]]
local ts = ffi.new("bench_timespec")
local function now_ms()
  ffi.C.clock_gettime(1, ts)
  return tonumber(ts.tv_sec) * 1000 + tonumber(ts.tv_nsec) / 1e6
end

local count = 0
function setup(thread)
  count = count + 1
  thread:set("id", count)
end

local cookie, path, prefix, log
local state = "get"
local form, expected, acked = nil, nil, nil
local turn = 0
local started = 0

local function encode(s)
  return (string.gsub(s, "[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local function decode_html(s)
  return (string.gsub(s, "&#x([%x]+);", function(h) return string.char(tonumber(h, 16)) end))
end

function init(args)
  local n = 0
  for line in io.lines(args[1]) do
    n = n + 1
    if n == id then
      cookie, path, prefix = string.match(line, "^([^\t]*)\t([^\t]*)\t([^\t]*)$")
    end
  end
  log = assert(io.open(prefix .. ".log", "w"))
end

-- The form of the page: token, version, submission id, the boxes that can change and those that cannot.
local function parse(body)
  local token = string.match(body, 'name="__jeton" type="hidden" value="([^"]+)"')
  local version = string.match(body, 'name="Version" value="([^"]*)"')
  local submission = string.match(body, 'name="SubmissionId" value="([^"]*)"')
  if not token or not version or not submission then return nil end
  local enabled, ticked, fixed = {}, {}, {}
  for attrs in string.gmatch(body, '<input type="checkbox"([^>]*)>') do
    local value = string.match(attrs, 'value="([^"]*)"')
    if string.find(attrs, 'name="Coches"', 1, true) and value then
      value = decode_html(value)
      table.insert(enabled, value)
      if string.find(attrs, "checked", 1, true) then ticked[value] = true end
    end
  end
  for value in string.gmatch(body, '<input type="hidden" name="Coches" value="([^"]*)"') do
    table.insert(fixed, decode_html(value))
  end
  return { token = token, version = version, submission = submission, enabled = enabled, ticked = ticked, fixed = fixed }
end

local function keys(set)
  local list = {}
  for k in pairs(set) do table.insert(list, k) end
  table.sort(list)
  return list
end

local function write_state()
  local f = assert(io.open(prefix .. ".state", "w"))
  f:write(path, "\n", table.concat(acked or {}, ","), "\n", table.concat(expected or {}, ","), "\n")
  f:close()
end

function request()
  if state == "post" then
    turn = turn + 1
    local toggled = form.enabled[(turn % #form.enabled) + 1]
    local after = {}
    for k in pairs(form.ticked) do after[k] = true end
    if after[toggled] then after[toggled] = nil else after[toggled] = true end
    local parts = { "__jeton=" .. encode(form.token), "Version=" .. encode(form.version),
      "SubmissionId=" .. encode(form.submission) }
    for _, k in ipairs(keys(after)) do table.insert(parts, "Coches=" .. encode(k)) end
    for _, k in ipairs(form.fixed) do table.insert(parts, "Coches=" .. encode(k)); after[k] = true end
    expected = keys(after)
    write_state()
    started = now_ms()
    return wrk.format("POST", path, { ["Cookie"] = cookie, ["Content-Type"] = "application/x-www-form-urlencoded" },
      table.concat(parts, "&"))
  end
  return wrk.format("GET", path, { ["Cookie"] = cookie })
end

function response(status, headers, body)
  if state == "post" then
    log:write(string.format("%d %.3f\n", status, now_ms() - started))
    log:flush()
    if status == 302 then
      acked = expected
    end
    expected = nil
    write_state()
    state = "get"
    return
  end
  if status ~= 200 then
    log:write(string.format("GET %d\n", status))
    return
  end
  if status == 200 then
    form = parse(body)
    if not form then
      local f = assert(io.open(prefix .. ".body", "w"))
      f:write(body)
      f:close()
    end
    if form and not acked then
      -- Before the first acknowledged POST, the parent expects what the page showed first.
      local shown = {}
      for k in pairs(form.ticked) do shown[k] = true end
      for _, k in ipairs(form.fixed) do shown[k] = true end
      acked = keys(shown)
      write_state()
    end
    if form and #form.enabled > 0 then state = "post" end
  end
end

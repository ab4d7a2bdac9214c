-- Wraps one of the shared workload's wrk scripts (WRK_SCRIPT) and adds the session token (NAAP_TOKEN) to every
-- request, as the platform's shell clients send it.
package.path = (os.getenv("BENCH_DIR") or ".") .. "/?.lua;" .. package.path
dofile(os.getenv("WRK_SCRIPT"))
local inner = request
local bearer = "Bearer " .. assert(os.getenv("NAAP_TOKEN"), "NAAP_TOKEN is not set")
function request()
  local r = inner()
  return r:gsub("\r\n", "\r\nAuthorization: " .. bearer .. "\r\n", 1)
end

-- GET /api/v1/bench/<KIND>/<OP>/<team>/<id> as that team (x-team-id) over the workload's read projects (IDS_DIR/projects_read.txt: "id teamId").
-- KIND = api | panache, OP = find-unique | find-many (the project's 25 tasks).
package.path = (os.getenv("BENCH_DIR") or ".") .. "/?.lua;" .. package.path
require("common")
local rows
local prefix = "/api/v1/bench/" .. (os.getenv("KIND") or "api") .. "/" .. (os.getenv("OP") or "find-unique") .. "/"
function init(args)
  seed_random()
  rows = load_pairs((os.getenv("IDS_DIR") or "ids") .. "/projects_read.txt")
end
function request()
  local row = rows[math.random(#rows)]
  return wrk.format("GET", prefix .. row[2] .. "/" .. row[1], { ["x-team-id"] = row[2], ["x-user-id"] = "bench" })
end

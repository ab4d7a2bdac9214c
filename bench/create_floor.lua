-- POST /api/v1/bench/create/<KIND> (KIND = echo | jdbc | orm | api): the body of the workload's (c) create_task.lua, in a
-- random project of the write team, as that team.
package.path = (os.getenv("BENCH_DIR") or ".") .. "/?.lua;" .. package.path
require("common")
local ids
local n = 0
local priorities = { "LOW", "MEDIUM", "HIGH", "URGENT" }
local path = "/api/v1/bench/create/" .. (os.getenv("KIND") or "api")
function init(args)
  seed_random()
  ids = load_ids((os.getenv("IDS_DIR") or "ids") .. "/projects_write.txt")
end
function request()
  n = n + 1
  local body = string.format(
    '{"title":"Bench task %d-%d","description":"Created by wrk","priority":"%s",' ..
    '"assigneeId":"3d58ce20-fe80-4793-80b2-21905baa60b3","dueDate":"2025-09-01T12:00:00.000Z","projectId":"%s"}',
    tid or 0, n, priorities[math.random(4)], ids[math.random(#ids)])
  return wrk.format("POST", path,
    { ["Content-Type"] = "application/json", ["x-team-id"] = os.getenv("WRITE_TEAM_ID") or "", ["x-user-id"] = "bench" },
    body)
end

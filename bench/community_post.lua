-- GET /api/v1/community/posts/:id of a random seeded post (5 comments, 2 tags), anonymous.
local ids = {}
function init(args)
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16) % 1000)
  for line in io.lines(os.getenv("POST_IDS") or "post_ids.txt") do ids[#ids + 1] = line end
end
function request()
  return wrk.format("GET", "/api/v1/community/posts/" .. ids[math.random(#ids)])
end

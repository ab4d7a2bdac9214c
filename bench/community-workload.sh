#!/usr/bin/env bash
# The community service on 10,000 posts and 50,000 comments (1,000 profiles, 50 tags, 2 tags and 5 comments per
# post), with the task-tracker's route (b) of the shared workload measured in the same run for comparison:
# wrk -t2 -c32 on GET /posts (a page of 20), GET /posts/:id (random posts) and the tracker's GET /projects/:id, then
# search latency (wrk -t1 -c1) with and without the GIN index CommunityPost_search_idx.
#   bench/community-workload.sh     (DURATION=10s PORT=4094 TRACKER_PORT=4095 DB=naap_bench_community)
# Needs both services packaged (target/quarkus-app) and the shared workload (WORKLOAD_DIR) for the tracker side.
set -euo pipefail
DURATION=${DURATION:-10s}   # before lib.sh, whose default is 15s
source "$(dirname "$0")/lib.sh"
cd "$root"
PORT=${PORT:-4094}
TRACKER_PORT=${TRACKER_PORT:-4095}
fresh_database "${DB:-naap_bench_community}"
q() { psql "$DATABASE_URL" -v ON_ERROR_STOP=1 -Atq "$@"; }

NAAP_AUTH_MODE=session PORT=$PORT java -jar services/community/target/quarkus-app/quarkus-run.jar \
  >/tmp/naap-bench-community.log 2>&1 &
community=$!
trap 'kill $community ${tracker:-} 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf "localhost:$PORT/health" >/dev/null && break; sleep 0.5; done
NAAP_AUTH_MODE=headers PORT=$TRACKER_PORT java -jar services/task-tracker/target/quarkus-app/quarkus-run.jar \
  >/tmp/naap-bench-tracker.log 2>&1 &
tracker=$!
for _ in $(seq 1 120); do curl -sf "localhost:$TRACKER_PORT/health" >/dev/null && break; sleep 0.5; done

q <<'SQL'
INSERT INTO public."User" (id, email, "displayName", "updatedAt")
  SELECT 'bench-user-' || g, 'bench-' || g || '@example.com', 'Bench ' || g, now() FROM generate_series(1, 1000) g;
INSERT INTO plugin_community."CommunityProfile" (id, "userId", reputation, "updatedAt")
  SELECT 'bench-profile-' || g, 'bench-user-' || g, g % 700, now() FROM generate_series(1, 1000) g;
INSERT INTO plugin_community."CommunityTag" (id, name, slug)
  SELECT 'bench-tag-' || g, 'Tag ' || g, 'tag-' || g FROM generate_series(1, 50) g;
INSERT INTO plugin_community."CommunityPost" (id, "authorId", title, content, "postType", category, upvotes,
    "commentCount", "isPinned", "createdAt", "updatedAt")
  SELECT md5('post' || g)::uuid::text, 'bench-profile-' || (1 + g % 1000),
    'Post ' || g || ' on ' || (ARRAY['orchestrator', 'transcoder', 'pipeline', 'governance', 'staking'])[1 + g % 5]
      || ' setup' || g,
    repeat('Lorem ipsum dolor sit amet, consectetur adipiscing elit ' || g || '. ', 12),
    (ARRAY['QUESTION', 'DISCUSSION', 'ANNOUNCEMENT', 'SHOWCASE'])[1 + g % 4]::plugin_community."CommunityPostType",
    (ARRAY['GENERAL', 'ORCHESTRATORS', 'TRANSCODERS', 'AI_PIPELINES', 'GOVERNANCE', 'TROUBLESHOOTING'])[1 + g % 6]
      ::plugin_community."CommunityCategory",
    g % 40, 5, g <= 3, timestamp '2026-01-01' + g * interval '1 minute', now()
  FROM generate_series(1, 10000) g;
INSERT INTO plugin_community."CommunityComment" (id, "postId", "authorId", content, "createdAt", "updatedAt")
  SELECT md5('comment' || g)::uuid::text, md5('post' || (1 + g % 10000))::uuid::text,
    'bench-profile-' || (1 + (g * 7) % 1000), 'A comment number ' || g, timestamp '2026-02-01' + g * interval '1 second',
    now()
  FROM generate_series(0, 49999) g;
INSERT INTO plugin_community."CommunityPostTag" (id, "postId", "tagId")
  SELECT md5('pt' || g || t)::uuid::text, md5('post' || g)::uuid::text, 'bench-tag-' || (1 + (g + t * 17) % 50)
  FROM generate_series(1, 10000) g, generate_series(0, 1) t;
VACUUM ANALYZE;
SQL
ids=$(mktemp)
q -c "SELECT id FROM plugin_community.\"CommunityPost\" ORDER BY random() LIMIT 2000" >"$ids"
seed_workload

run() { # name [wrk args...]
  local name=$1; shift
  out=$(wrk -t2 -c32 -d"$DURATION" --latency "$@")
  printf '%-34s %10s req/s  p50 %8s  p99 %8s  %s\n' "$name" "$(awk '/Requests\/sec/ {print $2}' <<<"$out")" \
    "$(awk '$1 == "50%" {print $2}' <<<"$out")" "$(awk '$1 == "99%" {print $2}' <<<"$out")" \
    "$(grep -E "Non-2xx|Socket errors" <<<"$out" | tr '\n' ' ' || true)"
}
latency() { # name url
  out=$(wrk -t1 -c1 -d"$DURATION" --latency "$2")
  printf '%-34s %10s req/s  p50 %8s  p99 %8s\n' "$1" "$(awk '/Requests\/sec/ {print $2}' <<<"$out")" \
    "$(awk '$1 == "50%" {print $2}' <<<"$out")" "$(awk '$1 == "99%" {print $2}' <<<"$out")"
}
posts="http://127.0.0.1:$PORT/api/v1/community/posts"
export POST_IDS=$ids
for _ in 1 2; do   # warm-up
  wrk -t2 -c32 -d5s "$posts" >/dev/null; wrk -t2 -c32 -d5s -s bench/community_post.lua "http://127.0.0.1:$PORT" >/dev/null
  wrk -t2 -c32 -d5s -s "$WORKLOAD_DIR/get_project.lua" "http://127.0.0.1:$TRACKER_PORT" >/dev/null
  wrk -t1 -c1 -d3s "http://127.0.0.1:$PORT/api/v1/community/search?q=orchestrator" >/dev/null
done
echo "community: $(q -c 'SELECT count(*) FROM plugin_community."CommunityPost"') posts," \
  "$(q -c 'SELECT count(*) FROM plugin_community."CommunityComment"') comments; wrk -t2 -c32 -d$DURATION, $(nproc) cores"
run "GET /posts (page of 20)" "$posts"
run "GET /posts/:id (5 comments)" -s bench/community_post.lua "http://127.0.0.1:$PORT"
run "tracker (b) GET /projects/:id" -s "$WORKLOAD_DIR/get_project.lua" "http://127.0.0.1:$TRACKER_PORT"
search="http://127.0.0.1:$PORT/api/v1/community/search"
latency "search orchestrator (2,000 hits)" "$search?q=orchestrator"
latency "search setup1234 (rare)" "$search?q=setup1234"
q -c 'DROP INDEX plugin_community."CommunityPost_search_idx"'
latency "  without index: orchestrator" "$search?q=orchestrator"
latency "  without index: setup1234" "$search?q=setup1234"
q -c "CREATE INDEX \"CommunityPost_search_idx\" ON plugin_community.\"CommunityPost\" USING GIN (to_tsvector('simple'::regconfig, title || ' ' || content))"
kill $community $tracker; wait 2>/dev/null || true
psql "${DATABASE_URL%/*}/postgres" -qc "drop database if exists ${DB:-naap_bench_community} with (force)"

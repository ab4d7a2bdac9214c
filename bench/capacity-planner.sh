#!/usr/bin/env bash
# The capacity planner's two read routes over 10,000 requests: GET /requests (a page of 20 with their commits and
# comments) and GET /summary (aggregates in SQL). Creates the database naap_bench_capacity, starts the service jar
# (built if missing) on $PORT in headers mode, seeds with SQL, warms both routes up, runs wrk -t2 -c32 on each
# with --latency, then stops the service and drops the database.
#   bench/capacity-planner.sh            # DURATION=10s PORT=4093 REQUESTS=10000
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
DURATION=${DURATION:-10s}
PORT=${PORT:-4093}
REQUESTS=${REQUESTS:-10000}
DB=naap_bench_capacity
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk; } >&2

jar=$root/services/capacity-planner/target/quarkus-app/quarkus-run.jar
[ -f "$jar" ] || (cd "$root" && ./mvnw -B -ntp -q package -DskipTests -pl services/capacity-planner -am)

server=$(unset DATABASE_URL; "$root/scripts/local-postgres.sh" postgres)
psql "$server" -qc "drop database if exists $DB with (force)" -c "create database $DB"
export DATABASE_URL="${server%/postgres}/$DB"
log=$(mktemp)
if curl -s -o /dev/null "localhost:$PORT"; then echo "port $PORT is busy" >&2; exit 1; fi
NAAP_AUTH_MODE=headers PORT=$PORT java $(cat "$root/scripts/jvm-options") ${JAVA_OPTS:-} -jar "$jar" >"$log" 2>&1 &
service=$!
cleanup() {
  kill "$service" 2>/dev/null && wait "$service" 2>/dev/null || true
  psql "$server" -qc "drop database if exists $DB with (force)"
}
trap cleanup EXIT
for _ in $(seq 1 120); do curl -sf "localhost:$PORT/health" >/dev/null && break; sleep 0.5; done
curl -sf "localhost:$PORT/health" >/dev/null || { echo "the service did not start: see $log" >&2; exit 1; }

# 10,000 requests over 8 GPU models, 6 pipelines and 50 requesters; 4 in 5 active; 2 commits and 1 comment each.
psql "$DATABASE_URL" -q <<SQL
INSERT INTO plugin_capacity."CapacityRequest" (id, "creatorId", "requesterName", "requesterAccount", "gpuModel",
    vram, count, pipeline, "startDate", "endDate", "validUntil", "hourlyRate", reason, "riskLevel", status,
    "createdAt", "updatedAt")
SELECT md5('r' || i)::uuid::text, 'user-' || (i % 50), 'Requester ' || (i % 50), '0x' || lpad(i::text, 40, '0'),
    (ARRAY['A100','H100','H200','L4','L40S','RTX 4090','RTX 3090','B200'])[1 + i % 8], 24 + (i % 4) * 24,
    1 + i % 16, (ARRAY['llm','text-to-image','image-to-video','audio','upscale','embeddings'])[1 + i % 6],
    now() - interval '1 day', now() + interval '30 days', now() + ((i % 5) - 1) * interval '7 days',
    0.5 + (i % 20) * 0.25, 'Reason ' || i, 1 + i % 5, 'ACTIVE', now() - i * interval '1 minute', now()
FROM generate_series(1, $REQUESTS) AS i;
INSERT INTO plugin_capacity."CapacitySoftCommit" (id, "requestId", "userId", "userName", "gpuCount")
SELECT md5('c' || i || '-' || u)::uuid::text, md5('r' || i)::uuid::text, 'user-' || u, 'User ' || u, 1 + u
FROM generate_series(1, $REQUESTS) AS i, generate_series(1, 2) AS u;
INSERT INTO plugin_capacity."CapacityRequestComment" (id, "requestId", author, text, "updatedAt")
SELECT md5('m' || i)::uuid::text, md5('r' || i)::uuid::text, 'Author', 'Comment ' || i, now()
FROM generate_series(1, $REQUESTS) AS i;
ANALYZE;
SQL

api="http://localhost:$PORT/api/v1/capacity-planner"
echo "active: $(curl -s "$api/summary" | sed -E 's/.*"totalRequests":([0-9]+).*/\1/') of $REQUESTS requests"
for route in requests summary; do wrk -t2 -c32 -d5s "$api/$route" >/dev/null; done
for route in requests summary; do
  echo "== GET /api/v1/capacity-planner/$route"
  wrk -t2 -c32 -d"$DURATION" --latency "$api/$route" | grep -E 'Requests/sec|^ +99%|Non-2xx|Socket errors'
done

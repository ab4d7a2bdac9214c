#!/usr/bin/env bash
# Runs the shared task-tracker workload (shared/workload: 50 teams x 20 projects x 25 tasks, wrk scripts a-d) against
# the task-tracker service and prints req/s, p99 and the ratio to the original Express + Prisma backend's figures.
#   bench/task-tracker-workload.sh            (WORKLOAD_DIR defaults to ../shared/workload beside the repository)
# Every route is warmed up (WARMUP, default 10s) before the measured runs (DURATION, default 15s).
# Uses a fresh naap_bench database on the local PostgreSQL of scripts/local-postgres.sh (or DATABASE_URL's server).
# Figures drift by about 15 % between runs on these machines: compare ratios measured back to back.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
WORKLOAD_DIR=${WORKLOAD_DIR:-$root/../shared/workload}
DURATION=${DURATION:-15s}
PORT=${PORT:-4070}
[ -f "$WORKLOAD_DIR/prepare.sh" ] || { echo "no workload at $WORKLOAD_DIR (set WORKLOAD_DIR)" >&2; exit 1; }
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk; } >&2

if curl -s -o /dev/null "localhost:$PORT"; then echo "port $PORT is busy: stop what runs there first" >&2; exit 1; fi

server=$(unset DATABASE_URL; scripts/local-postgres.sh postgres)
psql "$server" -qc 'drop database if exists naap_bench with (force)' -c 'create database naap_bench'
export DATABASE_URL="${server%/postgres}/naap_bench"

jar=services/task-tracker/target/quarkus-app/quarkus-run.jar
[ -f "$jar" ] || ./mvnw -B -ntp -q install -DskipTests
java ${JAVA_OPTS:-} -jar "$jar" >/tmp/naap-bench-service.log 2>&1 &
service=$!
trap 'kill $service 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf "localhost:$PORT/health" >/dev/null && break; sleep 0.5; done

ids=$(mktemp -d)
"$WORKLOAD_DIR/prepare.sh" "$ids" >/dev/null
export BENCH_DIR=$WORKLOAD_DIR IDS_DIR=$ids READ_TEAM_ID=$(cat "$ids/read_team") WRITE_TEAM_ID=$(cat "$ids/write_team")

# Warm-up: every route for WARMUP before any measurement, so the JIT has compiled the paths (a) runs first.
for script in list_projects.lua get_project.lua create_task.lua patch_status.lua; do
  wrk -t2 -c32 -d"${WARMUP:-10s}" -s "$WORKLOAD_DIR/$script" "http://127.0.0.1:$PORT" >/dev/null 2>&1
done

run() { # name script express_rps
  out=$(wrk -t2 -c32 -d"$DURATION" --latency -s "$WORKLOAD_DIR/$2" "http://127.0.0.1:$PORT")
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  errors=$(grep -E "Non-2xx|Socket errors" <<<"$out" | tr '\n' ' ' || true)
  printf '%-28s %10s req/s  p99 %8s  Express %6s req/s  ratio %5.2f  %s\n' "$1" "$rps" "$p99" "$3" \
    "$(awk -v a="$rps" -v b="$3" 'BEGIN {print a / b}')" "$errors"
}
echo "task-tracker workload, wrk -t2 -c32 -d$DURATION, $(nproc) cores"
run "(a) list projects" list_projects.lua 266
run "(b) get project + 25 tasks" get_project.lua 559
run "(c) create task" create_task.lua 823
run "(d) patch status" patch_status.lua 1059
wrk -t2 -c32 -d5s "http://127.0.0.1:$PORT/health" >/dev/null 2>&1
out=$(wrk -t2 -c32 -d"$DURATION" --latency "http://127.0.0.1:$PORT/health")
printf '%-28s %10s req/s  p99 %8s  Express %6s req/s  ratio %5.2f\n' "/health" "$(awk '/Requests\/sec/ {print $2}' <<<"$out")" \
  "$(awk '$1 == "99%" {print $2}' <<<"$out")" 5574 "$(awk '/Requests\/sec/ {print $2 / 5574}' <<<"$out")"
echo "service RSS after the runs: $(( $(ps -o rss= -p $service) / 1024 )) MiB (Express: 260 MiB)"

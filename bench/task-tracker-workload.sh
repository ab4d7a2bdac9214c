#!/usr/bin/env bash
# Runs the shared task-tracker workload (shared/workload: 50 teams x 20 projects x 25 tasks, wrk scripts a-d) against
# the task-tracker service alone and prints req/s and p99. For the comparison with the original Express + Prisma
# backend run bench/side-by-side.sh: it measures both in one run (figures from another day are not comparable).
#   bench/task-tracker-workload.sh            (WORKLOAD_DIR defaults to ../shared/workload beside the repository)
# Every route is warmed up (WARMUP, default 10s) before the measured runs (DURATION, default 15s).
# Uses a fresh naap_bench database on the local PostgreSQL of scripts/local-postgres.sh (or DATABASE_URL's server).
# Figures drift by about 15 % between runs on these machines: compare ratios measured back to back.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
PORT=${PORT:-4070}
cd "$root"

fresh_database naap_bench
jar=services/task-tracker/target/quarkus-app/quarkus-run.jar
[ -f "$jar" ] || ./mvnw -B -ntp -q install -DskipTests
start_service "$jar" "$PORT" /tmp/naap-bench-service.log
seed_workload

# Warm-up: every route for WARMUP before any measurement, so the JIT has compiled the paths (a) runs first.
for script in list_projects.lua get_project.lua create_task.lua patch_status.lua; do
  wrk -t2 -c32 -d"${WARMUP:-10s}" -s "$WORKLOAD_DIR/$script" "http://127.0.0.1:$PORT" >/dev/null 2>&1
done

run() { # name script
  out=$(wrk -t2 -c32 -d"$DURATION" --latency -s "$WORKLOAD_DIR/$2" "http://127.0.0.1:$PORT")
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  errors=$(grep -E "Non-2xx|Socket errors" <<<"$out" | tr '\n' ' ' || true)
  printf '%-28s %10s req/s  p99 %8s  %s\n' "$1" "$rps" "$p99" "$errors"
}
echo "task-tracker workload, wrk -t2 -c32 -d$DURATION, $(nproc) cores"
run "(a) list projects" list_projects.lua
run "(b) get project + 25 tasks" get_project.lua
run "(c) create task" create_task.lua
run "(d) patch status" patch_status.lua
wrk -t2 -c32 -d5s "http://127.0.0.1:$PORT/health" >/dev/null 2>&1
out=$(wrk -t2 -c32 -d"$DURATION" --latency "http://127.0.0.1:$PORT/health")
printf '%-28s %10s req/s  p99 %8s\n' "/health" "$(awk '/Requests\/sec/ {print $2}' <<<"$out")" \
  "$(awk '$1 == "99%" {print $2}' <<<"$out")"
echo "service RSS after the runs: $(( $(ps -o rss= -p $service) / 1024 )) MiB"

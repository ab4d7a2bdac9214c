#!/usr/bin/env bash
# A cold start under load: the task-tracker jar (scripts/jvm-options) started on an already migrated and seeded
# database, timed to its first /health 200, then (a) "list projects with counts" run at once by 32 connections for
# WINDOWS windows of 3 s each: how many requests each window completed shows when the service answers at full speed.
#   bench/cold-start.sh               # WINDOWS=4 JAR=services/task-tracker/target/quarkus-app/quarkus-run.jar
set -euo pipefail
. "$(dirname "$0")/lib.sh"
JAR=${JAR:-$root/services/task-tracker/target/quarkus-app/quarkus-run.jar}
[ -f "$JAR" ] || (cd "$root" && ./mvnw -B -ntp -q package -DskipTests)
fresh_database naap_cold
log=$(mktemp)
start_service "$JAR" 4070 "$log"   # the first start migrates the empty database
seed_workload
kill "$service"; wait "$service" 2>/dev/null || true
t0=$(date +%s%3N)
start_service "$JAR" 4070 "$log"
echo "start to first /health 200 on a migrated database: $(( $(date +%s%3N) - t0 )) ms"
for window in $(seq 1 "${WINDOWS:-4}"); do
  wrk -t2 -c32 -d3s --timeout 5s -s "$WORKLOAD_DIR/list_projects.lua" http://127.0.0.1:4070 |
    awk -v w="$window" '/requests in/ {printf "(a) window %d (3 s): %d requests\n", w, $1}'
done
echo "RSS: $(( $(ps -o rss= -p "$service") / 1024 )) MiB"

#!/usr/bin/env bash
# Profiles the task-tracker jar under the shared workload with JDK Flight Recorder: a fresh seeded database, the jar
# started with the run script's JVM settings (scripts/jvm-options), each scenario warmed up, then recorded while wrk
# runs it, and the recording's top frames printed (bench/jfr_top.py). Also prints the SQL one request of each
# scenario sends (PostgreSQL's log_statement for the bench database).
#   bench/profile.sh [SCENARIO...]        # scenarios: list_projects get_project create_task patch_status (default: the two writes)
# Env: JAR, DURATION (15s), WARMUP (10s), CONNS (32), OUT (a temporary directory; the .jfr files stay there).
set -euo pipefail
. "$(dirname "$0")/lib.sh"
JAR=${JAR:-$root/services/task-tracker/target/quarkus-app/quarkus-run.jar}
WARMUP=${WARMUP:-10s} CONNS=${CONNS:-32}
OUT=${OUT:-$(mktemp -d)}; mkdir -p "$OUT"
scenarios=("$@"); [ ${#scenarios[@]} -gt 0 ] || scenarios=(create_task patch_status)
[ -f "$JAR" ] || (cd "$root" && ./mvnw -B -ntp -q package -DskipTests)
fresh_database naap_profile
psql "$DATABASE_URL" -qf "$WORKLOAD_DIR/schema.sql"
start_service "$JAR" 4070 "$OUT/service.log"
seed_workload
for scenario in "${scenarios[@]}"; do
  script=$WORKLOAD_DIR/$scenario.lua
  wrk -t2 -c"$CONNS" -d"$WARMUP" -s "$script" http://127.0.0.1:4070 >/dev/null
  jcmd "$service" JFR.start name="$scenario" settings=profile filename="$OUT/$scenario.jfr" >/dev/null
  wrk -t2 -c"$CONNS" -d"$DURATION" --latency -s "$script" http://127.0.0.1:4070 | grep -E 'Requests/sec|99%'
  jcmd "$service" JFR.stop name="$scenario" >/dev/null
  echo "== $scenario ($OUT/$scenario.jfr)"
  python3 "$root/bench/jfr_top.py" "$OUT/$scenario.jfr" "${TOP:-15}"
done

# The SQL one request of each scenario sends: every statement of the cluster logged (log_statement = all, applied to
# the pool's open connections by a reload) for one curl request each, then read back from the cluster's log.
api=http://127.0.0.1:4070/api/v1/task-tracker
log=$(psql "$DATABASE_URL" -Atc "show data_directory")/server.log
read -r task task_team < "$IDS_DIR/tasks_patch.txt"
project=$(head -1 "$IDS_DIR/projects_write.txt")
one_request() {
  case $1 in
    list_projects) curl -s -o /dev/null -H "x-team-id: $READ_TEAM_ID" "$api/projects" ;;
    get_project) curl -s -o /dev/null -H "x-team-id: $READ_TEAM_ID" "$api/projects/$(head -1 "$IDS_DIR/projects_read.txt" | cut -d' ' -f1)" ;;
    create_task) curl -s -o /dev/null -H "x-team-id: $WRITE_TEAM_ID" -H 'x-user-id: bench' -H 'content-type: application/json' \
      -d '{"title":"Profiled","priority":"HIGH","dueDate":"2025-09-01T12:00:00.000Z","projectId":"'"$project"'"}' "$api/tasks" ;;
    patch_status) curl -s -o /dev/null -X PATCH -H "x-team-id: $task_team" -H 'x-user-id: bench' -H 'content-type: application/json' \
      -d '{"status":"DONE"}' "$api/tasks/$task/status" ;;
  esac
}
for scenario in "${scenarios[@]}"; do
  lines=$(wc -l < "$log")
  psql "$DATABASE_URL" -qc "alter system set log_statement = 'all'" -c "select pg_reload_conf()" >/dev/null; sleep 0.3
  one_request "$scenario"
  psql "$DATABASE_URL" -qc "alter system reset log_statement" -c "select pg_reload_conf()" >/dev/null
  echo "== SQL of one $scenario request"
  tail -n +"$((lines + 1))" "$log" | grep -E 'LOG:  (statement|execute)' | grep -vE 'alter system|pg_reload_conf' | sed -E 's/.*LOG:  //' | cut -c1-200
done

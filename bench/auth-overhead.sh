#!/usr/bin/env bash
# What authenticating for real costs: the task-tracker jar on the shared workload's (b) (one project with its 25
# tasks) in headers mode and in session mode (a Bearer token of a user who belongs to every workload team; a
# validated session is cached NAAP_AUTH_SESSION_CACHE_TTL), back to back in one run, same JVM settings, each
# warmed up 10 s and measured DURATION with wrk -t2 -c32. Prints req/s, p99 and the overhead per request.
#   bench/auth-overhead.sh                  # DURATION=15s PORT=4072 WORKLOAD_DIR=../shared/workload
set -euo pipefail
source "$(dirname "$0")/lib.sh"
PORT=${PORT:-4072}
jar=$root/services/task-tracker/target/quarkus-app/quarkus-run.jar
[ -f "$jar" ] || (cd "$root" && ./mvnw -B -ntp -q package -DskipTests)
fresh_database naap_bench_auth
out=$(mktemp -d)

run_side() { # mode: writes $out/$mode.txt
  local mode=$1 script=$WORKLOAD_DIR/get_project.lua
  NAAP_AUTH_MODE=$mode start_service "$jar" "$PORT" "$out/$mode.log"
  [ -n "${IDS_DIR:-}" ] || seed_workload
  if [ "$mode" = session ]; then
    export NAAP_TOKEN WRK_SCRIPT=$script
    NAAP_TOKEN=$("$root/scripts/dev-session.sh" $(cut -d' ' -f2 "$IDS_DIR/projects_read.txt" | sort -u))
    script=$root/bench/with_token.lua
  fi
  local status
  status=$(curl -s -o /dev/null -w '%{http_code}' "localhost:$PORT/api/v1/task-tracker/projects" \
    -H "x-team-id: $(cut -d' ' -f2 "$IDS_DIR/projects_read.txt" | head -1)" -H "x-user-id: bench" \
    ${NAAP_TOKEN:+-H "Authorization: Bearer $NAAP_TOKEN"})
  [ "$status" = 200 ] || { echo "$mode: the service answered $status" >&2; exit 1; }
  wrk -t2 -c32 -d10s -s "$script" "http://127.0.0.1:$PORT" >/dev/null
  wrk -t2 -c32 -d"$DURATION" --latency -s "$script" "http://127.0.0.1:$PORT" >"$out/$mode.txt"
  grep -qE 'Non-2xx|Socket errors' "$out/$mode.txt" && { echo "$mode: failed requests, see $out/$mode.txt" >&2; exit 1; }
  kill "$service"; wait "$service" 2>/dev/null || true
}
figures() { echo "$(awk '/Requests\/sec/{printf "%.0f", $2}' "$out/$1.txt") $(awk '$1=="99%"{print $2}' "$out/$1.txt")"; }

run_side headers
run_side session
headers=($(figures headers))
session=($(figures session))
echo "(b) get project, wrk -t2 -c32 -d$DURATION, one run: headers ${headers[0]} req/s (p99 ${headers[1]}), session ${session[0]} req/s (p99 ${session[1]})"
awk -v h="${headers[0]}" -v s="${session[0]}" 'BEGIN{printf "session/headers %.2f; overhead %.3f ms per request at 32 connections\n", s/h, 1000*(32/s - 32/h)}'

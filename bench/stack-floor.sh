#!/usr/bin/env bash
# The floor under the data API: the tracker's create-task request (the workload's (c) body) served by one process
# (bench/data-api-service) four ways, each a layer more than the one before: echo (HTTP, JSON, validation, no
# database), jdbc (the same two statements over the pool's JDBC connection), orm (Hibernate ORM in a JTA
# transaction) and api (the data API, as the tracker). Prints req/s, p99 and the server's CPU-ms per request of each;
# every kind is warmed up first, then measured twice in the order echo..api, api..echo so that order favours none.
# wrk -t2 -c32 as the side-by-side run; the JVM settings of scripts/run.sh.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
PORT=${PORT:-4071}
cd "$root"

fresh_database naap_bench_floor
psql "$DATABASE_URL" -qf "$WORKLOAD_DIR/schema.sql"
./mvnw -B -ntp -q install -DskipTests -pl shared-db-extension/runtime,shared-db-extension/deployment -am
./mvnw -B -ntp -q package -DskipTests -f bench/pom.xml
start_service bench/data-api-service/target/quarkus-app/quarkus-run.jar "$PORT" /tmp/naap-bench-floor.log
seed_workload
script="$root/bench/create_floor.lua"
ticks() { awk '{print $14+$15}' "/proc/$service/stat"; }
declare -A RPS CPU P99
run() { # kind duration -> accumulates the measured figures of kind
  local out t0 t1 n
  t0=$(ticks)
  out=$(KIND=$1 wrk -t2 -c32 -d"$2" --latency -s "$script" "http://127.0.0.1:$PORT")
  t1=$(ticks)
  if echo "$out" | grep -qE 'Non-2xx|Socket errors'; then echo "$1: $(echo "$out" | grep -E 'Non-2xx|Socket')" >&2; exit 1; fi
  n=$(echo "$out" | awk '/requests in/{print $1}')
  RPS[$1]="${RPS[$1]:-} $(echo "$out" | awk '/Requests\/sec/{printf "%.0f", $2}')"
  P99[$1]="${P99[$1]:-} $(echo "$out" | awk '$1=="99%"{print $2}')"
  CPU[$1]="${CPU[$1]:-} $(awk -v d=$((t1 - t0)) -v n="$n" -v hz="$(getconf CLK_TCK)" 'BEGIN{printf "%.2f", 1000*d/hz/n}')"
}
kinds="echo jdbc orm api"
for kind in $kinds; do KIND=$kind wrk -t2 -c32 -d"${WARMUP:-20s}" -s "$script" "http://127.0.0.1:$PORT" >/dev/null; done
for kind in $kinds; do run "$kind" "$DURATION"; done
for kind in $(echo $kinds | tr ' ' '\n' | tac); do run "$kind" "$DURATION"; done
echo "create task, four layers in one process: wrk -t2 -c32 -d$DURATION (two runs each), $(nproc) cores, $(date -u +%FT%TZ)"
printf '%-5s | %15s | %19s | %15s\n' kind "req/s" "p99" "CPU-ms/request"
for kind in $kinds; do printf '%-5s | %15s | %19s | %15s\n' "$kind" "${RPS[$kind]}" "${P99[$kind]}" "${CPU[$kind]}"; done

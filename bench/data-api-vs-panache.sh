#!/usr/bin/env bash
# The data API's overhead: the same findUnique and findMany (a project's 25 tasks, ordered) through the data API and
# through plain Panache, served by bench/data-api-service over the shared workload's data; prints req/s and the
# API/Panache ratio of each. Every route is warmed up first; wrk -t2 -c16. Run after scripts/test.sh or install.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
WORKLOAD_DIR=${WORKLOAD_DIR:-$root/../shared/workload}
DURATION=${DURATION:-15s}
PORT=${PORT:-4071}
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk; } >&2
if curl -s -o /dev/null "localhost:$PORT"; then echo "port $PORT is busy" >&2; exit 1; fi

server=$(unset DATABASE_URL; scripts/local-postgres.sh postgres)
psql "$server" -qc 'drop database if exists naap_bench_api with (force)' -c 'create database naap_bench_api'
export DATABASE_URL="${server%/postgres}/naap_bench_api"

./mvnw -B -ntp -q install -DskipTests -pl shared-db-extension/runtime,shared-db-extension/deployment -am
./mvnw -B -ntp -q package -DskipTests -f bench/data-api-service/pom.xml
PORT=$PORT java ${JAVA_OPTS:-} -jar bench/data-api-service/target/quarkus-app/quarkus-run.jar >/tmp/naap-bench-api.log 2>&1 &
service=$!
trap 'kill $service 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf "localhost:$PORT/health" >/dev/null && break; sleep 0.5; done

ids=$(mktemp -d)
"$WORKLOAD_DIR/prepare.sh" "$ids" >/dev/null
export BENCH_DIR=$WORKLOAD_DIR IDS_DIR=$ids
script="$root/bench/data_api.lua"
rate() { KIND=$1 OP=$2 wrk -t2 -c16 -d"$3" -s "$script" "http://127.0.0.1:$PORT" | awk '/Requests\/sec/ {print $2}'; }
for op in find-unique find-many; do for kind in api panache; do rate $kind $op "${WARMUP:-10s}" >/dev/null; done; done
echo "data API vs plain Panache, wrk -t2 -c16 -d$DURATION, $(nproc) cores (same process, same data)"
for op in find-unique find-many; do
  api=$(rate api $op "$DURATION"); panache=$(rate panache $op "$DURATION")
  printf '%-12s API %9s req/s   Panache %9s req/s   API/Panache %.2f\n' "$op" "$api" "$panache" \
    "$(awk -v a="$api" -v b="$panache" 'BEGIN {print a / b}')"
done

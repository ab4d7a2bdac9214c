#!/usr/bin/env bash
# The data API's overhead: the same findUnique and findMany (a project's 25 tasks, ordered) through the data API and
# through plain Panache, served by bench/data-api-service over the shared workload's data; prints req/s and the
# API/Panache ratio of each. Every route is warmed up first; wrk -t2 -c16. Run after scripts/test.sh or install.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
PORT=${PORT:-4071}
cd "$root"

fresh_database naap_bench_api
./mvnw -B -ntp -q install -DskipTests -pl shared-db-extension/runtime,shared-db-extension/deployment -am
./mvnw -B -ntp -q package -DskipTests -f bench/pom.xml
start_service bench/data-api-service/target/quarkus-app/quarkus-run.jar "$PORT" /tmp/naap-bench-api.log
seed_workload
script="$root/bench/data_api.lua"
rate() { KIND=$1 OP=$2 wrk -t2 -c16 -d"$3" -s "$script" "http://127.0.0.1:$PORT" | awk '/Requests\/sec/ {print $2}'; }
for op in find-unique find-many; do for kind in api panache; do rate $kind $op "${WARMUP:-10s}" >/dev/null; done; done
echo "data API vs plain Panache, wrk -t2 -c16 -d$DURATION, $(nproc) cores (same process, same data)"
echo "each rate is the mean of two runs in the order API, Panache, Panache, API, so that order does not favour one"
mean() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", (a + b) / 2}'; }
for op in find-unique find-many; do
  api1=$(rate api $op "$DURATION"); panache1=$(rate panache $op "$DURATION")
  panache2=$(rate panache $op "$DURATION"); api2=$(rate api $op "$DURATION")
  api=$(mean "$api1" "$api2"); panache=$(mean "$panache1" "$panache2")
  printf '%-12s API %9s req/s   Panache %9s req/s   API/Panache %.2f\n' "$op" "$api" "$panache" \
    "$(awk -v a="$api" -v b="$panache" 'BEGIN {print a / b}')"
done

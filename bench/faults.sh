#!/usr/bin/env bash
# The fault suite under load, RUNS times in a row (default 1): 16 keep-alive clients create and read projects on the
# task-tracker jar while (1) its PostgreSQL is stopped for OUTAGE seconds and started again, then (2) the service is
# sent SIGTERM. Prints, per phase, the status codes seen, the longest request, acknowledged writes lost, failures
# answered for writes that committed, and connection resets. Runs its own PostgreSQL cluster (port 55433), so that
# stopping it disturbs nothing else; only loopback addresses are loaded.
#   bench/faults.sh            # RUNS=1 OUTAGE=10 PORT=4075
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
RUNS=${RUNS:-1}
OUTAGE=${OUTAGE:-10}
PORT=${PORT:-4075}
export NAAP_PG_PORT=55433 NAAP_PG_DIR=/tmp/naap-postgres-faults
jar=$root/services/task-tracker/target/quarkus-app/quarkus-run.jar
[ -f "$jar" ] || (cd "$root" && ./mvnw -B -ntp -q package -DskipTests)
work=$(mktemp -d)
pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
pg() { runuser -u postgres -- "$pg_bin/pg_ctl" -D "$NAAP_PG_DIR" "$@" >/dev/null; }
names() { psql "$DATABASE_URL" -Atc "select name from plugin_tracker.\"TrackerProject\" where \"teamId\" = 'fault-team'"; }

service=
# The cluster this script restarts is its own: stop it at the end, so that it holds nothing the caller opened.
trap '[ -n "$service" ] && kill $service 2>/dev/null; "$root/scripts/local-postgres.sh" --stop; true' EXIT
for run in $(seq 1 "$RUNS"); do
  server=$(unset DATABASE_URL; "$root/scripts/local-postgres.sh" postgres)
  psql "$server" -qc "drop database if exists naap_faults with (force)" -c "create database naap_faults"
  export DATABASE_URL="${server%/postgres}/naap_faults"
  NAAP_AUTH_MODE=headers PORT=$PORT java $(cat "$root/scripts/jvm-options") ${JAVA_OPTS:-} -jar "$jar" >"$work/service-$run.log" 2>&1 &
  service=$!
  for _ in $(seq 1 120); do curl -sf "localhost:$PORT/health" >/dev/null && break; sleep 0.5; done

  # Phase 1: the database goes away for OUTAGE seconds under load, then comes back.
  python3 "$root/bench/fault_load.py" load "http://localhost:$PORT" "$work/outage-$run.jsonl" $((OUTAGE + 10)) &
  load=$!
  sleep 4
  pg stop -m fast
  sleep "$OUTAGE"
  pg start -w -l "$NAAP_PG_DIR/server.log" -o "-p $NAAP_PG_PORT -c listen_addresses=127.0.0.1 -k $NAAP_PG_DIR -c max_connections=200"
  wait $load
  names >"$work/names-$run.txt"
  echo "run $run outage ($OUTAGE s): $(python3 "$root/bench/fault_load.py" report "$work/outage-$run.jsonl" "$work/names-$run.txt")"

  # Phase 2: SIGTERM under load; the clients stop once the service has been gone for 2 s.
  python3 "$root/bench/fault_load.py" load "http://localhost:$PORT" "$work/sigterm-$run.jsonl" 30 --until-down &
  load=$!
  sleep 3
  sigterm_at=$(date +%s.%N)
  kill -TERM $service
  wait $service && status=0 || status=$?
  exited_after=$(echo "$(date +%s.%N) - $sigterm_at" | bc)
  service=
  wait $load
  names >"$work/names-$run.txt"
  echo "run $run sigterm: exit $status after ${exited_after%??????} s: $(python3 "$root/bench/fault_load.py" report \
    "$work/sigterm-$run.jsonl" "$work/names-$run.txt" "$sigterm_at")"
done
echo "service logs and answers in $work"

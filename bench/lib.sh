# Shared set-up of the bench scripts (sourced, not run): wrk installed, a fresh database, a service started and
# stopped on exit, the shared workload seeded.
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
WORKLOAD_DIR=${WORKLOAD_DIR:-$root/../shared/workload}
DURATION=${DURATION:-15s}
[ -f "$WORKLOAD_DIR/prepare.sh" ] || { echo "no workload at $WORKLOAD_DIR (set WORKLOAD_DIR)" >&2; exit 1; }
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk; } >&2

# fresh_database NAME: exports DATABASE_URL of an empty database NAME on the local PostgreSQL.
fresh_database() {
  local server
  server=$(unset DATABASE_URL; "$root/scripts/local-postgres.sh" postgres)
  psql "$server" -qc "drop database if exists $1 with (force)" -c "create database $1"
  export DATABASE_URL="${server%/postgres}/$1"
}

# start_service JAR PORT LOG: runs the jar on PORT until the script exits, once /health answers.
start_service() {
  if curl -s -o /dev/null "localhost:$2"; then echo "port $2 is busy: stop what runs there first" >&2; exit 1; fi
  # The workload's wrk scripts name the team with x-team-id and carry no session token.
  local jar cds
  jar=$(readlink -f "$1") cds=$("$root/scripts/app-cds.sh" "$1")
  NAAP_AUTH_MODE=${NAAP_AUTH_MODE:-headers} PORT=$2 java $(cat "$root/scripts/jvm-options") $cds ${JAVA_OPTS:-} -jar "$jar" >"$3" 2>&1 &
  service=$!
  trap 'kill $service 2>/dev/null || true' EXIT
  for _ in $(seq 1 600); do curl -sf "localhost:$2/health" >/dev/null && return; sleep 0.1; done
  echo "the service did not start: see $3" >&2; exit 1
}

# seed_workload: seeds the shared workload into DATABASE_URL and exports the variables its wrk scripts read.
seed_workload() {
  local ids
  ids=$(mktemp -d)
  "$WORKLOAD_DIR/prepare.sh" "$ids" >/dev/null
  export BENCH_DIR=$WORKLOAD_DIR IDS_DIR=$ids READ_TEAM_ID=$(cat "$ids/read_team") WRITE_TEAM_ID=$(cat "$ids/write_team")
}

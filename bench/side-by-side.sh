#!/usr/bin/env bash
# The task-tracker jar and the original Express + Prisma backend, side by side in one run: the shared workload's
# side-by-side.sh (beside the repository) builds the anchor, seeds one database afresh for each side, runs the same
# wrk scripts (a)-(e) against each, then pgbench with each scenario's minimal SQL, and prints one table whose
# ratios come from that run only. The jar runs with the JVM settings of scripts/run.sh and the image
# (scripts/jvm-options, and the class-data archive of scripts/app-cds.sh), on the local PostgreSQL of
# scripts/local-postgres.sh.
#   bench/side-by-side.sh [RUNS]      # RUNS (1) runs back to back, each with its own table
# Env: JAR (the built task-tracker jar; built when missing), OUT (a temporary directory), WORKLOAD_DIR, and
#      side-by-side.sh's own: DURATION (15s), WARMUP (10s), CONNS (32), ORDER ("express quarkus").
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
WORKLOAD_DIR=${WORKLOAD_DIR:-$root/../shared/workload}
[ -x "$WORKLOAD_DIR/side-by-side.sh" ] || { echo "no side-by-side.sh in $WORKLOAD_DIR (set WORKLOAD_DIR)" >&2; exit 1; }
JAR=${JAR:-$root/services/task-tracker/target/quarkus-app/quarkus-run.jar}
[ -f "$JAR" ] || (cd "$root" && ./mvnw -B -ntp -q package -DskipTests)
OUT=${OUT:-$(mktemp -d)}
server=$(unset DATABASE_URL; "$root/scripts/local-postgres.sh" postgres)
export PGSERVER=${server%/postgres}
export JAVA_OPTS="$(cat "$root/scripts/jvm-options") $("$root/scripts/app-cds.sh" "$JAR") ${JAVA_OPTS:-}"
for run in $(seq 1 "${1:-1}"); do
  "$WORKLOAD_DIR/side-by-side.sh" "$JAR" "$OUT/run-$run"
done
echo "tables and wrk outputs in $OUT"

#!/usr/bin/env bash
# Runs the whole test suite on a real PostgreSQL: DATABASE_URL when it is set, otherwise a local server that
# scripts/local-postgres.sh starts (a fresh naap_test database each run); then, on a whole run, the native build
# steps of every service. Extra arguments go to Maven (and skip the native step).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${DATABASE_URL:-}" ]; then
  admin_url=$(scripts/local-postgres.sh postgres)
  psql "$admin_url" -qc 'drop database if exists naap_test with (force)' -c 'create database naap_test'
  export DATABASE_URL="${admin_url%/postgres}/naap_test"
else
  DATABASE_URL=$(scripts/local-postgres.sh)
  export DATABASE_URL
fi
echo "Testing against ${DATABASE_URL%%@*}@${DATABASE_URL#*@}" | sed -E 's#//([^:]+):[^@]+@#//\1:***@#'
./mvnw -B -ntp verify "$@"
if [ $# -eq 0 ]; then
  # Every service is native-compilable: the native build steps of each run and fail on any error. Sources only
  # (target/native-sources): no GraalVM is needed, and none is installed here.
  echo "Native build steps of every service (-Dnative -Dquarkus.native.sources-only=true)"
  ./mvnw -B -ntp -q package -DskipTests -Dnative -Dquarkus.native.sources-only=true
fi

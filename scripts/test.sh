#!/usr/bin/env bash
# Runs the whole test suite on a real PostgreSQL: DATABASE_URL when it is set, otherwise a local server that
# scripts/local-postgres.sh starts (a fresh naap_test database each run). Extra arguments go to Maven.
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
exec ./mvnw -B -ntp verify "$@"

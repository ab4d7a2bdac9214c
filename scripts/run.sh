#!/usr/bin/env bash
# Starts the task-tracker service on http://localhost:${PORT:-4070} over DATABASE_URL, or over a local PostgreSQL
# that scripts/local-postgres.sh starts when DATABASE_URL is not set. The service applies the migrations at start.
# Builds the service first when it has not been built yet (or with --build).
set -euo pipefail
cd "$(dirname "$0")/.."

DATABASE_URL=$(scripts/local-postgres.sh)
export DATABASE_URL
jar=services/task-tracker/target/quarkus-app/quarkus-run.jar
if [ ! -f "$jar" ] || [ "${1:-}" = "--build" ]; then
  ./mvnw -B -ntp -q install -DskipTests
fi
exec java ${JAVA_OPTS:-} -jar "$jar"

#!/usr/bin/env bash
# Starts the task-tracker service on http://localhost:${PORT:-4070} over DATABASE_URL, or over a local PostgreSQL
# that scripts/local-postgres.sh starts when DATABASE_URL is not set. The service applies the migrations at start.
# Builds the service first when it has not been built yet (or with --build).
#
# Authentication: NAAP_AUTH_MODE=session (the default, as in production) validates the platform's session tokens;
# once the service is up, this script writes a development user, team, membership and 24 h session into the
# database (scripts/dev-session.sh) and prints the token with curl lines that use it. NAAP_AUTH_MODE=headers
# trusts x-user-id / x-team-id / x-user-roles instead (development only) and prints those curl lines.
set -euo pipefail
cd "$(dirname "$0")/.."

DATABASE_URL=$(scripts/local-postgres.sh)
export DATABASE_URL
export NAAP_AUTH_MODE=${NAAP_AUTH_MODE:-session}
export NAAP_LOG_JSON=${NAAP_LOG_JSON:-false} # plain log lines on a terminal; production logs JSON
port=${PORT:-4070}
jar=$PWD/services/task-tracker/target/quarkus-app/quarkus-run.jar
if [ ! -f "$jar" ] || [ "${1:-}" = "--build" ]; then
  ./mvnw -B -ntp -q package -DskipTests
fi

# The JVM settings every service runs with (also the image's and the benchmarks'), its class-data archive (made at
# the first start after a build, scripts/app-cds.sh); JAVA_OPTS adds to them.
java $(cat scripts/jvm-options) $(scripts/app-cds.sh "$jar") ${JAVA_OPTS:-} -jar "$jar" &
service=$!
trap 'kill "$service" 2>/dev/null || true; wait "$service" 2>/dev/null || true' INT TERM EXIT

for _ in $(seq 1 120); do
  curl -fs "http://localhost:$port/q/health/ready" >/dev/null 2>&1 && break
  kill -0 "$service" 2>/dev/null || { wait "$service"; exit $?; }
  sleep 0.5
done

api="http://localhost:$port/api/v1/task-tracker"
if [ "$NAAP_AUTH_MODE" = "headers" ]; then
  cat >&2 <<TEXT

[run] NAAP_AUTH_MODE=headers: the service trusts x-user-id, x-team-id and x-user-roles as sent (development only).
  curl -s -X POST $api/projects -H 'content-type: application/json' -H 'x-team-id: team-1' -H 'x-user-id: user-1' -d '{"name":"Apollo"}'
  curl -s $api/projects -H 'x-team-id: team-1'

TEXT
else
  token=$(scripts/dev-session.sh)
  cat >&2 <<TEXT

[run] NAAP_AUTH_MODE=session: development session of user dev-user in team dev-team, valid 24 h:
  export NAAP_TOKEN=$token
  curl -s -X POST $api/projects -H 'content-type: application/json' -H 'x-team-id: dev-team' -H "Authorization: Bearer \$NAAP_TOKEN" -d '{"name":"Apollo"}'
  curl -s $api/projects -H 'x-team-id: dev-team' --cookie "naap_auth_token=\$NAAP_TOKEN"
  (or start with NAAP_AUTH_MODE=headers scripts/run.sh to trust x-user-id / x-team-id instead)

TEXT
fi
wait "$service"

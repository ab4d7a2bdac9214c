#!/usr/bin/env bash
# Writes a development identity into the database of DATABASE_URL, as the platform's shell would at login: user
# dev-user (dev@localhost), team dev-team it owns and belongs to, and a new 24 h session. Prints the session token.
# The token is stored as the shell stores it: HMAC-SHA256 with SESSION_TOKEN_PEPPER when set (needs openssl), plain
# SHA-256 otherwise. Run it after the service has migrated the database (scripts/run.sh does). Needs psql.
#   scripts/dev-session.sh [TEAM_ID ...]   also makes dev-user a member of each TEAM_ID (the team is created, owned
#                                          by dev-user, when missing): e.g. the teams of a benchmark's workload.
set -euo pipefail
: "${DATABASE_URL:?DATABASE_URL is not set}"
command -v psql >/dev/null || { echo "[dev-session] psql is needed: install postgresql-client, or run with NAAP_AUTH_MODE=headers" >&2; exit 1; }

token=$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')
teams="{dev-team$(printf ',"%s"' "$@")}"
if [ -n "${SESSION_TOKEN_PEPPER:-}" ]; then
  hash=$(printf %s "$token" | openssl dgst -sha256 -hmac "$SESSION_TOKEN_PEPPER" | sed 's/^.*= //')
else
  hash=$(printf %s "$token" | sha256sum | cut -d' ' -f1)
fi

# psql does not know Prisma's URL parameters (connection_limit, …): connect with the URL without its query.
psql "${DATABASE_URL%%\?*}" -X -q -v ON_ERROR_STOP=1 -v hash="$hash" -v teams="$teams" >/dev/null <<'SQL'
INSERT INTO "public"."User" ("id", "email", "displayName", "updatedAt")
VALUES ('dev-user', 'dev@localhost', 'Developer', now() AT TIME ZONE 'UTC') ON CONFLICT DO NOTHING;
INSERT INTO "public"."Team" ("id", "name", "slug", "ownerId", "updatedAt")
SELECT team, 'Development team ' || team, team, 'dev-user', now() AT TIME ZONE 'UTC' FROM unnest(:'teams'::text[]) team
ON CONFLICT DO NOTHING;
INSERT INTO "public"."TeamMember" ("id", "teamId", "userId")
SELECT gen_random_uuid()::text, team, 'dev-user' FROM unnest(:'teams'::text[]) team ON CONFLICT DO NOTHING;
INSERT INTO "public"."Session" ("id", "userId", "token", "tokenHash", "expiresAt", "versionAtCreation")
SELECT gen_random_uuid()::text, 'dev-user', 'hashed:' || gen_random_uuid(), :'hash',
       (now() AT TIME ZONE 'UTC') + interval '24 hours', "sessionVersion"
FROM "public"."User" WHERE "id" = 'dev-user';
SQL
echo "$token"

#!/usr/bin/env bash
# Makes sure a PostgreSQL server is reachable and prints the DATABASE_URL of a database on it.
#   scripts/local-postgres.sh [DB_NAME]      (default DB_NAME: naap)
# With DATABASE_URL set and reachable, prints it unchanged. Otherwise runs a private cluster from Debian's
# PostgreSQL packages (installing them with apt when missing) on 127.0.0.1:$NAAP_PG_PORT, data in $NAAP_PG_DIR,
# creates DB_NAME when missing and prints its URL. No Docker involved. Stop it with: scripts/local-postgres.sh --stop
set -euo pipefail

PORT=${NAAP_PG_PORT:-55432}
DATA_DIR=${NAAP_PG_DIR:-/tmp/naap-postgres-$PORT}
PG_USER=naap
PG_PASSWORD=naap
DB_NAME=${1:-naap}

log() { echo "[local-postgres] $*" >&2; }

if [ -n "${DATABASE_URL:-}" ] && [ "$DB_NAME" != "--stop" ]; then
  if pg_isready -q -d "$DATABASE_URL" 2>/dev/null || psql "$DATABASE_URL" -Atqc 'select 1' >/dev/null 2>&1; then
    echo "$DATABASE_URL"
    exit 0
  fi
  log "DATABASE_URL is set but not reachable: $DATABASE_URL"
  exit 1
fi

pg_bin() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -n "$dir" ] && [ -x "$dir/pg_ctl" ] && echo "$dir"
}

BIN=$(pg_bin || true)
if [ -z "$BIN" ]; then
  log "PostgreSQL not installed: installing Debian's postgresql packages"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql >&2
  BIN=$(pg_bin)
fi

# PostgreSQL refuses to run as root: run the cluster as the 'postgres' system user then.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

if [ "$DB_NAME" = "--stop" ]; then
  [ -f "$DATA_DIR/postmaster.pid" ] && as_owner "$BIN/pg_ctl" -D "$DATA_DIR" -m fast stop >&2
  exit 0
fi

if [ ! -f "$DATA_DIR/PG_VERSION" ]; then
  log "initialising a cluster in $DATA_DIR"
  mkdir -p "$DATA_DIR"
  [ "$(id -u)" -eq 0 ] && chown postgres: "$DATA_DIR"
  chmod 700 "$DATA_DIR"
  pwfile=$(mktemp)
  echo "$PG_PASSWORD" >"$pwfile"
  chmod 644 "$pwfile"
  as_owner "$BIN/initdb" -D "$DATA_DIR" -U "$PG_USER" --pwfile="$pwfile" --auth-local=trust \
    --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >&2
  rm -f "$pwfile"
fi

if ! as_owner "$BIN/pg_ctl" -D "$DATA_DIR" status >/dev/null 2>&1; then
  log "starting PostgreSQL on 127.0.0.1:$PORT"
  # max_connections covers several services and test runs at once; the rest are PostgreSQL's defaults.
  as_owner "$BIN/pg_ctl" -D "$DATA_DIR" -w -t 60 -l "$DATA_DIR/server.log" \
    -o "-p $PORT -c listen_addresses=127.0.0.1 -k $DATA_DIR -c max_connections=200" start >&2
fi

URL="postgresql://$PG_USER:$PG_PASSWORD@127.0.0.1:$PORT"
if ! psql "$URL/postgres" -Atqc "select 1 from pg_database where datname = '$DB_NAME'" | grep -q 1; then
  psql "$URL/postgres" -qc "create database \"$DB_NAME\"" >&2
fi
echo "$URL/$DB_NAME"

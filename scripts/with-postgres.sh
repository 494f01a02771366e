#!/usr/bin/env bash
# Run a command against a throwaway PostgreSQL server on loopback, then stop and delete it.
# Debian's PostgreSQL refuses to run as root, so the server runs as the `postgres` user that its
# package creates. The server is installed from Debian's packages when missing.
set -euo pipefail

PORT="${AMANAT_PG_PORT:-54329}"
if ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
  echo "with-postgres: installing PostgreSQL from Debian's packages" >&2
  if [ "$(id -u)" -ne 0 ]; then echo "with-postgres: need root to apt-get install postgresql" >&2; exit 1; fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
RUN_AS=()
if [ "$(id -u)" -eq 0 ]; then RUN_AS=(runuser -u postgres --); fi

WORK="$(mktemp -d /tmp/amanat-pg.XXXXXX)"
chmod 755 "$WORK"
[ "$(id -u)" -eq 0 ] && chown postgres: "$WORK"
cleanup() {
  "${RUN_AS[@]}" "$BIN/pg_ctl" -D "$WORK/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

"${RUN_AS[@]}" "$BIN/initdb" -D "$WORK/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
"${RUN_AS[@]}" "$BIN/pg_ctl" -D "$WORK/data" -l "$WORK/server.log" -w -t 60 \
  -o "-h 127.0.0.1 -p $PORT -k $WORK -c fsync=on -c max_connections=200" start >/dev/null
"$BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -q -v ON_ERROR_STOP=1 \
  -c "CREATE ROLE amanat LOGIN CREATEDB PASSWORD 'amanat'" \
  -c "CREATE DATABASE amanat OWNER amanat" \
  -c "GRANT pg_checkpoint TO amanat" >/dev/null

export DATABASE_URL="postgres://amanat:amanat@127.0.0.1:$PORT/amanat"
export AMANAT_PG_DATA="$WORK/data" AMANAT_PG_BIN="$BIN"
echo "with-postgres: PostgreSQL $("$BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PORT" >&2
set +e
"$@"
status=$?
exit $status

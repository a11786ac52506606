#!/bin/sh
# Runs once, when the primary's data folder is created (docker-entrypoint-initdb.d of the official image): a role for
# streaming replication, allowed to connect for replication from the Compose network. Untested (see ../README.md).
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v password="$REPLICATION_PASSWORD" <<'SQL'
CREATE ROLE replicator WITH REPLICATION LOGIN PASSWORD :'password';
SQL
echo 'host replication replicator all scram-sha-256' >> "$PGDATA/pg_hba.conf"

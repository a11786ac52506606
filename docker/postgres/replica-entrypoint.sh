#!/bin/sh
# The streaming replica of docker/compose.multi.yaml: on the first start, copy the primary with pg_basebackup (-R writes
# standby.signal and the connection to the primary; -C -S creates a replication slot, so the primary keeps the WAL the
# replica has not received yet); afterwards start as a hot standby. Untested (see ../README.md).
set -eu
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  until pg_isready -h "$PRIMARY_HOST" -U replicator -d postgres; do sleep 1; done
  pg_basebackup -h "$PRIMARY_HOST" -U replicator -D "$PGDATA" -R -X stream -C -S masswerk_replica
  chmod 700 "$PGDATA"
fi
# hot_standby_feedback: long exports on the replica are not cancelled by the replay of the primary's cleanup.
exec postgres -c hot_standby=on -c hot_standby_feedback=on

#!/usr/bin/env bash
# Stops the Neo4j started by scripts/neo4j/start.sh: TERM (Neo4j checkpoints and closes its stores),
# a bounded wait, then KILL as a last resort. Removes the pid file. Safe to run when nothing runs.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
HOME_DIR="${NEO4J_LOCAL_DIR:-$ROOT/.neo4j}"
PID_FILE="$HOME_DIR/neo4j.pid"
STOP_SECONDS="${NEO4J_STOP_TIMEOUT_SECONDS:-60}"

log() { printf 'neo4j:stop: %s\n' "$*"; }

if [ ! -f "$PID_FILE" ]; then
  log "not running (no $PID_FILE)"
  exit 0
fi
PID="$(cat "$PID_FILE")"

# Only signal the pid if it is still our server: a pid from an old pid file may have been reused.
if [ -z "$PID" ] || ! [ -r "/proc/$PID/cmdline" ] ||
  ! tr '\0' ' ' <"/proc/$PID/cmdline" | grep -q 'org.neo4j.server.CommunityEntryPoint'; then
  log "not running (pid ${PID:-?} is gone); removing stale pid file"
  rm -f "$PID_FILE"
  exit 0
fi

log "stopping pid $PID"
kill -TERM "$PID" 2>/dev/null || true
for _ in $(seq 1 "$STOP_SECONDS"); do
  kill -0 "$PID" 2>/dev/null || break
  sleep 1
done
if kill -0 "$PID" 2>/dev/null; then
  log "still alive after ${STOP_SECONDS}s; sending KILL (the next start recovers from the transaction log)"
  kill -KILL "$PID" 2>/dev/null || true
  sleep 1
fi
rm -f "$PID_FILE"
log "stopped"

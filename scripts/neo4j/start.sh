#!/usr/bin/env bash
# Starts a local Neo4j Community server without Docker or a tarball (see docs/neo4j-local.md):
#   1. fetches the server jars from Maven Central once (scripts/neo4j/pom.xml -> .neo4j/lib),
#   2. writes .neo4j/conf/neo4j.conf (Bolt on 127.0.0.1 only, modest memory),
#   3. sets the initial password of user neo4j before the first start,
#   4. runs org.neo4j.server.CommunityEntryPoint in the background (pid in .neo4j/neo4j.pid),
#   5. waits (bounded) until Bolt accepts a login, then prints the URI.
# Idempotent: when the recorded process is alive and answering it says so and exits 0.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# NEO4J_LOCAL_DIR lets a second instance (e.g. a CI trial next to a dev server) live elsewhere.
HOME_DIR="${NEO4J_LOCAL_DIR:-$ROOT/.neo4j}"
LIB_DIR="$HOME_DIR/lib"
CONF_DIR="$HOME_DIR/conf"
LOG_DIR="$HOME_DIR/logs"
PID_FILE="$HOME_DIR/neo4j.pid"
POM="$ROOT/scripts/neo4j/pom.xml"

BOLT_PORT="${NEO4J_BOLT_PORT:-7687}"
HTTP_PORT="${NEO4J_HTTP_PORT:-}"          # empty = HTTP connector off (nothing here needs it)
NEO4J_USER=neo4j                           # the initial admin user; Community has no other way to create it
export NEO4J_PASSWORD="${NEO4J_PASSWORD:-whosaid-test}"
HEAP="${NEO4J_HEAP_SIZE:-768m}"
PAGECACHE="${NEO4J_PAGECACHE_SIZE:-256m}"
WAIT_SECONDS="${NEO4J_START_TIMEOUT_SECONDS:-120}"
JAVA_BIN="${NEO4J_JAVA:-java}"
URI="bolt://127.0.0.1:$BOLT_PORT"

log() { printf 'neo4j:start: %s\n' "$*"; }
die() { printf 'neo4j:start: error: %s\n' "$*" >&2; exit 1; }

# The version lives in the POM only; the marker below is named after it so bumping it refetches.
NEO4J_VERSION="$(sed -n 's:.*<neo4j.version>\(.*\)</neo4j.version>.*:\1:p' "$POM")"
[ -n "$NEO4J_VERSION" ] || die "cannot read <neo4j.version> from $POM"
LIB_MARKER="$LIB_DIR/.fetched-neo4j-$NEO4J_VERSION"

wait_for_bolt() { # $1 = timeout seconds, $2 = pid to watch
  (cd "$ROOT" && npx --no-install tsx scripts/neo4j/wait-for-bolt.ts \
    --uri "$URI" --user "$NEO4J_USER" --timeout-seconds "$1" --pid "$2")
}

is_our_neo4j() { # $1 = pid; guards against a recycled pid belonging to something else
  [ -r "/proc/$1/cmdline" ] && tr '\0' ' ' <"/proc/$1/cmdline" | grep -q 'org.neo4j.server.CommunityEntryPoint'
}

# --- already running? -------------------------------------------------------------------------
if [ -f "$PID_FILE" ]; then
  OLD_PID="$(cat "$PID_FILE")"
  if [ -n "$OLD_PID" ] && is_our_neo4j "$OLD_PID"; then
    RUNNING_PORT="$(sed -n 's/^server.bolt.listen_address=.*://p' "$CONF_DIR/neo4j.conf" 2>/dev/null || true)"
    if [ -n "$RUNNING_PORT" ] && [ "$RUNNING_PORT" != "$BOLT_PORT" ]; then
      die "already running (pid $OLD_PID) on Bolt port $RUNNING_PORT, not $BOLT_PORT; stop it first (npm run neo4j:stop)"
    fi
    # It may still be starting (another start.sh call, or a slow first boot): same bounded wait.
    if wait_for_bolt "$WAIT_SECONDS" "$OLD_PID"; then
      log "already running (pid $OLD_PID) at $URI (user $NEO4J_USER)"
      exit 0
    fi
    die "a Neo4j process (pid $OLD_PID) is running but not answering at $URI; run npm run neo4j:stop and retry"
  fi
  log "removing stale pid file (pid $OLD_PID is gone)"
  rm -f "$PID_FILE"
fi

# --- the ports must be free: otherwise another server would answer our readiness check -------------
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
port_in_use "$BOLT_PORT" &&
  die "port $BOLT_PORT is already in use by another process; choose another with NEO4J_BOLT_PORT=..."
if [ -n "$HTTP_PORT" ] && port_in_use "$HTTP_PORT"; then
  die "port $HTTP_PORT is already in use; choose another with NEO4J_HTTP_PORT=... (or unset it)"
fi

# --- fetch the jars once ----------------------------------------------------------------------
command -v "$JAVA_BIN" >/dev/null || die "no java on PATH (Neo4j $NEO4J_VERSION needs Java 17 or 21; set NEO4J_JAVA)"
JAVA_MAJOR="$("$JAVA_BIN" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
case "$JAVA_MAJOR" in
  17 | 21) ;;
  *) log "warning: Java $JAVA_MAJOR found; Neo4j $NEO4J_VERSION supports 17 and 21 (set NEO4J_JAVA to another java)" ;;
esac

if [ ! -f "$LIB_MARKER" ]; then
  command -v mvn >/dev/null || die "Maven (mvn) is needed once to fetch the Neo4j jars: apt-get install -y maven"
  log "fetching Neo4j $NEO4J_VERSION jars from Maven Central into $LIB_DIR (once)"
  rm -rf "$LIB_DIR"
  mkdir -p "$LIB_DIR"
  # Only the runtime closure: test/provided scopes would drag in jars the server never loads.
  # The sed strips the colour resets Maven 3.8 prints even in quiet batch mode.
  mvn -q -B -Dstyle.color=never -f "$POM" dependency:copy-dependencies \
    -DoutputDirectory="$LIB_DIR" -DincludeScope=runtime </dev/null 2>&1 | sed 's/\x1b\[[0-9;]*m//g' ||
    die "Maven could not fetch org.neo4j:neo4j:$NEO4J_VERSION (network to Maven Central?)"
  ls "$LIB_DIR"/neo4j-lucene-index-*.jar >/dev/null 2>&1 || die "fetched jars lack neo4j-lucene-index; refusing to start"
  touch "$LIB_MARKER"
fi

# --- configuration (rewritten on every start so env changes take effect) -------------------------
mkdir -p "$CONF_DIR" "$LOG_DIR" "$HOME_DIR/data" "$HOME_DIR/run" "$HOME_DIR/plugins" "$HOME_DIR/import"
if [ -n "$HTTP_PORT" ]; then
  HTTP_LINES="server.http.enabled=true
server.http.listen_address=127.0.0.1:$HTTP_PORT
server.http.advertised_address=127.0.0.1:$HTTP_PORT"
else
  HTTP_LINES="server.http.enabled=false"
fi

cat >"$CONF_DIR/neo4j.conf" <<EOF
# Generated by scripts/neo4j/start.sh on every start; edit the script, not this file.
server.directories.data=$HOME_DIR/data
server.directories.logs=$LOG_DIR
server.directories.run=$HOME_DIR/run
server.directories.lib=$LIB_DIR
server.directories.plugins=$HOME_DIR/plugins
server.directories.import=$HOME_DIR/import

# Loopback only: this is a developer/test server with a well-known password.
server.default_listen_address=127.0.0.1
server.default_advertised_address=127.0.0.1
server.bolt.enabled=true
server.bolt.listen_address=127.0.0.1:$BOLT_PORT
server.bolt.advertised_address=127.0.0.1:$BOLT_PORT
server.bolt.tls_level=DISABLED
$HTTP_LINES
server.https.enabled=false

dbms.security.auth_enabled=true
# A throwaway dev server has nothing to report (and CI machines may have no route out).
dbms.usage_report.enabled=false

# Modest memory: the machine is shared with test runners and the UI build.
# (Heap is applied as -Xms/-Xmx below; the settings are repeated so tools reading the conf agree.)
server.memory.heap.initial_size=$HEAP
server.memory.heap.max_size=$HEAP
server.memory.pagecache.size=$PAGECACHE
db.memory.transaction.total.max=256m
# Per transaction (Community supports it too): one runaway read fails alone instead of starving the others.
db.memory.transaction.max=128m

# No query may run away: the API bounds its own queries, this is the server-side backstop.
db.transaction.timeout=60s
db.lock.acquisition.timeout=30s

# A dev database does not need days of transaction logs.
db.tx_log.rotation.retention_policy=2 files
EOF

# --- initial password (only before the first start; the system database keeps it afterwards) ---
if [ ! -d "$HOME_DIR/data/databases/system" ]; then
  log "setting the initial password of user $NEO4J_USER"
  NEO4J_HOME="$HOME_DIR" NEO4J_CONF="$CONF_DIR" "$JAVA_BIN" -cp "$LIB_DIR/*" \
    org.neo4j.cli.AdminTool dbms set-initial-password "$NEO4J_PASSWORD" >>"$LOG_DIR/admin.log" 2>&1 ||
    die "set-initial-password failed; see $LOG_DIR/admin.log"
fi

# --- start ----------------------------------------------------------------------------------------
# JVM flags from Neo4j's shipped neo4j.conf (server.jvm.additional), which only its own launcher reads.
JVM_FLAGS=(
  "-Xms$HEAP" "-Xmx$HEAP"
  -XX:+UseG1GC -XX:-OmitStackTraceInFastThrow -XX:+DisableExplicitGC
  -XX:+UnlockExperimentalVMOptions -XX:+TrustFinalNonStaticFields
  -Djdk.nio.maxCachedBufferSize=1024 -Dio.netty.tryReflectionSetAccessible=true
  -Djdk.tls.ephemeralDHKeySize=2048 -Djdk.tls.rejectClientInitiatedRenegotiation=true
  --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/java.lang=ALL-UNNAMED
  -Dlog4j2.disable.jmx=true
)

log "starting Neo4j $NEO4J_VERSION (bolt 127.0.0.1:$BOLT_PORT${HTTP_PORT:+, http 127.0.0.1:$HTTP_PORT}, heap $HEAP, pagecache $PAGECACHE)"
cd "$HOME_DIR"
# setsid: the server outlives the shell (and npm) that started it; stdin closed so it never waits on a tty.
NEO4J_HOME="$HOME_DIR" NEO4J_CONF="$CONF_DIR" setsid "$JAVA_BIN" "${JVM_FLAGS[@]}" -cp "$LIB_DIR/*" \
  org.neo4j.server.CommunityEntryPoint --home-dir="$HOME_DIR" --config-dir="$CONF_DIR" \
  </dev/null >>"$LOG_DIR/console.log" 2>&1 &
NEW_PID=$!
echo "$NEW_PID" >"$PID_FILE"

if ! wait_for_bolt "$WAIT_SECONDS" "$NEW_PID"; then
  for f in console.log neo4j.log; do
    [ -s "$LOG_DIR/$f" ] && { echo "---- last lines of $LOG_DIR/$f ----" >&2; tail -n 25 "$LOG_DIR/$f" >&2; }
  done
  # Do not leave a half-started server holding the port: stop it (bounded) before giving up.
  NEO4J_LOCAL_DIR="$HOME_DIR" bash "$ROOT/scripts/neo4j/stop.sh" >&2 || true
  die "Neo4j did not become ready at $URI (if the password changed, reset with: npm run neo4j:stop && rm -rf ${HOME_DIR}/data)"
fi

log "ready (pid $NEW_PID) at $URI, user $NEO4J_USER, password from NEO4J_PASSWORD (default whosaid-test)"
log "for tests: NEO4J_TEST_URI=$URI npm test"

#!/usr/bin/env bash
# UI figures against the production jar: navigation to an interactive start page, "See result" to
# the result shown, and server heap per open UI session. Needs Debian's chromium and a built
# target/headsup.jar. Usage: bench/ui.sh [visits, default 30]
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
VISITS=${1:-30}
PORT=18081
BASE=http://127.0.0.1:$PORT

./mvnw -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
workdir=$(mktemp -d)
# Every visit is a fresh browser from 127.0.0.1: the bound on new sessions per address is lifted for the run.
(cd "$workdir" && exec "$JAVA_HOME/bin/java" -Xmx512m -jar "$OLDPWD/target/headsup.jar" --server.port=$PORT \
  --headsup.sessions.new-per-address=100000 > "$workdir/app.log" 2>&1) &
app=$!
# With set -e a failing kill (the app already gone) would end the trap early: exit 1, folder left behind.
trap 'kill $app 2>/dev/null || true; wait $app 2>/dev/null || true; rm -rf "$workdir"' EXIT
until curl -s "$BASE/actuator/health" 2>/dev/null | grep -q '"rules":{[^}]*"status":"UP"\|"status":"UP"}$'; do sleep 0.5; done
pid=$(pgrep -f "headsup.jar --server.port=$PORT" | head -1)
run() {
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 "$JAVA_HOME/bin/java" \
    -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" app.headsup.ui.UiMeasurements "$BASE" "$1"
}
# Live objects only: the class histogram runs a full GC and counts what survives, so the figure does not
# move with whatever garbage the heap's regions still hold (heap_info "used" did, by megabytes).
heap_kb() {
  "$JAVA_HOME/bin/jcmd" "$pid" GC.class_histogram | awk '/^Total/ {print int($3 / 1024)}'
}
echo "== warm-up: 5 visits"
run 5 > /dev/null
before=$(heap_kb)
echo "== $VISITS visits, each a fresh browser context that leaves its UI session open"
run "$VISITS"
after=$(heap_kb)
echo "== live heap after full GC: $before KB before, $after KB after $VISITS more open sessions:" \
  "$(( (after - before) / VISITS )) KB per session"

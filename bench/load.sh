#!/usr/bin/env bash
# Load test on loopback: screening throughput and latency next to a trivial endpoint, in one run,
# then memory after 100,000 screenings. Needs Debian's wrk and a built target/headsup.jar.
# Usage: bench/load.sh [seconds per phase, default 30]
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
SECONDS_PER_PHASE=${1:-30}
PORT=18080
BASE=http://127.0.0.1:$PORT
command -v wrk >/dev/null || { echo "load: needs wrk (apt-get install wrk)" >&2; exit 1; }

workdir=$(mktemp -d)
(cd "$workdir" && exec "$JAVA_HOME/bin/java" -Xmx512m -jar "$OLDPWD/target/headsup.jar" --server.port=$PORT \
  > "$workdir/app.log" 2>&1) &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null; rm -rf "$workdir"' EXIT
until curl -s -o /dev/null -w '%{http_code}' "$BASE/api/v1/vocabulary" 2>/dev/null | grep -q 200; do sleep 0.2; done
pid=$(pgrep -f "headsup.jar --server.port=$PORT" | head -1)

echo "== warm-up (10 s each)"
wrk -t2 -c16 -d10s -s bench/screenings.lua "$BASE" > /dev/null
wrk -t2 -c16 -d10s "$BASE/actuator/health/liveness" > /dev/null

echo "== trivial endpoint: GET /actuator/health/liveness, 16 connections, ${SECONDS_PER_PHASE} s"
wrk -t2 -c16 -d${SECONDS_PER_PHASE}s --latency "$BASE/actuator/health/liveness" | tee "$workdir/trivial.txt"
echo "== screening: POST /api/v1/screenings, 16 connections, ${SECONDS_PER_PHASE} s"
wrk -t2 -c16 -d${SECONDS_PER_PHASE}s --latency -s bench/screenings.lua "$BASE" | tee "$workdir/screening.txt"

rps() { awk '/Requests\/sec/ {print $2}' "$1"; }
echo "== ratio screening / trivial: $(echo "scale=3; $(rps "$workdir/screening.txt") / $(rps "$workdir/trivial.txt")" | bc)"

heap() { "$JAVA_HOME/bin/jcmd" "$pid" GC.run > /dev/null; sleep 1; "$JAVA_HOME/bin/jcmd" "$pid" GC.heap_info | awk '/used/ {print; exit}'; }
echo "== after warm-up and the runs above: RSS $(ps -o rss= -p "$pid") KB; heap after GC: $(heap)"
echo "== 100,000 more screenings"
total=0
while [ "$total" -lt 100000 ]; do
  n=$(wrk -t2 -c16 -d10s -s bench/screenings.lua "$BASE" | awk '/requests in/ {print $1}')
  total=$((total + n))
done
echo "   sent $total screenings"
echo "== RSS $(ps -o rss= -p "$pid") KB; heap after GC: $(heap)"
grep -c ' ERROR ' "$workdir/app.log" | sed 's/^/== error lines in the app log: /' || true

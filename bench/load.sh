#!/usr/bin/env bash
# Load on loopback, through the production launcher with its default settings: POST /api/v1/screenings
# next to GET /api/v1/routines (a static answer of about the same size) in one run, 16 connections each,
# then the memory after 20,000 more screenings. Needs Debian's wrk and `./mvnw -Pproduction package`.
# Usage: bench/load.sh [seconds per phase, default 30]
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_PHASE=${1:-30}
PORT=18080
BASE=http://127.0.0.1:$PORT
command -v wrk > /dev/null || { echo "load: needs wrk (apt-get install wrk)" >&2; exit 1; }
[ -x target/headsup/bin/headsup ] || { echo "load: build first: ./mvnw -B -DskipTests -Pproduction package" >&2; exit 1; }

workdir=$(mktemp -d)
(cd "$workdir" && exec "$OLDPWD/target/headsup/bin/headsup" --server.port=$PORT > "$workdir/app.log" 2>&1) &
app=$!
# With set -e a failing kill (the app already gone) would end the trap early: exit 1, folder left behind.
trap 'kill $app 2> /dev/null || true; wait $app 2> /dev/null || true; rm -rf "$workdir"' EXIT
until curl -s -o /dev/null "$BASE/api/v1/routines"; do sleep 0.2; done

echo "== warm-up, 10 s each"
wrk -t2 -c16 -d10s -s bench/screenings.lua "$BASE" > /dev/null
wrk -t2 -c16 -d10s "$BASE/api/v1/routines" > /dev/null
wrk -t2 -c16 -d${SECONDS_PER_PHASE}s --latency "$BASE/api/v1/routines" > "$workdir/static.txt"
wrk -t2 -c16 -d${SECONDS_PER_PHASE}s --latency -s bench/screenings.lua "$BASE" > "$workdir/screening.txt"
rps() { awk '/Requests\/sec/ {print $2}' "$1"; }
p99() { awk '$1 == "99%" {print $2}' "$1"; }
ms() { echo "$1" | awk '/ms$/ {sub("ms", ""); print; next} /us$/ {sub("us", ""); print $1 / 1000; next} /s$/ {sub("s", ""); print $1 * 1000}'; }
ratio=$(echo "scale=2; $(rps "$workdir/screening.txt") / $(rps "$workdir/static.txt")" | bc)
p99ratio=$(echo "scale=2; $(ms "$(p99 "$workdir/screening.txt")") / $(ms "$(p99 "$workdir/static.txt")")" | bc)

total=0
while [ "$total" -lt 20000 ]; do
  n=$(wrk -t2 -c16 -d5s -s bench/screenings.lua "$BASE" | awk '/requests in/ {print $1}')
  total=$((total + n))
done
rss=$(( $(ps -o rss= -p "$(pgrep -f "headsup/app/headsup.jar --server.port=$PORT" | head -1)") / 1024 ))

echo
echo "| what, ${SECONDS_PER_PHASE} s each, 16 connections | measured |"
echo "|---|---|"
echo "| \`GET /api/v1/routines\` | $(rps "$workdir/static.txt") req/s, p99 $(p99 "$workdir/static.txt") |"
echo "| \`POST /api/v1/screenings\` | $(rps "$workdir/screening.txt") req/s, p99 $(p99 "$workdir/screening.txt") |"
echo "| screening req/s ÷ routines req/s | $ratio |"
echo "| screening p99 ÷ routines p99 | $p99ratio |"
echo "| RSS after $total more screenings | $rss MB |"
echo "| ERROR lines in the log | $(grep -c ' ERROR ' "$workdir/app.log" || true) |"

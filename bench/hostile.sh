#!/usr/bin/env bash
# Hostile traffic on loopback against the production launcher with its default settings (a 96 MB heap):
# hundreds of anonymous requests to Vaadin's UI endpoint that no page sends, each from the session of
# a fresh UI (its session cookie): bodies of 1 MB and 10 MB, and bodies that are not JSON. Before and after, the live heap
# (after a full GC) and whether a screening and a page still answer. Bounded: ROUNDS rounds, then it stops.
# Needs `./mvnw -Pproduction package`, curl and the JDK's jcmd.
# Usage: bench/hostile.sh [rounds, default 100: each round one 1 MB, one 10 MB and one malformed request]
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${1:-100}
PORT=18081
BASE=http://127.0.0.1:$PORT
[ -x target/headsup/bin/headsup ] || { echo "hostile: build first: ./mvnw -B -DskipTests -Pproduction package" >&2; exit 1; }
JCMD=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/jcmd

workdir=$(mktemp -d)
(cd "$workdir" && exec "$OLDPWD/target/headsup/bin/headsup" --server.port=$PORT > "$workdir/app.log" 2>&1) &
app=$!
trap 'kill $app 2> /dev/null || true; wait $app 2> /dev/null || true; rm -rf "$workdir"' EXIT
until curl -s -o /dev/null "$BASE/api/v1/routines"; do sleep 0.2; done
pid=$(pgrep -f "headsup.jar --server.port=$PORT" | head -1)

# Live heap in KB: the class histogram's total after the full GC it forces.
live_heap() { "$JCMD" "$pid" GC.class_histogram 2> /dev/null | awk '/^Total/ {print int($3 / 1024)}'; }
# A person who had the page open before the attack (their session cookie) and the API.
answers() {
  local screening page
  screening=$(curl -s -o /dev/null -w '%{http_code}' "$BASE/api/v1/screenings" -H 'Content-Type: application/json' \
    -d '{"consent":true,"receiver":{"ageYears":40,"pregnancy":"NO"}}')
  page=$(curl -s -o /dev/null -w '%{http_code}' -b "$workdir/person" -c "$workdir/person" "$BASE/?v-r=init&location=&query=")
  echo "screening $screening, page $page"
}
# A fresh UI: its session cookie, as a page gets it from its first request.
fresh_ui() { rm -f "$workdir/jar"; curl -s -o /dev/null -c "$workdir/jar" "$BASE/?v-r=init&location=&query="; }

head -c 1048576 /dev/zero | tr '\0' A > "$workdir/1mb"
head -c 10485760 /dev/zero | tr '\0' A > "$workdir/10mb"
printf '{bad' > "$workdir/bad"
curl -s -o /dev/null -c "$workdir/person" "$BASE/check"
before=$(answers)

declare -A codes=()
attack() {
  for ((i = 1; i <= $1; i++)); do
    fresh_ui
    for body in 1mb 10mb bad; do
      code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 20 -b "$workdir/jar" "$BASE/?v-r=uidl&v-uiId=0" \
        -H 'Content-Type: application/json; charset=UTF-8' --data-binary "@$workdir/$body" || echo 000)
      codes[$body/$code]=$(( ${codes[$body/$code]:-0} + 1 ))
    done
  done
}
# The first rounds load the classes and fill the caches of the refusing paths once: the heap is measured after them.
attack 20
before_heap=$(live_heap)
start=$(date +%s)
attack "$ROUNDS"
seconds=$(( $(date +%s) - start ))
after=$(answers)
after_heap=$(live_heap)
newcomer=$(curl -s -o /dev/null -w '%{http_code}' "$BASE/check")
refused=$(grep -c 'Refused a request to the UI endpoint' "$workdir/app.log" || true)
new_sessions=$(grep -c 'Refused a new session' "$workdir/app.log" || true)

echo
echo "| what, 20 + $ROUNDS rounds ($(((ROUNDS + 20) * 3)) hostile requests; the last $ROUNDS in $seconds s) | measured |"
echo "|---|---|"
for c in "${!codes[@]}"; do echo "| answers: $c | ${codes[$c]} |"; done | sort
echo "| before: a person with the page open, and the API | $before |"
echo "| after | $after |"
echo "| a new visitor from the attacking address, within the minute | $newcomer (the per-address bound) |"
echo "| live heap after the first 20 rounds → after $ROUNDS more (full GC) | $((before_heap / 1024)) MB → $((after_heap / 1024)) MB |"
echo "| log lines 'Refused a request to the UI endpoint' | $refused |"
echo "| log lines 'Refused a new session' | $new_sessions |"
echo "| log lines with a stack trace ('at ' lines) | $(grep -c '^\s*at ' "$workdir/app.log" || true) |"
echo "| OutOfMemoryError in the log | $(grep -c 'OutOfMemoryError' "$workdir/app.log" || true) |"
echo "| ERROR lines in the log | $(grep -c ' ERROR ' "$workdir/app.log" || true) |"
[[ "$after" == "screening 200, page 200" ]] && ! grep -q OutOfMemoryError "$workdir/app.log"

#!/usr/bin/env bash
# Start-up: launch -> the first 200 from POST /api/v1/screenings, a fresh data folder every time;
# median (and min-max) of N runs, for the production launcher and, beside it, plain java -jar.
# Needs `./mvnw -Pproduction package` first. Usage: bench/startup.sh [runs, default 3]
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
RUNS=${1:-3}
PORT=18093
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
body='{"consent":true,"receiver":{"ageYears":34,"pregnancy":"NO"}}'
[ -x target/headsup/bin/headsup ] || { echo "startup: build first: ./mvnw -B -DskipTests -Pproduction package" >&2; exit 1; }

# time_to_first_screening <command...>: ms from launch to the first 200, in a fresh folder; RSS then.
time_to_first_screening() {
  local dir; dir=$(mktemp -d)
  local start; start=$(date +%s%N)
  (cd "$dir" && exec "$@" --server.port=$PORT > "$dir/log" 2>&1) &
  local pid=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' -d "$body" \
      "http://127.0.0.1:$PORT/api/v1/screenings" || true)" = 200 ]; do
    kill -0 $pid 2> /dev/null || { echo "startup: the app died; its log:" >&2; cat "$dir/log" >&2; exit 1; }
    sleep 0.02
  done
  local ms=$(( ($(date +%s%N) - start) / 1000000 ))
  local rss; rss=$(ps -o rss= -p "$(pgrep -P $pid java || echo $pid)" | tr -d ' ')
  kill $pid; wait $pid 2> /dev/null || true
  rm -rf "$dir"
  echo "$ms $rss"
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)] " ms (" a[1] "-" a[NR] ")"}'; }

report() {
  local name=$1; shift
  local times=() rss=()
  for _ in $(seq "$RUNS"); do
    read -r ms kb < <(time_to_first_screening "$@")
    times+=("$ms"); rss+=("$kb")
  done
  printf '| %s | %s | %s MB |\n' "$name" "$(printf '%s\n' "${times[@]}" | median)" \
    "$(printf '%s\n' "${rss[@]}" | sort -n | tail -1 | awk '{print int($1/1024)}')"
}

echo "| how | launch -> first screening 200, median of $RUNS (min-max) | RSS then, max |"
echo "|---|---|---|"
report "target/headsup/bin/headsup (launcher)" "$root/target/headsup/bin/headsup"
report "java -jar target/headsup.jar (defaults)" "$JAVA_HOME/bin/java" -jar "$root/target/headsup.jar"

#!/usr/bin/env bash
# Lighthouse (mobile, the default form factor) on the start, check and oils pages of the production build:
# the launcher in target/headsup (built by `./mvnw -Pproduction -DskipTests package`), Debian's chromium, and
# the npm `lighthouse` package at a pinned version (12.x runs on Node 18+; 13 wants Node 22).
# Prints each page's four category scores and the performance metrics; the JSON reports stay in
# target/lighthouse/. Usage: bench/lighthouse.sh [runs per page, default 3: the median is reported]
set -euo pipefail
cd "$(dirname "$0")/.."
LIGHTHOUSE_VERSION=12.8.2
RUNS=${1:-3}
PORT=${LIGHTHOUSE_PORT:-18083}
BASE=http://127.0.0.1:$PORT
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
out=target/lighthouse
mkdir -p "$out"
[ -x target/headsup/bin/headsup ] || { echo "lighthouse: build first: ./mvnw -Pproduction -DskipTests package" >&2; exit 1; }

workdir=$(mktemp -d)
(cd "$workdir" && exec "$OLDPWD/target/headsup/bin/headsup" --server.port=$PORT > "$workdir/app.log" 2>&1) &
app=$!
# With set -e a failing kill (the app already gone) would end the trap early: exit 1, folder left behind.
trap 'kill $app 2>/dev/null || true; wait $app 2>/dev/null || true; rm -rf "$workdir"' EXIT
until curl -s "$BASE/actuator/health/readiness" 2>/dev/null | grep -q '"status":"UP"'; do sleep 0.5; done

for page in "" check oils; do
  name=${page:-start}
  for run in $(seq 1 "$RUNS"); do
    npx --yes "lighthouse@$LIGHTHOUSE_VERSION" "$BASE/$page" --quiet --output=json \
      --output-path="$out/$name-$run.json" \
      --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage" > /dev/null
  done
  python3 - "$out" "$name" "$RUNS" <<'PY'
import json, statistics, sys
out, name, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
reports = [json.load(open(f"{out}/{name}-{i}.json")) for i in range(1, runs + 1)]
perf = sorted(reports, key=lambda r: r["categories"]["performance"]["score"])
median = perf[len(perf) // 2]
cats = " ".join(f"{k} {median['categories'][k]['score']:.2f}"
                for k in ("performance", "accessibility", "best-practices", "seo"))
audits = median["audits"]
metrics = " ".join(f"{label} {audits[key]['displayValue']}" for key, label in
                   (("first-contentful-paint", "FCP"), ("largest-contentful-paint", "LCP"),
                    ("total-blocking-time", "TBT"), ("cumulative-layout-shift", "CLS"),
                    ("speed-index", "SI")))
failing = [a["id"] for a in audits.values()
           if a.get("score") is not None and a["score"] < 0.9 and a.get("scoreDisplayMode") in ("binary", "numeric")]
print(f"{name:6} {cats} | {metrics}")
print(f"{'':6} performance of {runs} runs: {[r['categories']['performance']['score'] for r in reports]}")
print(f"{'':6} audits below 0.9: {', '.join(sorted(failing)) or 'none'}")
PY
done

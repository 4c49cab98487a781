#!/bin/sh
# Build step (the production profile, after the jar is packaged): lays out target/headsup/ with the
# extracted jar, the launcher, and a JDK AOT cache trained on a short run of the app (TrainingRun).
# Usage: lay-out.sh <java> <target dir>
set -eu
java=$1
target=$(cd "$2" && pwd -P)
layout="$target/headsup"
rm -rf "$layout"
mkdir -p "$layout/bin"
"$java" -Djarmode=tools -jar "$target/headsup.jar" extract --destination "$layout/app" > /dev/null
cp "$(dirname "$0")/headsup" "$layout/bin/headsup"
chmod 755 "$layout/bin/headsup"

# Training: the same class path (the absolute jar path) and the same JVM settings as the launcher; a
# throw-away in-memory database and a free port; the run screens, serves pages and exits by itself.
jdk_home=$(dirname "$(dirname "$java")")
training=$(mktemp -d)
(cd "$training" && "$java" -XX:AOTCacheOutput="$layout/app/headsup.aot" -Xmx96m -Xss512k -XX:+UseSerialGC \
  -XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=48m -jar "$layout/app/headsup.jar" --headsup.training=true \
  --server.port=0 --spring.datasource.url=jdbc:h2:mem:training --logging.level.root=warn) > "$training/log" 2>&1 || {
  cat "$training/log" >&2
  echo "lay-out: the AOT training run failed (the launcher still works, without the cache)" >&2
  rm -f "$layout/app/headsup.aot"
}
rm -rf "$training"
if [ -f "$layout/app/headsup.aot" ]; then
  runtime=$(sed -n 's/^JAVA_RUNTIME_VERSION="\(.*\)"/\1/p' "$jdk_home/release")
  printf 'jar=%s\njdk=%s\n' "$layout/app/headsup.jar" "$runtime" > "$layout/app/headsup.aot.trained"
  echo "lay-out: $layout ready, AOT cache $(du -m "$layout/app/headsup.aot" | cut -f1) MB"
fi

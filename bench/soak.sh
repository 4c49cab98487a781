#!/usr/bin/env bash
# Soak run: the production build on a fresh data folder, every kind of practice write through the real
# pages in headless Chromium for MINUTES (default 60), then everything read back through the pages and
# from the database; no ERROR may be logged. Needs Debian's chromium and `-Pproduction package` first.
# Usage: bench/soak.sh [minutes] [h2|postgres]   (postgres: HEADSUP_DB_URL, _USER, _PASSWORD as for the app;
#        the database should be empty: the run counts every intake in it)
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
MINUTES=${1:-60}
DATABASE=${2:-h2}
PORT=${SOAK_PORT:-18082}
BASE=http://127.0.0.1:$PORT

./mvnw -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
classpath="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
workdir=$(mktemp -d)
profile=()
if [ "$DATABASE" = postgres ]; then
  : "${HEADSUP_DB_URL:?set HEADSUP_DB_URL to an empty PostgreSQL database}"
  profile=(--spring.profiles.active=postgres)
  db_url=$HEADSUP_DB_URL db_user=${HEADSUP_DB_USER:-headsup} db_password=${HEADSUP_DB_PASSWORD:-headsup}
else
  # The H2 file is encrypted (H2AtRest): the run gives the key and the user's password, so the check after it
  # can open the file too.
  db_key=$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')
  profile=(--headsup.db.file-key="$db_key" --spring.datasource.password=soak-db-password)
  db_url="jdbc:h2:file:$workdir/data/headsup;CIPHER=AES" db_user=sa db_password="$db_key soak-db-password"
fi
# Every round fails one sign-in on purpose (and all come from 127.0.0.1): the per-address limit is lifted
# so the run keeps measuring storage instead of the lock-out, which SecurityHttpTest covers; so is the
# number of new sessions one address may start a minute (each round opens several browsers).
(cd "$workdir" && HEADSUP_ADMIN_USERNAME=admin HEADSUP_ADMIN_PASSWORD=soak-admin-password \
  exec "$JAVA_HOME/bin/java" -jar "$OLDPWD/target/headsup.jar" --server.port=$PORT "${profile[@]}" \
    --headsup.login.max-failures-per-address=100000 --headsup.sessions.new-per-address=100000 \
  > "$workdir/app.log" 2>&1) &
app=$!
# With set -e a failing kill (the app already gone) would end the trap early: exit 1, folder left behind.
trap 'kill $app 2>/dev/null || true; wait $app 2>/dev/null || true; rm -rf "$workdir"' EXIT
until curl -s "$BASE/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; do sleep 1; done
echo "soak: $(date -u +%H:%M:%S) app up on $DATABASE, data in $workdir; writing for $MINUTES minutes"

status=0
PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 "$JAVA_HOME/bin/java" -cp "$classpath" app.headsup.bench.SoakRun \
  run "$BASE" "$MINUTES" "$workdir/counts.properties" || status=1
kill $app; wait $app 2>/dev/null || true
"$JAVA_HOME/bin/java" -cp "$classpath" app.headsup.bench.SoakRun \
  verify "$db_url" "$db_user" "$db_password" "$workdir/counts.properties" || status=1
errors=$(grep -c ' ERROR ' "$workdir/app.log" || true)
echo "soak: ERROR lines in the app log: $errors"
grep ' ERROR ' "$workdir/app.log" | head -5 || true
[ "$errors" -eq 0 ] || status=1
echo "soak: $( [ $status -eq 0 ] && echo CLEAN || echo 'NOT CLEAN' ) after $MINUTES minutes on $DATABASE"
exit $status

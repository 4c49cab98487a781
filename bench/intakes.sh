#!/usr/bin/env bash
# Stored-intake timings (issue 5): one page of a client's 10,000 intakes, and signing one intake,
# measured in-process on the service calls. Usage: bench/intakes.sh [h2|postgres]
# postgres uses HEADSUP_TEST_POSTGRES_URL (default jdbc:postgresql://localhost:5432/headsup_test).
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
./mvnw -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
workdir=$(mktemp -d)
trap 'rm -rf "$workdir"' EXIT
case "${1:-h2}" in
  h2) database=(--spring.datasource.url="jdbc:h2:file:$workdir/bench") ;;
  postgres) database=(--spring.profiles.active=postgres
      --spring.datasource.url="${HEADSUP_TEST_POSTGRES_URL:-jdbc:postgresql://localhost:5432/headsup_test}"
      --spring.datasource.username="${HEADSUP_TEST_POSTGRES_USER:-headsup}"
      --spring.datasource.password="${HEADSUP_TEST_POSTGRES_PASSWORD:-headsup}") ;;
  *) echo "usage: bench/intakes.sh [h2|postgres]" >&2; exit 2 ;;
esac
"$JAVA_HOME/bin/java" -Xmx512m -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  app.headsup.intake.IntakeTimings --server.port=0 --logging.level.root=WARN "${database[@]}"

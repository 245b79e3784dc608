#!/usr/bin/env bash
# Runs the kit benchmarks (JMH): one kit, one large-print kit, a 30-participant workshop.
# Usage: invites/bench.sh [JMH options, e.g. -f 1 -wi 2 -i 3]. Results go to docs/benchmarks.md by hand,
# with the machine and its load (`uptime`): other jobs on a shared machine slow the numbers down.
# Builds with the reactor and never installs anything into ~/.m2.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
./mvnw -q -B -pl invites -am -DskipTests test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
cp="invites/target/test-classes:invites/target/classes:$(cat invites/target/bench-classpath.txt)"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
exec "$java" -cp "$cp" org.openjdk.jmh.Main 'org.trasloco.invites.bench.*' "$@"

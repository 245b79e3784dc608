#!/usr/bin/env bash
# Keepsake benchmark of docs/benchmarks.md (issue 18): a generated WhatsApp chat of MESSAGES messages
# (one in a hundred with a photo) imported, written as a web keepsake, and its pages opened RUNS times
# in headless Chromium (fresh profile each run); the browser's own timings and a whole-chat search.
# Needs Debian's chromium (see .ci/run). Builds with the reactor; installs nothing.
# Usage: bench/keepsake.sh [MESSAGES] [RUNS]      (works in $BENCH_DIR or a new folder under /tmp)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
messages="${1:-100000}"
runs="${2:-5}"
cd "$root"
./mvnw -q -B -pl keepsake -am -DskipTests test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
cp="keepsake/target/test-classes:keepsake/target/classes:$(cat keepsake/target/bench-classpath.txt)"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
work="${BENCH_DIR:-$(mktemp -d)}"
echo "## Machine"
echo "- $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -g | awk '/Mem:/ {print $2}') GiB RAM"
echo "- $(java -version 2>&1 | head -1), $(chromium --version 2>/dev/null | tail -1)"
echo "- $(date -u '+%d %B %Y, %H:%M') UTC, load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
"$java" -Xmx1g -Djava.awt.headless=true -Dbasedir="$root/keepsake" -cp "$cp" \
  org.trasloco.keepsake.bench.KeepsakeOpenBenchmark "$messages" "$runs" "$work"
echo
echo "- load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
[ -n "${BENCH_DIR:-}" ] || rm -rf "$work"

#!/usr/bin/env bash
# Archive upload benchmark of docs/benchmarks.md: a generated history of MESSAGES messages uploaded into
# a throw-away local Prosody (SQL storage, SQLite) through server/prosody/mod_archive_import.lua, then
# read back and compared (`trasloco bench archive`). The server is the test harness's own TestProsody
# (xmpp test jar), started with no rate limit; it and its directory are removed at the end.
# Needs prosody, lua-dbi-sqlite3 and openssl (see .ci/run). Builds with the reactor; installs nothing.
# Usage: bench/archive.sh [MESSAGES] [RUNS] [LUA OPTION…]     e.g. bench/archive.sh 100000 3 'archive_import_max_items = 500'
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
messages="${1:-100000}"
runs="${2:-3}"
shift $(( $# > 2 ? 2 : $# ))
cd "$root"

./trasloco --version >/dev/null            # builds the application once if needed
./mvnw -q -B -pl xmpp -am -DskipTests test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
cp="xmpp/target/test-classes:xmpp/target/classes:$(cat xmpp/target/bench-classpath.txt)"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
globals=(--global "archive_import_rate = 0")
for option in "$@"; do globals+=(--global "$option"); done

echo "## Machine"
echo "- $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -g | awk '/Mem:/ {print $2}') GiB RAM"
echo "- $(java -version 2>&1 | head -1), Prosody $(dpkg-query -W -f '${Version}' prosody 2>/dev/null || echo '?'), $(lua5.4 -v 2>&1 | head -1)"
echo "- server options: SQL storage (SQLite), archive_import_rate = 0${*:+, $*}"
echo
for run in $(seq "$runs"); do
  work="$(mktemp -d)"
  mkfifo "$work/in"
  # The harness runs until its standard input closes: file descriptor 3 holds the fifo open.
  "$java" -cp "$cp" org.trasloco.xmpp.testing.ThrowAwayProsody --sql --module archive_import "${globals[@]}" \
    < "$work/in" > "$work/server.txt" 2> "$work/server.err" &
  harness=$!
  exec 3> "$work/in"
  for _ in $(seq 300); do grep -q '^ready$' "$work/server.txt" 2>/dev/null && break; sleep 0.1; done
  if ! grep -q '^ready$' "$work/server.txt"; then
    cat "$work/server.err" >&2; exec 3>&-; wait "$harness" || true; rm -rf "$work"; exit 1
  fi
  get() { sed -n "s/^$1=//p" "$work/server.txt"; }
  echo "### Run $run ($(date -u +%H:%M:%S) UTC, load average before: $(cut -d' ' -f1-3 /proc/loadavg))"
  status=0
  get password | ./trasloco bench archive --jid "$(get jid)" --host "$(get host)" --port "$(get port)" \
    --pin-sha256 "$(get pin)" --password-stdin --messages "$messages" --server-pid "$(get pid)" --lang en || status=$?
  echo "- load average after: $(cut -d' ' -f1-3 /proc/loadavg); archive database: $(du -h "$(get dir)/data/prosody.sqlite" | cut -f1)"
  echo
  exec 3>&-
  wait "$harness" || true
  rm -rf "$work"
  [ "$status" -eq 0 ] || exit "$status"
done

#!/usr/bin/env bash
# Archive upload benchmark of docs/benchmarks.md: a generated history uploaded into a throw-away local
# Prosody through server/prosody/mod_archive_import.lua, then read back and compared (`trasloco bench
# archive`), for each archive size asked for. Each run gets a fresh server: the test harness's own
# TestProsody (xmpp test jar), removed with its directory at the end of the run.
# Needs prosody, lua-dbi-sqlite3 and openssl (see .ci/run). Builds with the reactor; installs nothing.
#
# Usage: bench/archive.sh [--storage internal|sql] [--sizes N,N,…] [--runs N] [--chats N] [--rate N]
#                         [--results FILE] [--global 'LUA LINE']…
#   --storage  Prosody's storage: internal (its files, Prosody's default) or sql (SQLite). Default internal.
#   --sizes    archive sizes (messages), comma-separated. Default 40000.
#   --runs     runs per size. Default 1.
#   --chats    direct chats the history is spread over. Default 1.
#   --rate     the module's archive_import_rate (messages/s per user; 0: no limit, the module's
#              default is 1000). Default 0.
#   --results  append one tab-separated line per run to FILE (for bench/archive-chart.py).
#   --global   another line for the server's global section, e.g. 'network_default_read_size = 65536'.
# The server runs with Prosody's defaults except what server/prosody/README.md asks operators to set
# (archive_expires_after = "never", storage_archive_item_limit large enough) and the rate above;
# max_archive_query_results is put back to Prosody's default of 50 (the test harness raises it).
# e.g. bench/archive.sh --storage sql --sizes 1000,3000,10000,40000,100000 --results /tmp/sql.tsv
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
storage=internal
sizes=40000
runs=1
chats=1
rate=0
results=""
extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --storage) storage="$2"; shift 2 ;;
    --sizes) sizes="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --chats) chats="$2"; shift 2 ;;
    --rate) rate="$2"; shift 2 ;;
    --results) results="$(realpath -m "$2")"; shift 2 ;;
    --global) extra+=("$2"); shift 2 ;;
    *) echo "unknown option: $1 (see the comment at the top of $0)" >&2; exit 2 ;;
  esac
done
case "$storage" in
  internal) storage_flag=() ;;
  sql) storage_flag=(--sql) ;;
  *) echo "--storage is internal or sql, not $storage" >&2; exit 2 ;;
esac
cd "$root"

./trasloco --version >/dev/null            # builds the application once if needed
export TRASLOCO_SKIP_BUILD=1               # and not again between runs (sources edited meanwhile)
./mvnw -q -B -pl xmpp -am -DskipTests test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
cp="xmpp/target/test-classes:xmpp/target/classes:$(cat xmpp/target/bench-classpath.txt)"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
globals=(--global "archive_import_rate = $rate" --global "max_archive_query_results = 50")
for option in "${extra[@]}"; do globals+=(--global "$option"); done

echo "## Machine"
echo "- $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -g | awk '/Mem:/ {print $2}') GiB RAM"
echo "- $(java -version 2>&1 | head -1), Prosody $(dpkg-query -W -f '${Version}' prosody 2>/dev/null || echo '?'), $(lua5.4 -v 2>&1 | head -1)"
echo "- server: $storage storage, archive_import_rate = $rate, max_archive_query_results = 50${extra[*]:+, ${extra[*]}}"
echo
for messages in ${sizes//,/ }; do
  for run in $(seq "$runs"); do
    work="$(mktemp -d)"
    mkfifo "$work/in"
    # The harness runs until its standard input closes: file descriptor 3 holds the fifo open.
    "$java" -cp "$cp" org.trasloco.xmpp.testing.ThrowAwayProsody "${storage_flag[@]}" --module archive_import \
      "${globals[@]}" < "$work/in" > "$work/server.txt" 2> "$work/server.err" &
    harness=$!
    exec 3> "$work/in"
    for _ in $(seq 300); do grep -q '^ready$' "$work/server.txt" 2>/dev/null && break; sleep 0.1; done
    if ! grep -q '^ready$' "$work/server.txt"; then
      cat "$work/server.err" >&2; exec 3>&-; wait "$harness" || true; rm -rf "$work"; exit 1
    fi
    get() { sed -n "s/^$1=//p" "$work/server.txt"; }
    echo "### $messages messages, $chats chats, run $run ($(date -u +%H:%M:%S) UTC, load average before: $(cut -d' ' -f1-3 /proc/loadavg))"
    status=0
    get password | ./trasloco bench archive --jid "$(get jid)" --host "$(get host)" --port "$(get port)" \
      --pin-sha256 "$(get pin)" --password-stdin --messages "$messages" --chats "$chats" --server-pid "$(get pid)" \
      ${results:+--results "$results"} --lang en || status=$?
    data="$(get dir)/data"
    echo "- load average after: $(cut -d' ' -f1-3 /proc/loadavg); archive on disk: $(du -sh "$data" | cut -f1)"
    echo
    exec 3>&-
    wait "$harness" || true
    rm -rf "$work"
    [ "$status" -eq 0 ] || exit "$status"
  done
done

#!/usr/bin/env bash
# Benchmarks of the Telegram Desktop readers (results go into docs/benchmarks.md).
#
#  1. A synthetic full-account result.json of MESSAGES messages (default 1,000,000, about 1 GB):
#     `trasloco inspect --ndjson > /dev/null` with a 128 MB heap (MB/s), then `trasloco import` into
#     a new workspace (messages/s), as whole processes and, with `trasloco bench import`, RUNS imports
#     in one JVM (the throughput once the code is compiled).
#  2. One HTML chat of 1000-message pages, imported at PAGES_LIST pages (default 100 250 500 1000):
#     the time per page should stay flat (linear time).
#
# Each measurement runs RUNS times (default 3); every run and the best are printed, with the load
# average, because the machine is shared. Times are wall-clock times of the whole command, JVM start
# included. Generated files go under $BENCH_DIR (default /tmp/trasloco-bench-telegram), never into the
# repository.
# Usage: bench/telegram.sh [json|html|all]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="${BENCH_DIR:-/tmp/trasloco-bench-telegram}"
messages="${MESSAGES:-1000000}"
pages_list="${PAGES_LIST:-100 250 500 1000}"
runs="${RUNS:-3}"
heap="${HEAP:--Xmx128m}"
what="${1:-all}"
trasloco="$here/trasloco"
mkdir -p "$dir"

# Runs a command RUNS times; prints each wall time and sets $best to the shortest (seconds).
timed() {
  best=""
  for run in $(seq "$runs"); do
    local load start end took
    load=$(cut -d' ' -f1 /proc/loadavg)
    start=$(date +%s.%N)
    "$@"
    end=$(date +%s.%N)
    took=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }')
    echo "  run $run: ${took}s (load $load)"
    if [ -z "$best" ] || awk -v a="$took" -v b="$best" 'BEGIN { exit !(a < b) }'; then
      best=$took
    fi
  done
}

echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo), $(java -version 2>&1 | head -1)"
"$trasloco" --version > /dev/null

if [ "$what" = json ] || [ "$what" = all ]; then
  json="$dir/json"
  if [ ! -f "$json/result.json" ] || [ "$(cat "$json/.messages" 2>/dev/null)" != "$messages" ]; then
    rm -rf "$json"
    "$trasloco" bench generate-telegram-json -o "$json" --messages "$messages" --chats 100
    echo "$messages" > "$json/.messages"
  fi
  bytes=$(stat -c %s "$json/result.json")
  inspect_once() {
    env JAVA_OPTS="$heap" "$trasloco" inspect "$json" --ndjson --zone Europe/Rome > /dev/null 2> "$dir/inspect.err"
  }
  echo "json inspect --ndjson ($heap), $bytes bytes, $messages messages:"
  timed inspect_once
  echo "  best: $(awk -v b="$bytes" -v t="$best" 'BEGIN { printf "%.1f", b / 1e6 / t }') MB/s"

  import_once() {
    rm -f "$dir/bench.trasloco"
    env JAVA_OPTS="$heap" "$trasloco" import "$json" --workspace "$dir/bench.trasloco" --zone Europe/Rome \
      > /dev/null 2> "$dir/import.err"
  }
  echo "json import ($heap), $messages messages:"
  timed import_once
  echo "  best: $(awk -v m="$messages" -v t="$best" 'BEGIN { printf "%.0f", m / t }') messages/s"
  echo "json import in one JVM ($heap, trasloco bench import: the first run includes the JVM's warm-up):"
  env JAVA_OPTS="$heap" "$trasloco" bench import "$json" --runs "$runs" --lang en | sed 's/^/  /'
fi

if [ "$what" = html ] || [ "$what" = all ]; then
  for pages in $pages_list; do
    html="$dir/html-$pages"
    if [ ! -f "$html/messages.html" ]; then
      "$trasloco" bench generate-telegram-html -o "$html" --pages "$pages" > /dev/null
    fi
    import_html() {
      rm -f "$dir/html.trasloco"
      env JAVA_OPTS="$heap" "$trasloco" import "$html" --workspace "$dir/html.trasloco" --zone Europe/Rome \
        > /dev/null 2> "$dir/html.err"
    }
    echo "html import ($heap), $pages pages of 1000 messages:"
    timed import_html
    echo "  best: $(awk -v t="$best" -v p="$pages" 'BEGIN { printf "%.1f", t * 1000 / p }') ms/page"
  done
fi

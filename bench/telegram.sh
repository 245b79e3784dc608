#!/usr/bin/env bash
# Benchmarks of the Telegram Desktop readers (results go into docs/benchmarks.md).
#
#  1. A synthetic full-account result.json of MESSAGES messages (default 1,000,000, about 1 GB):
#     `trasloco inspect --ndjson > /dev/null` with a 128 MB heap (MB/s), then `trasloco import`
#     into a new workspace (messages/s).
#  2. One HTML chat of 1000-message pages, imported at PAGES_LIST pages (default 100 250 500 1000):
#     time per page should stay flat (linear time).
#
# Generated files go under $BENCH_DIR (default /tmp/trasloco-bench-telegram), never into the repository.
# Usage: bench/telegram.sh [json|html|all]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="${BENCH_DIR:-/tmp/trasloco-bench-telegram}"
messages="${MESSAGES:-1000000}"
pages_list="${PAGES_LIST:-100 250 500 1000}"
heap="${HEAP:--Xmx128m}"
what="${1:-all}"
trasloco="$here/trasloco"
mkdir -p "$dir"

seconds() { date +%s.%N; }
rate() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", a / b }'; }

echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo), $(java -version 2>&1 | head -1)"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"

if [ "$what" = json ] || [ "$what" = all ]; then
  json="$dir/json"
  if [ ! -f "$json/result.json" ] || [ "$(cat "$json/.messages" 2>/dev/null)" != "$messages" ]; then
    rm -rf "$json"
    "$trasloco" bench generate-telegram-json -o "$json" --messages "$messages" --chats 100
    echo "$messages" > "$json/.messages"
  fi
  bytes=$(stat -c %s "$json/result.json")
  start=$(seconds)
  JAVA_OPTS="$heap" "$trasloco" inspect "$json" --ndjson --zone Europe/Rome > /dev/null 2> "$dir/inspect.err"
  end=$(seconds)
  took=$(awk -v a="$start" -v b="$end" 'BEGIN { print b - a }')
  echo "json inspect --ndjson ($heap): $bytes bytes, $messages messages in ${took}s = $(rate "$((bytes / 1000000))" "$took") MB/s"

  rm -f "$dir/bench.trasloco"
  start=$(seconds)
  JAVA_OPTS="$heap" "$trasloco" import "$json" --workspace "$dir/bench.trasloco" --zone Europe/Rome > /dev/null 2> "$dir/import.err"
  end=$(seconds)
  took=$(awk -v a="$start" -v b="$end" 'BEGIN { print b - a }')
  echo "json import ($heap): $messages messages in ${took}s = $(rate "$messages" "$took") messages/s"
fi

if [ "$what" = html ] || [ "$what" = all ]; then
  for pages in $pages_list; do
    html="$dir/html-$pages"
    if [ ! -f "$html/messages.html" ]; then
      "$trasloco" bench generate-telegram-html -o "$html" --pages "$pages" > /dev/null
    fi
    rm -f "$dir/html.trasloco"
    start=$(seconds)
    JAVA_OPTS="$heap" "$trasloco" import "$html" --workspace "$dir/html.trasloco" --zone Europe/Rome > /dev/null 2> "$dir/html.err"
    end=$(seconds)
    took=$(awk -v a="$start" -v b="$end" 'BEGIN { print b - a }')
    echo "html import ($heap): $pages pages in ${took}s = $(awk -v t="$took" -v p="$pages" 'BEGIN { printf "%.1f", t * 1000 / p }') ms/page"
  done
fi
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"

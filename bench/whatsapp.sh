#!/usr/bin/env bash
# WhatsApp benchmark of docs/benchmarks.md: the same generated 1,000,000-message Android export read by
# `trasloco inspect --ndjson > /dev/null` and by node + the npm whatsapp-chat-parser 4.0.2, whole
# processes, interleaved, in one run; then the same parse under -Xmx64m and the import throughput.
# Usage: bench/whatsapp.sh [MESSAGES] [RUNS]     (needs node and npm; writes into $BENCH_DIR or /tmp)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
messages="${1:-1000000}"
runs="${2:-3}"
work="${BENCH_DIR:-/tmp/trasloco-bench}"
mkdir -p "$work"
export="$work/WhatsApp Chat with Bench Group.txt"
trasloco="$here/trasloco"

"$trasloco" --version >/dev/null            # builds once if needed
if [ ! -f "$export" ] || [ "$(cat "$work/.messages" 2>/dev/null)" != "$messages" ]; then
  "$trasloco" bench generate-whatsapp --messages "$messages" -o "$export" >&2
  echo "$messages" > "$work/.messages"
fi
if [ ! -f "$work/npm/node_modules/whatsapp-chat-parser/package.json" ]; then
  npm install --no-audit --no-fund --silent --prefix "$work/npm" whatsapp-chat-parser@4.0.2 >&2
fi
cat > "$work/npm/parse.cjs" <<'JS'
const { parseString } = require('whatsapp-chat-parser');
const messages = parseString(require('fs').readFileSync(process.argv[2], 'utf8'), { parseAttachments: true });
console.log(messages.length);
JS

measure() {  # label, command…: prints "label wall_s peak_kb"
  local label="$1"; shift
  /usr/bin/time -o "$work/time.txt" -f "%e %M" "$@" >/dev/null 2>/dev/null
  echo "$label $(tail -1 "$work/time.txt")"
}

echo "## Machine"
echo "- $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -g | awk '/Mem:/ {print $2}') GiB RAM"
echo "- $(java -version 2>&1 | head -1), node $(node --version)"
echo "- load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "- export: $messages messages, $(stat -c %s "$export") bytes"
echo
results="$work/results.txt"; : > "$results"
for i in $(seq "$runs"); do
  (cd "$work/npm" && measure node node parse.cjs "$export") >> "$results"
  measure trasloco "$trasloco" inspect --ndjson "$export" >> "$results"
done
JAVA_OPTS=-Xmx64m measure trasloco-64m "$trasloco" inspect --ndjson "$export" >> "$results"
lines=$(JAVA_OPTS=-Xmx64m "$trasloco" inspect --ndjson "$export" | wc -l)

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
node_wall=$(awk '$1=="node" {print $2}' "$results" | median)
node_rss=$(awk '$1=="node" {print $3}' "$results" | sort -n | tail -1)
tr_wall=$(awk '$1=="trasloco" {print $2}' "$results" | median)
tr_rss=$(awk '$1=="trasloco" {print $3}' "$results" | sort -n | tail -1)
echo "## Parse: whole process, median of $runs, peak memory the highest"
echo "| | wall time | peak memory (RSS) |"
echo "|---|---|---|"
echo "| node + whatsapp-chat-parser 4.0.2 | ${node_wall} s | $((node_rss / 1024)) MB |"
echo "| trasloco inspect --ndjson > /dev/null | ${tr_wall} s | $((tr_rss / 1024)) MB |"
awk '$1=="trasloco-64m" {printf "| same with JAVA_OPTS=-Xmx64m | %s s | %d MB |\n", $2, $3/1024}' "$results"
echo
awk -v n="$node_wall" -v t="$tr_wall" -v nr="$node_rss" -v tr="$tr_rss" 'BEGIN {
  printf "Time: trasloco / node = %.2f (target <= 0.33). Memory: trasloco / node = %.2f (target <= 0.25).\n", t / n, tr / nr }'
echo "With -Xmx64m: $lines messages written (expected $messages)."
echo
echo "## Import into a new workspace (in-process, JVM start in the first run)"
"$trasloco" bench import "$export" --runs "$runs" --lang en
rm -f "$work/import.trasloco"
start=$(date +%s.%N); "$trasloco" import "$export" --workspace "$work/import.trasloco" --lang en >/dev/null; end=$(date +%s.%N)
awk -v s="$start" -v e="$end" -v m="$messages" 'BEGIN { printf "Whole process: %.2f s, %d messages/s.\n", e - s, m / (e - s) }'
rm -f "$work/import.trasloco"
echo "- load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

#!/usr/bin/env bash
# People benchmark of docs/benchmarks.md: a generated phone book of 5,000 vCards mapped onto a generated
# history of 1,000 people, in-process (several runs, fresh workspace each) and as whole processes
# (`trasloco people --vcard`, JVM start included).
# Usage: bench/people.sh [CONTACTS] [PARTICIPANTS] [RUNS]     (writes into $BENCH_DIR or /tmp)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
contacts="${1:-5000}"
participants="${2:-1000}"
runs="${3:-5}"
work="${BENCH_DIR:-/tmp/trasloco-bench-people}"
trasloco="$here/trasloco"
mkdir -p "$work"

"$trasloco" --version >/dev/null            # builds once if needed
echo "## Machine"
echo "- $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -g | awk '/Mem:/ {print $2}') GiB RAM"
echo "- $(java -version 2>&1 | head -1)"
echo "- load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "## In-process: $contacts vCards onto $participants people, $runs runs"
"$trasloco" bench people --contacts "$contacts" --participants "$participants" --runs "$runs" --lang en
echo
echo "## Whole process: trasloco people --workspace W --vcard contacts.vcf --json > /dev/null"
"$trasloco" bench people --contacts "$contacts" --participants "$participants" --generate "$work" --lang en >/dev/null
for i in $(seq "$runs"); do
  cp "$work/history.trasloco" "$work/run.trasloco"
  /usr/bin/time -o "$work/time.txt" -f "%e %U %S %M" "$trasloco" people --workspace "$work/run.trasloco" \
    --vcard "$work/contacts.vcf" --region IT --json >/dev/null 2>/dev/null
  echo "run $i: $(awk '{printf "%s s (CPU %.2f s on all threads), peak %d MB", $1, $2 + $3, $4 / 1024}' "$work/time.txt")"
done
rm -f "$work/run.trasloco"
/usr/bin/time -o "$work/time.txt" -f "%e %U %S" "$trasloco" --version >/dev/null 2>&1
echo "for comparison, trasloco --version (JVM start, nothing else): $(awk '{printf "%s s (CPU %.2f s)", $1, $2 + $3}' "$work/time.txt")"
echo "- load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

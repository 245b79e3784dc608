#!/usr/bin/env bash
# Wizard start-up benchmark of docs/benchmarks.md: time from running ./trasloco to the window's first
# frame, on a real (virtual) X display, built and with a warm disk; median of RUNS.
# Needs xvfb-run and GTK 3 (Debian: apt-get install -y xvfb libgtk-3-0).
# Usage: bench/wizard.sh [RUNS]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-5}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$here/trasloco" --version >/dev/null   # build once if needed, warm the disk cache
# One run first, not counted: it records the wizard's class-data sharing archive.
HOME="$work/home" JAVA_OPTS="-Dtrasloco.firstFrameReport=$work/warm-up.txt" \
  xvfb-run -a -s "-screen 0 1280x900x24" "$here/trasloco" >/dev/null 2>&1 || true
results=()
for i in $(seq "$runs"); do
  HOME="$work/home" JAVA_OPTS="-Dtrasloco.firstFrameReport=$work/frame-$i.txt" \
    xvfb-run -a -s "-screen 0 1280x900x24" "$here/trasloco" >/dev/null 2>&1 || true
  results+=("$(cat "$work/frame-$i.txt")")
done
printf '%s\n' "${results[@]}" | sort -n > "$work/sorted.txt"
echo "First frame after ./trasloco, $runs runs (ms): $(paste -sd' ' "$work/sorted.txt")"
echo "Median: $(awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}' "$work/sorted.txt") ms; load average $(cut -d' ' -f1-3 /proc/loadavg)"

# Scrolling the review table through 2,000 conversations and the people table through 10,001 people
# (2,000 groups of 5 friends each, plus you), normal and large text.
for table in review people; do
  for flag in "" "--large"; do
    echo "$table table $flag:"
    HOME="$work/home" xvfb-run -a -s "-screen 0 1280x900x24" "$here/trasloco" bench wizard-tables \
      --table "$table" --conversations 2000 --people-per-chat 5 $flag --lang en 2>/dev/null
  done
done

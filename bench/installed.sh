#!/usr/bin/env bash
# Installed-package benchmark of docs/benchmarks.md: the sizes of the app image and the .deb, and the
# time from starting the installed launcher (/usr/bin/trasloco, the package's own runtime) to the
# wizard's first frame, on a virtual X display with a warm disk; median of RUNS. ./trasloco is
# measured in the same session, its runs alternating with the installed ones, so both see the same
# machine load.
# Needs the package installed (apt-get install ./app/target/dist/trasloco_*.deb) and xvfb-run.
# Usage: bench/installed.sh [RUNS]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-5}"
[ -x /usr/bin/trasloco ] || { echo "install the package first: apt-get install ./app/target/dist/trasloco_*.deb" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "App image app/target/dist/trasloco: $(du -sh --apparent-size "$here/app/target/dist/trasloco" 2>/dev/null | cut -f1)"
for deb in "$here"/app/target/dist/trasloco_*.deb; do
  [ -f "$deb" ] && echo "$(basename "$deb"): $(du -h --apparent-size "$deb" | cut -f1) ($(stat -c %s "$deb") bytes)"
done
echo "Installed: $(du -sh /opt/trasloco | cut -f1) in /opt/trasloco"

"$here/trasloco" --version >/dev/null   # build once if needed, warm the disk cache
installed() {   # the package's launcher reads JVM options from JAVA_TOOL_OPTIONS only
  HOME="$work/home" JAVA_TOOL_OPTIONS="-Dtrasloco.firstFrameReport=$1" \
    xvfb-run -a -s "-screen 0 1280x900x24" /usr/bin/trasloco >/dev/null 2>&1 || true
}
source_tree() {
  HOME="$work/home" JAVA_OPTS="-Dtrasloco.firstFrameReport=$1" \
    xvfb-run -a -s "-screen 0 1280x900x24" "$here/trasloco" >/dev/null 2>&1 || true
}
# One run of each first, not counted (./trasloco records its class-data sharing archive then).
installed "$work/warm-installed.txt"
source_tree "$work/warm-source.txt"
for i in $(seq "$runs"); do
  installed "$work/installed-$i.txt"
  source_tree "$work/source-$i.txt"
done
for kind in installed source; do
  for file in "$work/$kind"-*.txt; do echo "$(cat "$file")"; done | sort -n > "$work/$kind.sorted"
  echo "First frame, $kind, $runs runs (ms): $(paste -sd' ' "$work/$kind.sorted");" \
    "median $(awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}' "$work/$kind.sorted") ms"
done
echo "Load average $(cut -d' ' -f1-3 /proc/loadavg)"

#!/usr/bin/env bash
# Archive upload benchmark of docs/benchmarks.md: a generated history of MESSAGES messages uploaded into
# a throw-away local server, then read back and compared.
#
# Prosody (default): SQL storage (SQLite), server/prosody/mod_archive_import.lua, archive_import_rate = 0;
#   `trasloco bench archive` generates the history, uploads it through the module and reads it back.
#   OPTION…: Lua lines for the global section.
# ejabberd (--ejabberd, --ejabberd-sql): Debian's ejabberd 23.01 as the test harness's TestEjabberd
#   starts it (Debian's settings, its 3,000 bytes/s c2s shaper unless --no-shaper), mnesia or SQLite
#   storage for mod_mam, server/ejabberd/'s mod_archive_import built and loaded (rate: 0).
#   OPTION…: the module's options, 'KEY: VALUE'.
# --notes: no module; a generated WhatsApp export (`trasloco bench generate-whatsapp`) is imported into
#   a workspace and sent as notes to oneself by `trasloco upload --path notes`, which reports the rate
#   it measured while sending and then reads the archive back.
#
# The server is the test harness's own (xmpp test jar); it and its directory are removed at the end.
# Needs prosody and lua-dbi-sqlite3, or ejabberd and erlang-p1-sqlite3, and openssl (see .ci/run).
# Builds with the reactor; installs nothing.
# Usage: bench/archive.sh [--ejabberd|--ejabberd-sql] [--no-shaper] [--notes] [MESSAGES] [RUNS] [OPTION…]
#   e.g. bench/archive.sh 100000 3 'archive_import_max_items = 500'
#        bench/archive.sh --ejabberd-sql --no-shaper 10000 3
#        bench/archive.sh --ejabberd --notes 300 1
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
server=prosody
storage=sql
shaper=debian
path=import
while [ $# -gt 0 ]; do
  case "$1" in
    --ejabberd) server=ejabberd; storage=mnesia ;;
    --ejabberd-sql) server=ejabberd; storage=sql ;;
    --no-shaper) shaper=none ;;
    --notes) path=notes ;;
    --*) echo "bench/archive.sh: unknown option $1" >&2; exit 2 ;;
    *) break ;;
  esac
  shift
done
messages="${1:-100000}"
runs="${2:-3}"
shift $(( $# > 2 ? 2 : $# ))
cd "$root"

./trasloco --version >/dev/null            # builds the application once if needed
./mvnw -q -B -pl xmpp -am -DskipTests test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
cp="xmpp/target/test-classes:xmpp/target/classes:$(cat xmpp/target/bench-classpath.txt)"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"

harness=()
if [ "$server" = prosody ]; then
  harness=(org.trasloco.xmpp.testing.ThrowAwayProsody --sql)
  if [ "$path" = import ]; then
    harness+=(--module archive_import --global "archive_import_rate = 0")
  fi
  for option in "$@"; do harness+=(--global "$option"); done
  described="Prosody $(dpkg-query -W -f '${Version}' prosody 2>/dev/null || echo '?'), $(lua5.4 -v 2>&1 | head -1)"
  options="SQL storage (SQLite)${*:+, $*}"
  [ "$path" = import ] && options="$options, archive_import_rate = 0"
else
  harness=(org.trasloco.xmpp.testing.ThrowAwayEjabberd)
  [ "$storage" = sql ] && harness+=(--sql)
  [ "$shaper" = none ] && harness+=(--no-shaper)
  if [ "$path" = import ]; then
    harness+=(--import --module-option "rate: 0")
    for option in "$@"; do harness+=(--module-option "$option"); done
  fi
  described="ejabberd $(dpkg-query -W -f '${Version}' ejabberd 2>/dev/null || echo '?'), Erlang/OTP $(erl -noshell -eval 'io:format("~s", [erlang:system_info(otp_release)]), halt().' 2>/dev/null || echo '?')"
  options="mod_mam on $storage, c2s shaper: $([ "$shaper" = none ] && echo none || echo "Debian's (3,000 bytes/s after 20,000)")"
  [ "$path" = import ] && options="$options, mod_archive_import rate: 0${*:+, $*}"
fi

echo "## Machine"
echo "- $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -g | awk '/Mem:/ {print $2}') GiB RAM"
echo "- $(java -version 2>&1 | head -1), $described"
echo "- path: $path; server options: $options"
echo
for run in $(seq "$runs"); do
  work="$(mktemp -d)"
  mkfifo "$work/in"
  # The harness runs until its standard input closes: file descriptor 3 holds the fifo open.
  "$java" -cp "$cp" "${harness[@]}" < "$work/in" > "$work/server.txt" 2> "$work/server.err" &
  pid=$!
  exec 3> "$work/in"
  for _ in $(seq 600); do grep -q '^ready$' "$work/server.txt" 2>/dev/null && break; sleep 0.1; done
  if ! grep -q '^ready$' "$work/server.txt"; then
    cat "$work/server.err" >&2; exec 3>&-; wait "$pid" || true; rm -rf "$work"; exit 1
  fi
  get() { sed -n "s/^$1=//p" "$work/server.txt"; }
  connect=(--jid "$(get jid)" --host "$(get host)" --port "$(get port)" --pin-sha256 "$(get pin)" --password-stdin)
  echo "### Run $run ($(date -u +%H:%M:%S) UTC, load average before: $(cut -d' ' -f1-3 /proc/loadavg))"
  status=0
  if [ "$path" = import ]; then
    get password | ./trasloco bench archive "${connect[@]}" --messages "$messages" --server-pid "$(get pid)" \
      --lang en || status=$?
  else
    ./trasloco bench generate-whatsapp --messages "$messages" -o "$work/chat.txt" > /dev/null
    ./trasloco import --workspace "$work/w.trasloco" --lang en --zone UTC --date-order dmy "$work/chat.txt" > /dev/null
    start=$(date +%s.%N)
    get password | ./trasloco upload --workspace "$work/w.trasloco" "${connect[@]}" --path notes --me Luca \
      --zone UTC --lang en > "$work/upload.txt" 2>&1 || status=$?
    finished=$(date +%s.%N)
    # The upload's own lines: messages added (with the rate it measured while sending), the read-back.
    grep -E 'added to your archive|Read back|confirmed on the server' "$work/upload.txt" || tail -n 5 "$work/upload.txt"
    awk -v a="$start" -v b="$finished" 'BEGIN { printf "Wall time of trasloco upload (start, upload, read-back): %.1f s\n", b - a }'
  fi
  if [ "$server" = prosody ]; then
    echo "- load average after: $(cut -d' ' -f1-3 /proc/loadavg); archive database: $(du -h "$(get dir)/data/prosody.sqlite" 2>/dev/null | cut -f1)"
  else
    echo "- load average after: $(cut -d' ' -f1-3 /proc/loadavg); server directory: $(du -sh "$(get dir)" 2>/dev/null | cut -f1)"
  fi
  echo
  exec 3>&-
  wait "$pid" || true
  rm -rf "$work"
  [ "$status" -eq 0 ] || exit "$status"
done

#!/usr/bin/env bash
# Archive upload benchmark of docs/benchmarks.md: a generated history uploaded into a throw-away local
# server, then read back and compared, for each archive size asked for. Each run gets a fresh server:
# the test harness's own (xmpp test jar), removed with its directory at the end of the run.
#
# Server (default Prosody):
#   --storage internal|sql   Prosody's storage: internal (its files, Prosody's default) or sql (SQLite).
#                            Default internal. server/prosody/mod_archive_import.lua is loaded.
#   --ejabberd               Debian's ejabberd 23.01 as TestEjabberd starts it, mod_mam on mnesia, with
#                            server/ejabberd/'s mod_archive_import built and loaded.
#   --ejabberd-sql           the same with mod_mam on SQLite.
#   --no-shaper              ejabberd without Debian's 3,000 bytes/s c2s shaper.
# What is sent:
#   --notes                  no module: a generated WhatsApp export is imported and sent as notes to
#                            oneself by `trasloco upload --path notes` (its own rate line and read-back).
#   --sizes N,N,…            archive sizes in messages. Default 40000.
#   --runs N                 runs per size. Default 1.
#   --chats N                direct chats the history is spread over. Default 1.
#   --rate N                 the module's rate limit (messages/s per user; 0: none). Default 0.
#   --results FILE           append one tab-separated line per run to FILE (for bench/archive-chart.py).
#   --global 'LINE'          another line for Prosody's global section, or 'KEY: VALUE' for ejabberd's
#                            module options; may be repeated.
# Prosody runs with its defaults except what server/prosody/README.md asks operators to set
# (archive_expires_after = "never", storage_archive_item_limit large enough) and the rate above;
# max_archive_query_results is put back to Prosody's default of 50 (the test harness raises it).
# Needs prosody and lua-dbi-sqlite3, or ejabberd and erlang-p1-sqlite3, and openssl (see .ci/run).
# Builds with the reactor; installs nothing.
# e.g. bench/archive.sh --storage sql --sizes 1000,3000,10000,40000,100000 --results /tmp/sql.tsv
#      bench/archive.sh --ejabberd-sql --no-shaper --sizes 10000 --runs 3
#      bench/archive.sh --ejabberd --notes --sizes 300
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
server=prosody
storage=internal
shaper=debian
path=import
sizes=40000
runs=1
chats=1
rate=0
results=""
extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --storage) storage="$2"; shift 2 ;;
    --ejabberd) server=ejabberd; storage=mnesia; shift ;;
    --ejabberd-sql) server=ejabberd; storage=sql; shift ;;
    --no-shaper) shaper=none; shift ;;
    --notes) path=notes; shift ;;
    --sizes) sizes="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --chats) chats="$2"; shift 2 ;;
    --rate) rate="$2"; shift 2 ;;
    --results) results="$(realpath -m "$2")"; shift 2 ;;
    --global) extra+=("$2"); shift 2 ;;
    *) echo "unknown option: $1 (see the comment at the top of $0)" >&2; exit 2 ;;
  esac
done
cd "$root"

./trasloco --version >/dev/null            # builds the application once if needed
export TRASLOCO_SKIP_BUILD=1               # and not again between runs (sources edited meanwhile)
./mvnw -q -B -pl xmpp -am -DskipTests test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
cp="xmpp/target/test-classes:xmpp/target/classes:$(cat xmpp/target/bench-classpath.txt)"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"

if [ "$server" = prosody ]; then
  case "$storage" in
    internal) harness=(org.trasloco.xmpp.testing.ThrowAwayProsody) ;;
    sql) harness=(org.trasloco.xmpp.testing.ThrowAwayProsody --sql) ;;
    *) echo "--storage is internal or sql, not $storage" >&2; exit 2 ;;
  esac
  [ "$path" = import ] && harness+=(--module archive_import --global "archive_import_rate = $rate")
  harness+=(--global "max_archive_query_results = 50")
  for option in "${extra[@]}"; do harness+=(--global "$option"); done
  described="Prosody $(dpkg-query -W -f '${Version}' prosody 2>/dev/null || echo '?'), $(lua5.4 -v 2>&1 | head -1)"
  options="$storage storage, max_archive_query_results = 50"
  [ "$path" = import ] && options="$options, archive_import_rate = $rate"
else
  harness=(org.trasloco.xmpp.testing.ThrowAwayEjabberd)
  [ "$storage" = sql ] && harness+=(--sql)
  [ "$shaper" = none ] && harness+=(--no-shaper)
  if [ "$path" = import ]; then
    harness+=(--import --module-option "rate: $rate")
    for option in "${extra[@]}"; do harness+=(--module-option "$option"); done
  fi
  described="ejabberd $(dpkg-query -W -f '${Version}' ejabberd 2>/dev/null || echo '?'), Erlang/OTP $(erl -noshell -eval 'io:format("~s", [erlang:system_info(otp_release)]), halt().' 2>/dev/null || echo '?')"
  options="mod_mam on $storage, c2s shaper: $([ "$shaper" = none ] && echo none || echo "Debian's (3,000 bytes/s after 20,000)")"
  [ "$path" = import ] && options="$options, mod_archive_import rate: $rate"
fi

echo "## Machine"
echo "- $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -g | awk '/Mem:/ {print $2}') GiB RAM"
echo "- $(java -version 2>&1 | head -1), $described"
echo "- path: $path; server: $options${extra[*]:+, ${extra[*]}}"
echo
for messages in ${sizes//,/ }; do
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
    echo "### $messages messages, $chats chats, run $run ($(date -u +%H:%M:%S) UTC, load average before: $(cut -d' ' -f1-3 /proc/loadavg))"
    status=0
    if [ "$path" = import ]; then
      get password | ./trasloco bench archive "${connect[@]}" --messages "$messages" --chats "$chats" \
        --server-pid "$(get pid)" ${results:+--results "$results"} --lang en || status=$?
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
    echo "- load average after: $(cut -d' ' -f1-3 /proc/loadavg); server directory: $(du -sh "$(get dir)" 2>/dev/null | cut -f1)"
    echo
    exec 3>&-
    wait "$pid" || true
    rm -rf "$work"
    [ "$status" -eq 0 ] || exit "$status"
  done
done

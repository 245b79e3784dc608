#!/usr/bin/env bash
# A group's history into its group chat (issue 14): a generated WhatsApp group of three people with
# MESSAGES messages, imported, then `trasloco upload --groups rooms` into a throw-away Prosody 0.12
# with the group-chat service and the archive-import module on it (internal storage, or SQL with --sql),
# or into Debian's ejabberd 23.01 with the module and mod_muc (--ejabberd: mnesia, --ejabberd-sql:
# SQLite; both without Debian's 3,000 bytes/s connection shaper, which alone would take hours).
# Prints the upload's own lines for the room (messages added and their rate, the read-back) and the
# wall time of the whole command.
# Usage: bench/group.sh [--sql|--ejabberd|--ejabberd-sql] [MESSAGES]   (default 50000)
set -euo pipefail
cd "$(dirname "$0")/.."
server=prosody; storage=internal
case "${1:-}" in
  --sql) storage=sql; shift ;;
  --ejabberd) server=ejabberd; storage=mnesia; shift ;;
  --ejabberd-sql) server=ejabberd; storage=sql; shift ;;
esac
messages="${1:-50000}"

./trasloco --version >/dev/null            # builds the application once if needed
export TRASLOCO_SKIP_BUILD=1
./mvnw -q -B -pl xmpp -am -DskipTests test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
cp="xmpp/target/test-classes:xmpp/target/classes:$(cat xmpp/target/bench-classpath.txt)"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# Three people, one message every 7 minutes from 14 March 2016, day first.
awk -v n="$messages" 'BEGIN {
  split("Luca Nonna_Rosa Sam", who, " "); t = mktime("2016 03 14 09 00 00");
  for (i = 0; i < n; i++) {
    name = who[i % 3 + 1]; gsub("_", " ", name);
    printf "%s - %s: message %d in the family group\n", strftime("%d/%m/%Y, %H:%M", t + i * 420, 1), name, i + 1;
  } }' > "$work/WhatsApp Chat with Famiglia.txt"
./trasloco import --workspace "$work/w.trasloco" --lang en --zone UTC --date-order dmy \
  "$work/WhatsApp Chat with Famiglia.txt" > /dev/null

mkfifo "$work/in"
case "$server/$storage" in
  prosody/internal) harness=(ThrowAwayProsody --module archive_import --global "archive_import_rate = 0" --group-chats) ;;
  prosody/sql) harness=(ThrowAwayProsody --sql --module archive_import --global "archive_import_rate = 0" --group-chats) ;;
  ejabberd/mnesia) harness=(ThrowAwayEjabberd --import --module-option "rate: 0" --no-shaper) ;;
  ejabberd/sql) harness=(ThrowAwayEjabberd --sql --import --module-option "rate: 0" --no-shaper) ;;
esac
"$java" -cp "$cp" "org.trasloco.xmpp.testing.${harness[0]}" "${harness[@]:1}" < "$work/in" > "$work/server.txt" 2> "$work/server.err" &
pid=$!
exec 3> "$work/in"
for _ in $(seq 600); do grep -q '^ready$' "$work/server.txt" 2>/dev/null && break; sleep 0.1; done
grep -q '^ready$' "$work/server.txt" || { cat "$work/server.err" >&2; exit 1; }
get() { sed -n "s/^$1=//p" "$work/server.txt"; }

echo "## $messages messages in a group of three, $server, $storage storage ($(date -u +%H:%M:%S) UTC, load before: $(cut -d' ' -f1-3 /proc/loadavg))"
echo "- $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'); $server $(dpkg-query -W -f '${Version}' "$server" 2>/dev/null || echo '?')"
start=$(date +%s.%N)
get password | ./trasloco upload --workspace "$work/w.trasloco" --jid "$(get jid)" --host "$(get host)" \
  --port "$(get port)" --pin-sha256 "$(get pin)" --password-stdin --groups rooms --me Luca --zone UTC --lang en \
  > "$work/upload.txt" 2>&1 || { cat "$work/upload.txt"; exit 1; }
finished=$(date +%s.%N)
grep -E 'added|Read back|confirmed|group chat' "$work/upload.txt" || tail -n 8 "$work/upload.txt"
awk -v a="$start" -v b="$finished" 'BEGIN { printf "Wall time of trasloco upload (rooms made, upload, read-back): %.1f s\n", b - a }'
echo "- load after: $(cut -d' ' -f1-3 /proc/loadavg)"
exec 3>&-
wait "$pid" || true

#!/bin/sh
# Compiles mod_archive_import for the ejabberd installed here (Debian 12: ejabberd 23.01) into
# ebin/ next to this script. Needs erlc and the headers of Erlang's kernel (Debian package
# erlang-base), of the XMPP library (erlang-p1-xmpp) and of ejabberd itself (ejabberd): all
# installed with ejabberd. (erlang-dev, Erlang's C headers, is not needed for this module.)
#
#   server/ejabberd/build.sh            # finds ejabberd by itself, writes server/ejabberd/ebin/
#   server/ejabberd/build.sh OUTDIR     # writes the .beam files into OUTDIR instead
#   EJABBERD_LIB=/usr/lib/x86_64-linux-gnu/ejabberd-23.01 server/ejabberd/build.sh
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out=${1:-$here/ebin}

command -v erlc >/dev/null 2>&1 || { echo "build.sh: erlc not found: apt-get install erlang-base (it comes with ejabberd)" >&2; exit 1; }

# ejabberd's library directory: its ebin (for the SQL parse transform) and include.
if [ -z "${EJABBERD_LIB:-}" ]; then
  for dir in /usr/lib/*/ejabberd-* /usr/lib/ejabberd-* /opt/ejabberd*/lib/ejabberd-*; do
    if [ -f "$dir/include/mod_mam.hrl" ] && [ -d "$dir/ebin" ]; then EJABBERD_LIB=$dir; break; fi
  done
fi
if [ -z "${EJABBERD_LIB:-}" ] || [ ! -f "$EJABBERD_LIB/include/mod_mam.hrl" ]; then
  echo "build.sh: ejabberd's include files not found: apt-get install ejabberd, or set EJABBERD_LIB" >&2
  exit 1
fi

# The XMPP library's headers (xmpp.hrl), found where the Erlang runtime keeps its applications.
xmpp_include=$(erl -noshell -eval 'io:format("~s", [code:lib_dir(p1_xmpp, include)]), halt().' 2>/dev/null || true)
case "$xmpp_include" in
  /*) ;;
  *) xmpp_include=$(erl -noshell -eval 'io:format("~s", [code:lib_dir(xmpp, include)]), halt().' 2>/dev/null || true) ;;
esac
if [ ! -f "$xmpp_include/xmpp.hrl" ]; then
  echo "build.sh: xmpp.hrl not found (Debian package erlang-p1-xmpp, installed with ejabberd)" >&2
  exit 1
fi

mkdir -p "$out"
erlc -o "$out" -pa "$EJABBERD_LIB/ebin" -pa "$out" -I "$EJABBERD_LIB/include" -I "$xmpp_include" -I "$here/include" \
  +debug_info +warn_unused_vars +warnings_as_errors \
  "$here/src/mod_archive_import.erl" "$here/src/mod_archive_import_mnesia.erl" "$here/src/mod_archive_import_sql.erl"
echo "Built $(ls "$out"/*.beam | wc -l) modules into $out for $(basename "$EJABBERD_LIB")"

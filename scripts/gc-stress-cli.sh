#!/bin/sh
# gc-stress-cli.sh run [flags] FILE [flags]: the GC-stress CLI ($MOAT_GCS_CLI) as the conformance
# runner calls a native CLI (scripts/test-sanitize.sh passes this script as --native-cli).
# A collection on every allocation makes module-heavy files ~50x slower, so a generous time limit
# comes first (a file's own limit flags come later and win). A file with a "# gc-stress: every N"
# line (a few random-differential files whose heaps make a collection per allocation quadratic:
# minutes each) collects on every Nth tracked allocation instead.
cmd="$1"; shift
file=
for a in "$@"; do case "$a" in *.py) file="$a" ;; esac; done
every=
if [ -n "$file" ]; then
    every=$(sed -n 's/^# gc-stress: every \([0-9][0-9]*\)$/\1/p' "$file" 2>/dev/null | head -n 1)
fi
exec "${MOAT_GCS_CLI:?MOAT_GCS_CLI is not set}" "$cmd" --time-ms 300000 ${every:+--gc-stress-every "$every"} "$@"

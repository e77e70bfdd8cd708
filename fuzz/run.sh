#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan + UBSan, MOAT_DEBUG refcount checks) and runs each for
# SECONDS (default 60). Fails if any target finds a crash, leak, timeout or sanitizer report.
#
#   bash fuzz/run.sh [SECONDS] [TARGET...]      (TARGET: fuzz_cbor fuzz_parse fuzz_run fuzz_gen fuzz_json; default all)
#
# The build is $MOAT_FUZZ_BUILD (default build-fuzz/ in this checkout); the rest goes under
# $MOAT_FUZZ_DIR (default /tmp/moat-fuzz): seeds/ (CBOR seeds generated from tests/vectors), corpus/<target>/ (what the
# fuzzer adds), artifacts/ and <target>.log.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SECONDS_EACH=${1:-60}
shift || true
TARGETS=("$@")
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=(fuzz_cbor fuzz_parse fuzz_run fuzz_gen fuzz_json)
DIR=${MOAT_FUZZ_DIR:-/tmp/moat-fuzz}
# The build belongs to this checkout: a build directory shared between clones builds another's sources.
BUILD=${MOAT_FUZZ_BUILD:-$ROOT/build-fuzz}
CC_BIN=$(command -v clang-14 || command -v clang || true)
[ -n "$CC_BIN" ] || { echo "fuzz/run.sh: clang is needed (apt-get install clang-14)" >&2; exit 2; }

mkdir -p "$DIR/artifacts"
# ASan multiplies the size of C stack frames: the deepest C recursion the interpreter allows
# (MOAT_MAX_C_RECURSION levels of C calling Python) needs more than the default 8 MiB stack, as in
# scripts/test-sanitize.sh; natively it fits in 8 MiB. A real unbounded recursion overflows any stack.
ulimit -s 65536 2>/dev/null || true
# Configured every run, so that a new fuzz/fuzz_*.c becomes a target (cheap when nothing changed).
CC=$CC_BIN cmake -S "$ROOT" -B "$BUILD" -DMOAT_FUZZ=ON -DMOAT_SANITIZE=ON \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_C_FLAGS=-DMOAT_DEBUG=1 >/dev/null
if ! cmake --build "$BUILD" -j2 --target "${TARGETS[@]}" >"$DIR/build.log" 2>&1; then
  tail -30 "$DIR/build.log" >&2
  echo "fuzz/run.sh: build failed (full log: $DIR/build.log)" >&2
  exit 2
fi
python3 "$ROOT/fuzz/seed_corpus.py" "$DIR/seeds" >/dev/null

status=0
for t in "${TARGETS[@]}"; do
  mkdir -p "$DIR/corpus/$t"
  case $t in
    fuzz_cbor) seeds=("$DIR/seeds/cbor"); extra=(-max_len=65536) ;;
    # The hostile programs of tests/security are slow to run (they push limits), so only the
    # parser fuzzer starts from them; fuzz_run would drop from ~1000 to ~40 runs a second.
    fuzz_parse) seeds=("$ROOT/tests/python" "$DIR/seeds/python")
       [ -d "$ROOT/tests/security" ] && seeds+=("$ROOT/tests/security")
       extra=(-max_len=4096 -dict="$ROOT/fuzz/python.dict") ;;
    # fuzz_gen's inputs are generator choices (fuzz/pygen.h), not source: no seeds.
    fuzz_gen) seeds=(); extra=(-max_len=2048 -len_control=0) ;;
    # fuzz_json's inputs are JSON documents: it starts from nothing but JSON's tokens.
    fuzz_json) seeds=(); extra=(-max_len=4096 -dict="$ROOT/fuzz/json.dict") ;;
    *) seeds=("$ROOT/tests/python" "$DIR/seeds/python"); extra=(-max_len=4096 -dict="$ROOT/fuzz/python.dict") ;;
  esac
  echo "== $t for ${SECONDS_EACH}s"
  # The first directory receives new inputs; the seed directories are only read.
  # MOAT_GEN_STATS: fuzz_gen prints how its programs ended (compiled, finished, raised) at exit.
  if ! (cd "$DIR" && MOAT_GEN_STATS=1 "$BUILD/$t" "$DIR/corpus/$t" "${seeds[@]}" "${extra[@]}" \
        -max_total_time="$SECONDS_EACH" -timeout=10 -rss_limit_mb=2048 \
        -artifact_prefix="$DIR/artifacts/$t-" -print_final_stats=1 2>"$DIR/$t.log"); then
    status=1
    echo "$t: FINDING (see $DIR/$t.log and $DIR/artifacts/)"
    grep -m5 -E "ERROR|SUMMARY|Test unit written" "$DIR/$t.log" || true
  else
    grep -E "stat::number_of_executed_units|Done [0-9]+ runs|^fuzz_gen: " "$DIR/$t.log" | tail -3 || true
  fi
done
exit $status

#!/bin/bash
# Fuzz smoke stage of scripts/test.sh (issue 4, "Fuzzing"): builds the libFuzzer targets of fuzz/
# (clang, ASan + UBSan, MOAT_DEBUG refcount checks; see fuzz/README.md) and runs each one for a
# bounded time, so every CI run fuzzes a little from the seed corpus plus what earlier runs on the
# same machine found. Any crash, leak, sanitizer report or per-input timeout fails the stage and
# leaves the input in $DIR/artifacts/ (copy it to fuzz/regressions/ and report it to mem).
#
#   bash scripts/fuzz-smoke.sh [SECONDS_PER_TARGET] [TARGET...]
#
# SECONDS_PER_TARGET defaults to $FUZZ_SECONDS, else to a total of $FUZZ_TOTAL_SECONDS (default 136)
# divided among the targets (five targets: 27 s each, about 2.5 minutes of fuzzing plus the build,
# inside the 5-minute budget of this stage). TARGET defaults to every fuzz/fuzz_*.c.
# fuzz_gen (generated programs, fuzz/pygen.h) needs no seeds: its inputs are generator choices.
# Seeds: fuzz_cbor reads the shared CBOR vectors (fuzz/seed_corpus.py); fuzz_parse reads
# tests/python/ (conformance) and tests/security/ (hostile programs), fuzz_run tests/python/ only
# (see below), both with fuzz/python.dict.
# Directories: the build is $MOAT_FUZZ_BUILD (default build-fuzz-smoke/ in this checkout);
# $MOAT_FUZZ_DIR (default /tmp/moat-fuzz-smoke) holds seeds/, corpus/<target>/,
# artifacts/ and <target>.log. Exit status: 0 clean, 1 a finding, 2 no clang or build failure.
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

SECS="${1:-${FUZZ_SECONDS:-}}"
shift || true
TARGETS=("$@")
if [ "${#TARGETS[@]}" -eq 0 ]; then
    for f in fuzz/fuzz_*.c; do TARGETS+=("$(basename "$f" .c)"); done
fi
[ -n "$SECS" ] || SECS=$(( ${FUZZ_TOTAL_SECONDS:-136} / ${#TARGETS[@]} ))
DIR="${MOAT_FUZZ_DIR:-/tmp/moat-fuzz-smoke}"
# The build belongs to this checkout (a build directory shared between clones would build another
# clone's sources), and it is configured every time so that a new fuzz/fuzz_*.c becomes a target.
BUILD="${MOAT_FUZZ_BUILD:-$ROOT/build-fuzz-smoke}"
CC_BIN="$(command -v clang-14 || command -v clang || true)"
if [ -z "$CC_BIN" ]; then
    echo "[fuzz-smoke] clang is needed (apt-get install clang-14)" >&2
    exit 2
fi

mkdir -p "$DIR/artifacts" "$DIR/seeds"
# ASan multiplies the size of C stack frames: the deepest C recursion the interpreter allows
# (MOAT_MAX_C_RECURSION levels of C calling Python) needs more than the default 8 MiB stack, as in
# scripts/test-sanitize.sh; natively it fits in 8 MiB. A real unbounded recursion overflows any stack.
ulimit -s 65536 2>/dev/null || true
start=$(date +%s)
CC="$CC_BIN" cmake -S "$ROOT" -B "$BUILD" -DMOAT_FUZZ=ON -DMOAT_SANITIZE=ON \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_C_FLAGS=-DMOAT_DEBUG=1 >"$DIR/configure.log" 2>&1 \
    || { cat "$DIR/configure.log"; exit 2; }
if ! cmake --build "$BUILD" -j2 --target "${TARGETS[@]}" >"$DIR/build.log" 2>&1; then
    tail -30 "$DIR/build.log"
    echo "[fuzz-smoke] build failed (full log: $DIR/build.log)"
    exit 2
fi
echo "[fuzz-smoke] built ${TARGETS[*]} in $(( $(date +%s) - start ))s"
python3 fuzz/seed_corpus.py "$DIR/seeds" >/dev/null || { echo "[fuzz-smoke] seed_corpus.py failed"; exit 2; }

# Leaks are reported by the fuzzers themselves (-detect_leaks=1 is libFuzzer's default with ASan).
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}"
status=0
for t in "${TARGETS[@]}"; do
    mkdir -p "$DIR/corpus/$t"
    case "$t" in
        fuzz_cbor) seeds=("$DIR/seeds/cbor"); extra=(-max_len=65536) ;;
        # The generator's inputs are choices, not source: it starts from nothing (the regressions
        # it found are saved as the programs they generated, which fuzz_run replays).
        fuzz_gen) seeds=(); extra=(-max_len=2048 -len_control=0) ;;
        # Whole runs cost up to ~0.2 s each under ASan, and libFuzzer runs every seed before it
        # checks -max_total_time: the conformance files alone keep fuzz_run near its budget.
        # fuzz/regressions holds every input that once crashed a target: run first, as seeds.
        fuzz_run) seeds=(tests/python fuzz/regressions)
           [ -d "$DIR/seeds/python" ] && seeds+=("$DIR/seeds/python")
           extra=(-max_len=4096 "-dict=$ROOT/fuzz/python.dict") ;;
        # fuzz_json's inputs are JSON documents: it starts from nothing but JSON's tokens.
        fuzz_json) seeds=(); extra=(-max_len=4096 "-dict=$ROOT/fuzz/json.dict") ;;
        *) seeds=(tests/python tests/security)
           extra=(-max_len=4096 "-dict=$ROOT/fuzz/python.dict") ;;
    esac
    before=$(ls "$DIR/artifacts" | wc -l)
    # The first directory receives new inputs; the seed directories are only read.
    # MOAT_GEN_STATS: fuzz_gen reports how its programs ended (compiled, finished, raised).
    MOAT_GEN_STATS=1 "$BUILD/$t" "$DIR/corpus/$t" "${seeds[@]}" "${extra[@]}" -max_total_time="$SECS" -timeout=10 \
        -rss_limit_mb=2048 -artifact_prefix="$DIR/artifacts/$t-" -print_final_stats=1 >"$DIR/$t.log" 2>&1
    rc=$?
    runs=$(grep -oE "stat::number_of_executed_units: *[0-9]+" "$DIR/$t.log" | grep -oE "[0-9]+$" | tail -1)
    cov=$(grep -oE "cov: [0-9]+" "$DIR/$t.log" | tail -1)
    after=$(ls "$DIR/artifacts" | wc -l)
    if [ "$rc" -ne 0 ] || [ "$after" -gt "$before" ]; then
        status=1
        echo "[fuzz-smoke] $t: FINDING (exit $rc) after ${runs:-?} runs; log $DIR/$t.log"
        grep -m8 -E "ERROR:|SUMMARY:|runtime error|Test unit written|Base64" "$DIR/$t.log"
    else
        echo "[fuzz-smoke] $t: ${SECS}s, ${runs:-?} runs, ${cov:-cov ?}, corpus $(ls "$DIR/corpus/$t" | wc -l) files, no finding"
        grep -m1 "^fuzz_gen: " "$DIR/$t.log" | sed 's/^/[fuzz-smoke]   /'
    fi
done
echo "[fuzz-smoke] total $(( $(date +%s) - start ))s"
exit "$status"

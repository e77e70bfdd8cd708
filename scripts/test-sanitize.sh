#!/bin/bash
# Sanitizer stage of scripts/test.sh (issue 4, "Proving it"): two extra native builds, each run over
# the test suites, with every sanitizer report collected in a log directory and counted at the end.
#
#   1. ASan + UBSan, Debug (MOAT_DEBUG refcount checks), build dir build-asan:
#        ctest (C unit tests), the conformance suite natively, the security suite natively;
#        ASAN_OPTIONS=detect_leaks=1 (LeakSanitizer at every process exit).
#   2. GC stress (MOAT_GC_STRESS: a full collection on every tracked allocation, see
#      src/core/gc.c mo_gc_track) + ASan + UBSan, Debug, build dir build-gcstress:
#        the conformance suite and the security suite natively, so a collection runs at every
#        point where a container is created, including inside list.sort key calls, dict lookups
#        and __repr__ callbacks. A root the collector does not see shows up as a use-after-free.
#
# Reports go to files (log_path) instead of stderr, so a report is found even when the suite
# runner would have accepted the output, and the runners' own verdicts stay comparable with the
# plain build. Exit status 0 only when every suite passed and no sanitizer report was written.
#
# Environment: CC (default clang-14, else clang, else gcc), MOAT_ASAN_BUILD / MOAT_GCSTRESS_BUILD
# (build directories), MOAT_SANITIZE_LOGS (report directory, default build-asan/sanitizer-logs),
# MOAT_SANITIZE_ONLY=asan|gcstress (run one half), JOBS (default 2).
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

JOBS="${JOBS:-2}"
ASAN_BUILD="${MOAT_ASAN_BUILD:-$ROOT/build-asan}"
GCS_BUILD="${MOAT_GCSTRESS_BUILD:-$ROOT/build-gcstress}"
LOGS="${MOAT_SANITIZE_LOGS:-$ASAN_BUILD/sanitizer-logs}"
ONLY="${MOAT_SANITIZE_ONLY:-}"

if [ -z "${CC:-}" ]; then
    if command -v clang-14 >/dev/null; then CC=clang-14
    elif command -v clang >/dev/null; then CC=clang
    else CC=gcc; fi
fi
export CC

rm -rf "$LOGS"
mkdir -p "$LOGS"
# halt_on_error keeps the first report of a process readable; detect_leaks is LeakSanitizer.
# Every process writes its reports to $LOGS/<kind>.<pid>; an empty directory at the end is a pass.
export ASAN_OPTIONS="detect_leaks=1:halt_on_error=1:abort_on_error=0:log_path=$LOGS/asan:strict_string_checks=1:detect_stack_use_after_return=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:log_path=$LOGS/ubsan"
export LSAN_OPTIONS="log_path=$LOGS/lsan"

# ASan multiplies the size of every C stack frame, so the deepest recursion the interpreter allows
# (MOAT_MAX_C_RECURSION levels of dunder -> VM -> dunder, tests/security/rec_*.py) needs more than
# the default 8 MiB stack; without ASan it fits in 8 MiB natively and in the 5 MiB wasm stack.
ulimit -s 65536 2>/dev/null || ulimit -s unlimited 2>/dev/null || true

failures=()

# step NAME COMMAND...: runs one step, prints its duration, records a failure.
step() {
    local name="$1" start rc
    shift
    start=$(date +%s)
    echo "[sanitize] $name"
    "$@"
    rc=$?
    echo "[sanitize] $name: exit $rc ($(( $(date +%s) - start ))s)"
    [ "$rc" -eq 0 ] || failures+=("$name (exit $rc)")
    return "$rc"
}

# build DIR TARGET|all CMAKE_OPTION...: configures and builds one sanitizer build.
build() {
    local dir="$1" target="$2"
    shift 2
    cmake -S "$ROOT" -B "$dir" -DCMAKE_BUILD_TYPE=Debug -DMOAT_SANITIZE=ON "$@" >"$dir.configure.log" 2>&1 \
        || { cat "$dir.configure.log"; return 1; }
    cmake --build "$dir" -j"$JOBS" --target "$target" -- -k
}

security_suite() {
    # The security runner is optional here so that this script also works before it exists.
    if [ -f tests/run_security.py ]; then
        python3 tests/run_security.py --native-only --no-cpython --native-cli "$1" -q -j"$JOBS" "${@:2}"
    else
        echo "[sanitize] tests/run_security.py missing: security suite not run"
    fi
}

mkdir -p "$(dirname "$ASAN_BUILD")" "$(dirname "$GCS_BUILD")"

if [ "$ONLY" != "gcstress" ]; then
    if step "build ASan+UBSan ($CC, $ASAN_BUILD)" build "$ASAN_BUILD" all -DMOAT_GC_STRESS=OFF; then
        step "ctest (ASan+UBSan)" ctest --test-dir "$ASAN_BUILD" --output-on-failure -j"$JOBS" --timeout 300
        step "conformance native (ASan+UBSan)" \
            python3 tests/run_conformance.py --native-only --native-cli "$ASAN_BUILD/moat_cli" -q -j"$JOBS" --timeout 60
        step "security native (ASan+UBSan)" security_suite "$ASAN_BUILD/moat_cli"
    fi
fi

if [ "$ONLY" != "asan" ]; then
    # Only the CLI: the C unit tests count collections and objects, which stress mode changes.
    if step "build GC stress + ASan ($CC, $GCS_BUILD)" build "$GCS_BUILD" moat_cli -DMOAT_GC_STRESS=ON; then
        # scripts/gc-stress-cli.sh adds a generous time limit and honours "# gc-stress: every N".
        export MOAT_GCS_CLI="$GCS_BUILD/moat_cli"
        slow_cli="$ROOT/scripts/gc-stress-cli.sh"
        step "conformance native (GC stress)" \
            python3 tests/run_conformance.py --native-only --native-cli "$slow_cli" -q -j"$JOBS" --timeout 400
        step "security native (GC stress)" security_suite "$GCS_BUILD/moat_cli" --stress
    fi
fi

reports=$(find "$LOGS" -type f | sort)
if [ -n "$reports" ]; then
    n=$(echo "$reports" | wc -l)
    echo "[sanitize] $n sanitizer report(s) in $LOGS:"
    for f in $reports; do
        echo "---------- $f"
        head -60 "$f"
    done
    failures+=("$n sanitizer report(s)")
fi

if [ "${#failures[@]}" -eq 0 ]; then
    echo "[sanitize] ALL PASSED (no sanitizer reports)"
    exit 0
fi
echo "[sanitize] FAILED:"
printf '  %s\n' "${failures[@]}"
exit 1

#!/bin/bash
# Builds both targets from the same sources (DESIGN.md section 5), incrementally:
#   native: build/       (libmoat_core, build/moat_cli, C unit tests)
#   wasm:   build-wasm/  (moat.wasm, copied to js/dist/moat.wasm for the JS host and playground)
# Usage: bash scripts/build.sh [--native-only | --native-cli-only | --wasm-only]
#   --native-cli-only builds just build/moat_cli (and the library), not the C unit tests, so that a
#   test that does not compile cannot keep the conformance runner from running (scripts/test.sh).
# Environment: JOBS (default 2), NATIVE_BUILD_TYPE (default Debug: refcount and double-free checks
# for ctest and the conformance runner), WASM_BUILD_TYPE (default Release).
# Configuration runs only when a build directory is not configured yet, or was configured with
# another build type; after that CMake itself re-runs configuration when CMakeLists.txt or the set
# of globbed sources changes.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

JOBS="${JOBS:-2}"
NATIVE_BUILD_TYPE="${NATIVE_BUILD_TYPE:-Debug}"
WASM_BUILD_TYPE="${WASM_BUILD_TYPE:-Release}"
do_native=1
do_wasm=1
native_target=all
case "${1:-}" in
    "") ;;
    --native-only) do_wasm=0 ;;
    --native-cli-only) do_wasm=0; native_target=moat_cli ;;
    --wasm-only) do_native=0 ;;
    *) echo "usage: $0 [--native-only | --native-cli-only | --wasm-only]" >&2; exit 2 ;;
esac

say() { printf '[build] %s\n' "$*"; }
# needs_configure DIR TYPE: true when DIR has no usable configuration for build type TYPE.
needs_configure() {
    [ -f "$1/CMakeCache.txt" ] && [ -f "$1/Makefile" ] &&
        grep -qx "CMAKE_BUILD_TYPE:STRING=$2" "$1/CMakeCache.txt" && return 1
    return 0
}
die() { printf '[build] ERROR: %s\n' "$*" >&2; exit 1; }

if [ "$do_native" = 1 ]; then
    if needs_configure build "$NATIVE_BUILD_TYPE"; then
        say "configure native (build/, $NATIVE_BUILD_TYPE)"
        cmake -S . -B build -DCMAKE_BUILD_TYPE="$NATIVE_BUILD_TYPE" || die "native configure failed"
    fi
    # The CLI first: it is what the conformance runner needs, whatever happens to the unit tests.
    say "build native: moat_cli"
    cmake --build build -j"$JOBS" --target moat_cli || die "native build of moat_cli failed"
    [ -x build/moat_cli ] || die "build/moat_cli was not produced"
    if [ "$native_target" = all ]; then
        say "build native: everything (C unit tests)"
        cmake --build build -j"$JOBS" || die "native build failed"
    fi
fi

if [ "$do_wasm" = 1 ]; then
    # Debian's emscripten runs its JS compiler with the system node; its modules (acorn) live in
    # /usr/share/nodejs, which NODE_PATH makes visible whatever node is first on PATH.
    export NODE_PATH="/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}"
    if needs_configure build-wasm "$WASM_BUILD_TYPE"; then
        say "configure wasm (build-wasm/, $WASM_BUILD_TYPE)"
        emcmake cmake -S . -B build-wasm -DCMAKE_BUILD_TYPE="$WASM_BUILD_TYPE" || die "wasm configure failed"
    fi
    say "build wasm"
    cmake --build build-wasm -j"$JOBS" || die "wasm build failed"
    [ -f build-wasm/moat.wasm ] || die "build-wasm/moat.wasm was not produced"
    mkdir -p js/dist
    if ! cmp -s build-wasm/moat.wasm js/dist/moat.wasm; then
        cp build-wasm/moat.wasm js/dist/moat.wasm
        say "copied build-wasm/moat.wasm -> js/dist/moat.wasm ($(stat -c %s js/dist/moat.wasm) bytes)"
    fi
fi

# Later sessions: sanitizer (build-asan/, -DMOAT_SANITIZE=ON) and fuzzer (build-fuzz/, clang,
# -DMOAT_FUZZ=ON) builds are configured by scripts/test.sh's optional stages, not here, so the
# default build stays two targets.
say "ok"

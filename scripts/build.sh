#!/bin/bash
# Builds both targets from the same sources (DESIGN.md section 5), incrementally:
#   native: build/       (libmoat_core, build/moat_cli, C unit tests)
#   wasm:   build-wasm/  (moat.wasm, copied to js/dist/moat.wasm for the JS host and playground)
# Usage: bash scripts/build.sh [--native-only | --wasm-only]
# Environment: JOBS (default 2), BUILD_TYPE (default Release).
# Configuration runs only when a build directory is not configured yet (no cache or Makefile); after that CMake itself
# re-runs configuration when CMakeLists.txt or the set of globbed sources changes.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

JOBS="${JOBS:-2}"
BUILD_TYPE="${BUILD_TYPE:-Release}"
do_native=1
do_wasm=1
case "${1:-}" in
    "") ;;
    --native-only) do_wasm=0 ;;
    --wasm-only) do_native=0 ;;
    *) echo "usage: $0 [--native-only | --wasm-only]" >&2; exit 2 ;;
esac

say() { printf '[build] %s\n' "$*"; }
die() { printf '[build] ERROR: %s\n' "$*" >&2; exit 1; }

if [ "$do_native" = 1 ]; then
    if [ ! -f build/CMakeCache.txt ] || [ ! -f build/Makefile ]; then
        say "configure native (build/, $BUILD_TYPE)"
        cmake -S . -B build -DCMAKE_BUILD_TYPE="$BUILD_TYPE" || die "native configure failed"
    fi
    say "build native"
    cmake --build build -j"$JOBS" || die "native build failed"
    [ -x build/moat_cli ] || die "build/moat_cli was not produced"
fi

if [ "$do_wasm" = 1 ]; then
    # Debian's emscripten runs its JS compiler with the system node; its modules (acorn) live in
    # /usr/share/nodejs, which NODE_PATH makes visible whatever node is first on PATH.
    export NODE_PATH="/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}"
    if [ ! -f build-wasm/CMakeCache.txt ] || [ ! -f build-wasm/Makefile ]; then
        say "configure wasm (build-wasm/, $BUILD_TYPE)"
        emcmake cmake -S . -B build-wasm -DCMAKE_BUILD_TYPE="$BUILD_TYPE" || die "wasm configure failed"
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

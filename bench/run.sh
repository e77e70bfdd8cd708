#!/bin/bash
# Builds a Release native CLI in build-bench/ (and the wasm module via scripts/build.sh if missing),
# then runs the benchmarks: bash bench/run.sh [-n 5] [-k NAME] [--markdown]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
if [ ! -f build-bench/CMakeCache.txt ]; then
    cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release >/dev/null
fi
cmake --build build-bench -j"${JOBS:-2}" --target moat_cli >/dev/null
[ -f js/dist/moat.wasm ] || bash scripts/build.sh --wasm-only
exec python3 bench/run.py --native-cli build-bench/moat_cli "$@"

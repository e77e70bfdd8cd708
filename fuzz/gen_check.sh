#!/usr/bin/env bash
# Measures the program generator of fuzz_gen (fuzz/pygen.h) without libFuzzer: builds
# fuzz/gen_main.c + fuzz/fuzz_gen.c against an existing native build's libmoat_core.a, runs N
# programs from random inputs (seed SEED), prints how they ended in Moat (MOAT_GEN_STATS) and
# checks that CPython 3.11 compiles every one of them.
#
#   bash fuzz/gen_check.sh [N] [SEED] [BUILD_DIR]      (defaults: 1000 1 build)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
N=${1:-1000}
SEED=${2:-1}
BUILD=${3:-$ROOT/build}
OUT=$(mktemp -d /tmp/moat-gen-check.XXXXXX)
trap 'rm -rf "$OUT"' EXIT
[ -f "$BUILD/libmoat_core.a" ] || { echo "gen_check: no $BUILD/libmoat_core.a (build the native tree first)" >&2; exit 2; }
CC_BIN=${CC:-cc}
# A sanitizer build's library needs the same flags at link time.
FLAGS=()
grep -q "MOAT_SANITIZE:BOOL=ON" "$BUILD/CMakeCache.txt" 2>/dev/null && FLAGS=(-fsanitize=address,undefined)
"$CC_BIN" -O1 -g "${FLAGS[@]}" -I"$ROOT/src" -I"$ROOT/fuzz" "$ROOT/fuzz/gen_main.c" "$ROOT/fuzz/fuzz_gen.c" \
  "$BUILD/libmoat_core.a" -lm -o "$OUT/gen_check"
mkdir -p "$OUT/programs"
MOAT_GEN_STATS=1 MOAT_GEN_DUMP="$OUT/programs" "$OUT/gen_check" "$N" "$SEED"
python3 - "$OUT/programs" <<'PY'
import glob, sys, warnings
warnings.simplefilter("ignore")
files = [f for f in glob.glob(sys.argv[1] + "/*.py") if not f.split("/")[-1].startswith("syntax-")]
bad = []
for f in files:
    try:
        compile(open(f, encoding="utf-8").read(), f, "exec")
    except SyntaxError as e:
        bad.append(f"{f}: {e}")
print(f"CPython compiles {len(files) - len(bad)} of {len(files)} programs")
for b in bad[:5]:
    print("  " + b)
sys.exit(1 if bad else 0)
PY

#!/usr/bin/env python3
"""Benchmarks: each bench/*.py runs under CPython 3.11 (the baseline), the native Moat CLI and the
wasm Moat CLI (Node), N times each, interleaved so that machine noise hits all three alike. The
outputs must agree with CPython's (a benchmark that computes something else measures nothing).

Reported per program: the median wall time of each implementation and the ratio to CPython's
median in the same run (timings on shared machines are noisy: compare ratios, not seconds). The
wasm figure includes starting Node and instantiating the module; the "startup" row (an empty
program) shows that fixed cost, which a long-lived host (moat.run in one process) pays once.

The native CLI should be a Release build (bash bench/run.sh builds build-bench/ for that); the
Debug build used by the tests checks every reference count and is several times slower.

    python3 bench/run.py [--native-cli PATH] [--wasm PATH] [-n 5] [-k NAME] [--markdown]
"""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH = os.path.join(ROOT, "bench")
# Generous limits: a benchmark must never stop at a default limit.
LIMITS = ["--instructions", "2000000000", "--time-ms", "600000", "--memory-bytes", str(768 * 1024 * 1024)]


def timed(cmd):
    t0 = time.perf_counter()
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
    dt = time.perf_counter() - t0
    return dt, p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--native-cli", default=os.path.join(ROOT, "build-bench", "moat_cli"))
    ap.add_argument("--wasm", default=os.path.join(ROOT, "js", "dist", "moat.wasm"))
    ap.add_argument("-n", type=int, default=3, help="runs per implementation (median reported)")
    ap.add_argument("-k", action="append", default=[], help="only programs whose name contains this")
    ap.add_argument("--markdown", action="store_true", help="print a Markdown table")
    args = ap.parse_args()

    progs = sorted(f for f in os.listdir(BENCH) if f.endswith(".py") and f != "run.py")
    if args.k:
        progs = [p for p in progs if any(k in p for k in args.k)]
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as empty:
        empty.write("pass\n")
    rows = [("startup", empty.name)] + [(p[:-3], os.path.join(BENCH, p)) for p in progs]
    impls = [
        ("cpython", lambda f: [sys.executable, f]),
        ("native", lambda f: [args.native_cli, "run", f] + LIMITS),
        ("wasm", lambda f: ["node", os.path.join(ROOT, "js", "bin", "moat.js"), "run", "--wasm", args.wasm, f] + LIMITS),
    ]
    results = []
    failed = False
    for name, path in rows:
        times = {k: [] for k, _ in impls}
        ref = None
        for _ in range(args.n):
            for impl, cmd in impls:
                dt, rc, out, err = timed(cmd(path))
                if rc != 0:
                    print(f"{name}: {impl} failed (exit {rc}): {err.strip().splitlines()[-1:]}", file=sys.stderr)
                    failed = True
                if impl == "cpython":
                    ref = out
                elif out != ref:
                    print(f"{name}: {impl} output differs from CPython's", file=sys.stderr)
                    failed = True
                times[impl].append(dt)
        med = {k: statistics.median(v) for k, v in times.items()}
        results.append((name, med))
        if not args.markdown:
            print(f"{name:<16} cpython {med['cpython']*1000:8.1f} ms   native {med['native']*1000:8.1f} ms "
                  f"({med['native']/med['cpython']:5.2f}x)   wasm {med['wasm']*1000:8.1f} ms "
                  f"({med['wasm']/med['cpython']:5.2f}x)", flush=True)
    os.unlink(empty.name)
    if args.markdown:
        print("| program | CPython 3.11 | Moat native | ratio | Moat wasm (Node) | ratio |")
        print("|---|---:|---:|---:|---:|---:|")
        for name, med in results:
            print(f"| {name} | {med['cpython']*1000:.0f} ms | {med['native']*1000:.0f} ms | "
                  f"{med['native']/med['cpython']:.2f}x | {med['wasm']*1000:.0f} ms | {med['wasm']/med['cpython']:.2f}x |")
    body = [r for r in results if r[0] != "startup"]
    if body:
        gm = lambda k: statistics.geometric_mean([m[k] / m["cpython"] for _, m in body])
        print(f"geometric mean of ratios to CPython (without startup): native {gm('native'):.2f}x, wasm {gm('wasm'):.2f}x")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

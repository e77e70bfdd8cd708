#!/usr/bin/env python3
"""Benchmarks: each bench/*.py runs under CPython 3.11 (the baseline), the native Moat CLI and the
wasm Moat CLI (Node), N times each, interleaved so that machine noise hits all three alike. The
outputs must agree with CPython's (a benchmark that computes something else measures nothing).

Reported per program: the median CPU time (user + system) of each implementation and the ratio
to CPython's median in the same run (timings on shared machines are noisy: compare ratios, not
seconds; CPU time is far steadier than wall time when other processes compete for the cores).
"wasm" is moat.run() in one Node process with the module compiled once (bench/wasm-inprocess.mjs):
what an agent host pays per run, a fresh instance included. "wasm CLI" is `node js/bin/moat.js run`,
which adds starting Node and compiling the module; CPython's figure includes its own start-up. The
"startup" row (an empty program) shows those fixed costs.

The native CLI should be a Release build (bash bench/run.sh builds build-bench/ for that); the
Debug build used by the tests checks every reference count and is several times slower.

    python3 bench/run.py [--native-cli PATH] [--wasm PATH] [-n 5] [-k NAME] [--markdown]
"""
import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH = os.path.join(ROOT, "bench")
# Generous limits: a benchmark must never stop at a default limit.
LIMITS = ["--instructions", "2000000000", "--time-ms", "600000", "--memory-bytes", str(768 * 1024 * 1024)]


def timed(cmd):
    """Runs cmd; returns its CPU time (user + system of the child), exit status, stdout, stderr.
    CPU time, not wall time: on a shared 2-core machine the wall clock mostly measures the others."""
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    dt = (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)
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
        ("native", lambda f: [args.native_cli, "run"] + LIMITS + [f]),
        ("wasm", lambda f: ["node", os.path.join(ROOT, "js", "bin", "moat.js"), "run", "--wasm", args.wasm] + LIMITS + [f]),
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
        p = subprocess.run(["node", os.path.join(BENCH, "wasm-inprocess.mjs"), "--wasm", args.wasm, "-n", str(args.n), path],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
        if p.returncode != 0:
            print(f"{name}: in-process wasm failed: {p.stderr.decode()[-300:]}", file=sys.stderr)
            failed = True
            times["inproc"] = [float("nan")]
        else:
            r = json.loads(p.stdout)[path]
            if r["stdout"] != ref:
                print(f"{name}: in-process wasm output differs from CPython's", file=sys.stderr)
                failed = True
            times["inproc"] = r["times"]
        med = {k: statistics.median(v) for k, v in times.items()}
        results.append((name, med))
        if not args.markdown:
            c = med["cpython"]
            print(f"{name:<16} cpython {c*1000:8.1f} ms   native {med['native']*1000:8.1f} ms ({med['native']/c:5.2f}x)"
                  f"   wasm {med['inproc']*1000:8.1f} ms ({med['inproc']/c:5.2f}x)"
                  f"   wasm CLI {med['wasm']*1000:8.1f} ms ({med['wasm']/c:5.2f}x)", flush=True)
    os.unlink(empty.name)
    if args.markdown:
        print("| program | CPython 3.11 | Moat native | ratio | Moat wasm (moat.run) | ratio | Moat wasm CLI | ratio |")
        print("|---|---:|---:|---:|---:|---:|---:|---:|")
        for name, med in results:
            c = med["cpython"]
            print(f"| {name} | {c*1000:.0f} ms | {med['native']*1000:.0f} ms | {med['native']/c:.2f}x | "
                  f"{med['inproc']*1000:.0f} ms | {med['inproc']/c:.2f}x | {med['wasm']*1000:.0f} ms | {med['wasm']/c:.2f}x |")
    body = [r for r in results if r[0] != "startup"]
    if body:
        gm = lambda k: statistics.geometric_mean([m[k] / m["cpython"] for _, m in body])
        print(f"geometric mean of ratios to CPython (without startup): native {gm('native'):.2f}x, "
              f"wasm {gm('inproc'):.2f}x, wasm CLI {gm('wasm'):.2f}x")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Security suite runner: every tests/security/*.py is a hostile program with its expected outcome in
header comments; each runs through the native CLI (build/moat_cli run FILE) and the wasm CLI (node
js/bin/moat.js run FILE), and each run must

  * end with the expected outcome (below);
  * never print the canary: a random secret placed in the CLI's environment (MOAT_CANARY and a few
    look-alike variables) and in a file next to the program (canary.txt in a temporary directory
    that is also the working directory), which a program could only print by escaping the sandbox;
  * never end in an internal error (exit status 4, "moat: ...") or a crash (signal, exit >= 128).

Header lines (comments at the top of the file, in any order):

  # expect: output TEXT         the run succeeds (exit 0) and stdout is exactly the TEXT lines
                                (repeat the line for several stdout lines; "# expect: output" alone
                                is an empty line)
  # expect: exception TYPE      uncaught Python exception: exit 1 and the last stderr line is TYPE
                                or starts with "TYPE:"
  # expect: limit KIND          a host-protecting limit fired: exit 3 and stderr has
                                "LimitError: KIND:" (KIND: instructions, time, memory, output,
                                host_calls, source)
  # limits: FLAGS               CLI limit flags (--memory-bytes N ...), added after the defaults
                                (DEFAULT_LIMITS below), so a file's own flags win
  # echo-host: NAME             declare host function NAME that returns its first argument
  # function: NAME              declare host function NAME that answers RuntimeError
  # cpython: same               CPython 3.11 must give the same outcome (checked unless
                                --no-cpython): keeps the expectations honest
  # timeout: N                  per-run timeout in seconds (default 120)

Programs that declare host functions run in wasm through tests/security/host_cli.mjs (the wasm CLI
has no host functions); it takes the same flags as the native CLI and prints the same way.

--stress (for the GC-stress build, where every tracked allocation runs a full collection, so
programs that keep tens of thousands of containers alive become quadratic): every native run gets
"--time-ms STRESS_TIME_MS" after its own flags, and a run that ends in "LimitError: time" counts as
passed ("slow under stress"): what such a run checks is memory safety up to that point (sanitizer
reports, crashes, the canary), not the outcome.

Exit status: 0 when every run of every file passed, 1 otherwise, 2 on usage errors.
"""

import argparse
import concurrent.futures
import os
import re
import secrets
import shlex
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEC_DIR = os.path.join("tests", "security")
NATIVE_CLI = os.path.join("build", "moat_cli")
WASM_CLI = os.path.join("js", "bin", "moat.js")
HOST_CLI = os.path.join("tests", "security", "host_cli.mjs")
# Tight enough that a runaway program ends in seconds even under ASan, loose enough for every
# legitimate program here. A file's own "# limits:" flags come later on the command line and win.
DEFAULT_LIMITS = ["--instructions", "20000000", "--memory-bytes", str(64 * 1024 * 1024),
                  "--time-ms", "60000", "--output-bytes", str(1024 * 1024)]
DEFAULT_TIMEOUT = 120.0
STRESS_TIME_MS = 8000

HEADER = re.compile(r"^#\s*(expect|limits|echo-host|function|cpython|timeout):\s?(.*)$")


class Spec:
    """What one program expects, parsed from its header comments."""

    def __init__(self, path):
        self.path = path
        self.kind = None      # "output" | "exception" | "limit"
        self.output = []      # expected stdout lines for "output"
        self.what = None      # exception type or limit kind
        self.limits = []
        self.echo = []
        self.functions = []
        self.cpython = False
        self.timeout = DEFAULT_TIMEOUT
        self.errors = []
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.rstrip("\n")
                if not line.startswith("#"):
                    if line.strip():
                        break
                    continue
                m = HEADER.match(line)
                if not m:
                    continue
                key, value = m.group(1), m.group(2)
                if key == "expect":
                    word, _, rest = value.partition(" ")
                    if word == "output":
                        if self.kind not in (None, "output"):
                            self.errors.append("mixes expect kinds")
                        self.kind = "output"
                        self.output.append(rest)
                    elif word in ("exception", "limit"):
                        if self.kind is not None:
                            self.errors.append("more than one expect line")
                        self.kind, self.what = word, rest.strip()
                        if not self.what:
                            self.errors.append(f"expect: {word} needs a name")
                    else:
                        self.errors.append(f"unknown expect kind {word!r}")
                elif key == "limits":
                    self.limits += shlex.split(value)
                elif key == "echo-host":
                    self.echo.append(value.strip())
                elif key == "function":
                    self.functions.append(value.strip())
                elif key == "cpython":
                    self.cpython = value.strip() == "same"
                elif key == "timeout":
                    self.timeout = float(value)
        if self.kind is None:
            self.errors.append("no '# expect:' header")

    def describe(self):
        if self.kind == "output":
            return "output " + repr("\n".join(self.output))
        return f"{self.kind} {self.what}"


def check(spec, status, stdout, stderr, canary, impl, stress=False):
    """Returns a list of problems with one run's outcome (empty when it passed)."""
    problems = []
    for stream, text in (("stdout", stdout), ("stderr", stderr)):
        if canary in text:
            problems.append(f"CANARY LEAKED on {stream}")
    if status is None:
        return problems + ["timed out"]
    if stress and status == 3 and "LimitError: time:" in stderr:
        return problems
    if status < 0 or status >= 128:
        problems.append(f"crashed (status {status})")
    if status == 4 or "moat: unexpected error" in stderr:
        problems.append("internal error (exit 4)")
    lines = [l for l in stderr.splitlines() if l.strip()]
    last = lines[-1] if lines else ""
    if spec.kind == "output":
        want = "".join(l + "\n" for l in spec.output)
        if status != 0:
            problems.append(f"exit {status}, expected 0; stderr: {last!r}")
        elif stdout != want:
            problems.append(f"stdout {stdout[:300]!r}, expected {want[:300]!r}")
    elif spec.kind == "exception":
        if status != 1:
            problems.append(f"exit {status}, expected 1 ({spec.what}); stderr: {last!r}")
        elif not (last == spec.what or last.startswith(spec.what + ":")):
            problems.append(f"last stderr line {last!r}, expected {spec.what}")
    elif spec.kind == "limit":
        if impl == "cpython":
            return problems
        if status != 3:
            problems.append(f"exit {status}, expected 3 (limit {spec.what}); stderr: {last!r}")
        elif f"LimitError: {spec.what}:" not in stderr:
            problems.append(f"stderr {last!r}, expected 'LimitError: {spec.what}:'")
    return problems


def run(cmd, cwd, env, timeout):
    start = time.monotonic()
    try:
        p = subprocess.run(cmd, cwd=cwd, env=env, stdin=subprocess.DEVNULL, capture_output=True,
                           timeout=timeout)
        status = p.returncode
        out, err = p.stdout, p.stderr
    except subprocess.TimeoutExpired as e:
        status, out, err = None, e.stdout or b"", e.stderr or b""
    return (status, out.decode("utf-8", "replace"), err.decode("utf-8", "replace"),
            time.monotonic() - start)


def run_file(spec, args, canary):
    """Runs one program with every selected implementation; returns [(impl, problems, secs)]."""
    results = []
    if spec.errors:
        return [("header", spec.errors, 0.0)]
    src = os.path.join(ROOT, spec.path)
    with tempfile.TemporaryDirectory(prefix="moat-sec-") as tmp:
        # The program's directory holds a copy of it and a file with the canary, so that a
        # sandbox with a real file system would find the secret right next to the program.
        with open(os.path.join(tmp, "canary.txt"), "w") as f:
            f.write(canary + "\n")
        prog = os.path.join(tmp, os.path.basename(spec.path))
        shutil.copyfile(src, prog)
        env = dict(os.environ)
        env.update({"MOAT_CANARY": canary, "SECRET_KEY": canary, "AWS_SECRET_ACCESS_KEY": canary,
                    "MOAT_CANARY_FILE": os.path.join(tmp, "canary.txt")})
        name = os.path.basename(spec.path)
        host = []
        for n in spec.echo:
            host += ["--echo-host", n]
        for n in spec.functions:
            host += ["--function", n]
        impls = []
        if not args.wasm_only:
            stress = ["--time-ms", str(STRESS_TIME_MS)] if args.stress else []
            impls.append(("native", [args.native_cli, "run", name] + DEFAULT_LIMITS + spec.limits + stress + host))
        if not args.native_only:
            if host:
                cmd = ["node", os.path.join(ROOT, HOST_CLI), "run", name, "--wasm", args.wasm]
            else:
                cmd = ["node", args.wasm_cli, "run", "--wasm", args.wasm, name]
                # the wasm CLI wants its options before the file name
                cmd = cmd[:-1] + DEFAULT_LIMITS + spec.limits + [name]
                impls.append(("wasm", cmd))
                cmd = None
            if cmd:
                impls.append(("wasm", cmd + DEFAULT_LIMITS + spec.limits + host))
        if spec.cpython and not args.no_cpython:
            impls.append(("cpython", [args.python, "-I", name]))
        for impl, cmd in impls:
            status, out, err, secs = run(cmd, tmp, env, spec.timeout)
            results.append((impl, check(spec, status, out, err, canary, impl, args.stress and impl == "native"), secs))
    return results


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--native-only", action="store_true", help="run only the native CLI")
    ap.add_argument("--wasm-only", action="store_true", help="run only the wasm CLI")
    ap.add_argument("-k", action="append", default=[], metavar="SUBSTRING",
                    help="only files whose name contains SUBSTRING (repeatable)")
    ap.add_argument("-j", "--jobs", type=int, default=2, help="parallel workers (default 2)")
    ap.add_argument("--native-cli", default=NATIVE_CLI, help="native CLI (default build/moat_cli)")
    ap.add_argument("--wasm-cli", default=WASM_CLI, help="wasm CLI script (default js/bin/moat.js)")
    ap.add_argument("--wasm", default=os.path.join("js", "dist", "moat.wasm"),
                    help="wasm module (default js/dist/moat.wasm)")
    ap.add_argument("--python", default="python3", help="CPython 3.11 for '# cpython: same' files")
    ap.add_argument("--no-cpython", action="store_true", help="skip the CPython cross-checks")
    ap.add_argument("--stress", action="store_true",
                    help="GC-stress build: cap native runs at %d ms and accept a time limit" % STRESS_TIME_MS)
    ap.add_argument("--list", action="store_true", help="list the programs with their expectations")
    ap.add_argument("-q", "--quiet", action="store_true", help="print only failures and totals")
    args = ap.parse_args()
    if args.native_only and args.wasm_only:
        ap.error("--native-only and --wasm-only exclude each other")
    for attr in ("native_cli", "wasm_cli", "wasm"):
        setattr(args, attr, os.path.abspath(getattr(args, attr)))

    os.chdir(ROOT)
    files = sorted(os.path.join(SEC_DIR, f) for f in os.listdir(SEC_DIR) if f.endswith(".py"))
    if args.k:
        files = [f for f in files if any(k in f for k in args.k)]
    specs = [Spec(f) for f in files]
    if args.list:
        for s in specs:
            print(f"{s.path}: {s.describe()}{' (cpython)' if s.cpython else ''}")
        print(f"{len(specs)} programs")
        return 0
    if not args.wasm_only and not os.access(args.native_cli, os.X_OK):
        print(f"run_security: native CLI {args.native_cli} missing (build it first)", file=sys.stderr)
        return 2
    if not args.native_only and not os.path.exists(args.wasm):
        print(f"run_security: wasm module {args.wasm} missing (build it first)", file=sys.stderr)
        return 2

    canary = "MOAT-CANARY-" + secrets.token_hex(16)
    start = time.monotonic()
    failed = 0
    runs = 0
    counts = {}
    slow = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        futures = [(s, pool.submit(run_file, s, args, canary)) for s in specs]
        for spec, fut in futures:
            results = fut.result()
            bad = [(impl, p) for impl, p, _ in results if p]
            for impl, p, secs in results:
                runs += 1
                counts.setdefault(impl, [0, 0])[1 if p else 0] += 1
                slow.append((secs, spec.path, impl))
            if bad:
                failed += 1
                print(f"FAIL {spec.path} (expect {spec.describe()})")
                for impl, problems in bad:
                    for p in problems:
                        print(f"    [{impl}] {p}")
            elif not args.quiet:
                print(f"ok   {spec.path}")
    slow.sort(reverse=True)
    print("slowest runs: " + ", ".join(f"{p} [{i}] {s:.1f}s" for s, p, i in slow[:3]))
    print("per implementation: " + ", ".join(f"{k} {v[0]} passed {v[1]} failed" for k, v in sorted(counts.items())))
    print(f"security: {len(specs) - failed} passed, {failed} failed, {len(specs)} programs, {runs} runs "
          f"({time.monotonic() - start:.1f}s)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Conformance runner: every tests/python/**/*.py (and examples/*.py) is run by CPython 3.11 (the oracle), by the native
CLI (build/moat_cli run FILE) and by the wasm CLI (node js/bin/moat.js run FILE), and the results
must agree on:

  * stdout, byte for byte;
  * the exit status;
  * when the exit status is 1 (uncaught exception), the last non-empty line of stderr, i.e. the
    "Type: message" line of the traceback.

Every implementation runs from the repository root with the same relative path, so file names in
tracebacks agree too. Nothing is stored: the expected results come from running CPython on each
file at test time. Output: one line per file (ok / FAIL with the implementations that differ and
why), per-implementation counts, then "conformance: N passed, M failed". The quick loop while
working on the C code is `--native-only` (CPython + native, no node).

Folders:
  tests/python/later/  features outside the current slice: run and reported separately
                       ("later: N passed, M failed"); they never fail the run.
  tests/python/diff/   deliberate differences from CPython: not compared with CPython. A file
                       X.py with X.expected next to it must produce exactly that output; without
                       X.expected the file must merely run without crashing (exit 0, 1 or 3).
                       X.expected format: optional header lines "#! exit N" and
                       "#! stderr LAST-LINE" at the top, then the exact expected stdout.

Directives (first lines of a test file; use sparingly, prefer none):
  # moat: skip-native    do not run with the native CLI
  # moat: skip-wasm      do not run with the wasm CLI
  # moat: timeout=N      per-run timeout in seconds for this file

Files that use the file system start with the header line

  # fs: tmpdir

and then every implementation runs in a fresh empty temporary directory of its own: CPython with
that directory as its working directory, the native CLI with --fs-root DIR and the wasm CLI with
--fs-root DIR (a read-write mount at the sandbox's "/", which is also the sandbox's working
directory), so relative paths like open('out.txt', 'w') mean the same file for all three. The test
file is passed by its absolute path; the directory is removed afterwards.

Exit status: 0 when every compared file (outside later/) agrees, 1 otherwise, 2 on usage errors
or when a required CLI is missing.
"""

import argparse
import concurrent.futures
import difflib
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TEST_DIR = os.path.join("tests", "python")
EXAMPLES_DIR = "examples"  # the README's examples must match CPython too
NATIVE_CLI = os.path.join("build", "moat_cli")
WASM_CLI = os.path.join("js", "bin", "moat.js")
DEFAULT_TIMEOUT = 30.0


class Result:
    """The observable outcome of one run of one file by one implementation."""

    def __init__(self, status, stdout, stderr, timed_out=False, error=None, seconds=0.0):
        self.status = status
        self.stdout = stdout
        self.stderr = stderr
        self.timed_out = timed_out
        self.error = error
        self.seconds = seconds

    def last_stderr_line(self):
        for line in reversed(self.stderr.decode("utf-8", "replace").splitlines()):
            if line.strip():
                return line.rstrip()
        return ""


def run(cmd, timeout, cwd=ROOT):
    env = dict(os.environ)
    env.update({
        "PYTHONDONTWRITEBYTECODE": "1",
        "PYTHONIOENCODING": "utf-8",
        "PYTHONHASHSEED": "0",
        "PYTHONUTF8": "1",
        "NO_COLOR": "1",
    })
    env.pop("PYTHONSTARTUP", None)
    env.pop("NODE_OPTIONS", None)
    start = time.monotonic()
    try:
        # A session of its own, so a timeout kills the whole process group (node's children too).
        proc = subprocess.Popen(cmd, cwd=cwd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, env=env, start_new_session=True)
    except OSError as exc:
        return Result(None, b"", b"", error=str(exc), seconds=time.monotonic() - start)
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except OSError:
            pass
        out, err = proc.communicate()
        return Result(None, out, err, timed_out=True, seconds=time.monotonic() - start)
    return Result(proc.returncode, out, err, seconds=time.monotonic() - start)


def find_cpython():
    """CPython 3.11 is the oracle: this interpreter if it is 3.11, else python3.11 / python3."""
    if sys.version_info[:2] == (3, 11):
        return sys.executable
    for name in ("python3.11", "python3"):
        path = shutil.which(name)
        if path:
            out = subprocess.run([path, "-c", "import sys; print(sys.version_info[:2] == (3, 11))"],
                                 stdout=subprocess.PIPE, text=True).stdout.strip()
            if out == "True":
                return path
    return None


def read_directives(path):
    directives = {}
    with open(os.path.join(ROOT, path), "rb") as f:
        head = f.read(4096).decode("utf-8", "replace").splitlines()[:5]
    for line in head:
        if re.match(r"#\s*fs:\s*tmpdir\s*$", line):
            directives["fs"] = "tmpdir"
            continue
        m = re.match(r"#\s*moat:\s*(.*)$", line)
        if not m:
            continue
        for item in m.group(1).split():
            key, _, value = item.partition("=")
            directives[key] = value or True
    return directives


def read_expected(path):
    """Reads diff/X.expected: optional '#! exit N' / '#! stderr LINE' headers, then stdout."""
    with open(os.path.join(ROOT, path), "rb") as f:
        data = f.read()
    status, stderr_last = 0, None
    while data.startswith(b"#! "):
        line, _, data = data.partition(b"\n")
        key, _, value = line[3:].decode("utf-8").partition(" ")
        if key == "exit":
            status = int(value)
        elif key == "stderr":
            stderr_last = value.rstrip()
        else:
            raise ValueError(f"{path}: unknown header {key!r}")
    return Result(status, data, b""), stderr_last


def discover(args):
    files = []
    for base in (TEST_DIR, EXAMPLES_DIR):
        for dirpath, dirnames, filenames in os.walk(os.path.join(ROOT, base)):
            dirnames.sort()
            for name in sorted(filenames):
                if not name.endswith(".py"):
                    continue
                rel = os.path.relpath(os.path.join(dirpath, name), ROOT)
                if args.k and not any(k in rel for k in args.k):
                    continue
                files.append(rel)
    return files


def category(rel):
    parts = rel.split(os.sep)
    if parts[0] == EXAMPLES_DIR:
        return "main"
    if len(parts) > 3 and parts[2] == "later":
        return "later"
    if len(parts) > 3 and parts[2] == "diff":
        return "diff"
    return "main"


def normalized_stderr(result):
    """CPython (3.9+) names the script by its absolute path; Moat's CLIs by the path as given."""
    return result.stderr.replace(os.path.join(ROOT, "").encode(), b"")


def compare(expected, actual, name, expected_stderr_last=None, strict_stderr=False):
    """Returns a list of human-readable problems (empty when `actual` agrees with `expected`)."""
    problems = []
    if actual.error:
        return [f"{name}: could not run: {actual.error}"]
    if actual.timed_out:
        problems.append(f"{name}: timed out")
    elif actual.status != expected.status:
        problems.append(f"{name}: exit status {actual.status}, expected {expected.status}")
    elif actual.status == 1 or expected_stderr_last is not None:
        want = expected_stderr_last if expected_stderr_last is not None else expected.last_stderr_line()
        got = actual.last_stderr_line()
        if want != got:
            problems.append(f"{name}: last stderr line differs\n"
                            f"      expected: {want}\n"
                            f"      got:      {got}")
        elif strict_stderr and expected_stderr_last is None and normalized_stderr(expected) != actual.stderr:
            exp = normalized_stderr(expected).decode("utf-8", "replace").splitlines(keepends=True)
            got = actual.stderr.decode("utf-8", "replace").splitlines(keepends=True)
            diff = "".join(difflib.unified_diff(exp, got, "expected stderr", name, n=1))
            problems.append(f"{name}: stderr differs (--strict-stderr)\n"
                            + "".join("      " + l for l in diff.splitlines(True)))
    if actual.status is not None and actual.status < 0:
        problems.append(f"{name}: killed by signal {-actual.status}")
    if actual.stdout != expected.stdout:
        exp = expected.stdout.decode("utf-8", "replace").splitlines(keepends=True)
        got = actual.stdout.decode("utf-8", "replace").splitlines(keepends=True)
        diff = list(difflib.unified_diff(exp, got, "expected", name, n=2))
        if len(diff) > 60:
            diff = diff[:60] + [f"... ({len(diff) - 60} more diff lines)\n"]
        text = "".join(line if line.endswith("\n") else line + "\\ (no newline at end)\n"
                       for line in diff)
        if not diff:  # differs only in bytes that decode the same (invalid UTF-8)
            text = f"expected {expected.stdout[:200]!r}\ngot      {actual.stdout[:200]!r}\n"
        problems.append(f"{name}: stdout differs\n" + "".join("      " + l for l in text.splitlines(True)))
    if problems and actual.stderr and not actual.timed_out:
        tail = actual.stderr.decode("utf-8", "replace").rstrip().splitlines()[-8:]
        problems.append(f"{name}: stderr (last lines):\n" + "".join(f"      | {l}\n" for l in tail).rstrip("\n"))
    return problems


def run_file(cmd, rel, timeout, directives, fs_flag=False):
    """Runs one file; with '# fs: tmpdir' in a fresh temporary directory (see the docstring)."""
    if directives.get("fs") != "tmpdir":
        return run(cmd + [rel], timeout)
    with tempfile.TemporaryDirectory(prefix="moat-conf-") as tmp:
        extra = ["--fs-root", tmp] if fs_flag else []
        return run(cmd + extra + [os.path.join(ROOT, rel)], timeout, cwd=tmp)


def check_file(rel, impls, cpython, timeout, strict_stderr=False):
    directives = read_directives(rel)
    t = float(directives.get("timeout", timeout))
    cat = category(rel)
    expected_stderr_last = None
    if cat == "diff":
        exp_path = rel[:-3] + ".expected"
        if os.path.exists(os.path.join(ROOT, exp_path)):
            expected, expected_stderr_last = read_expected(exp_path)
        else:
            expected = None
    else:
        expected = run_file([cpython], rel, t, directives)
        if expected.timed_out or expected.error:
            return rel, cat, {"cpython": [f"cpython: {'timed out' if expected.timed_out else expected.error}"]}, {}
    outcomes, times = {}, {}
    for name, cmd in impls:
        if directives.get("skip-" + name):
            continue
        actual = run_file(cmd, rel, t, directives, fs_flag=True)
        times[name] = actual.seconds
        if expected is None:
            ok = actual.status in (0, 1, 3) and not actual.timed_out
            outcomes[name] = [] if ok else [f"{name}: crashed or hung (status {actual.status})"]
        else:
            outcomes[name] = compare(expected, actual, name, expected_stderr_last, strict_stderr)
    return rel, cat, outcomes, times


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--native-only", action="store_true", help="run only the native CLI")
    ap.add_argument("--wasm-only", action="store_true", help="run only the wasm CLI")
    ap.add_argument("-k", action="append", metavar="SUBSTRING",
                    help="only files whose path contains SUBSTRING (repeatable)")
    ap.add_argument("--list", action="store_true", help="list the selected files and exit")
    ap.add_argument("-j", "--jobs", type=int, default=2, help="parallel workers (default 2)")
    ap.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT,
                    help=f"per-run timeout in seconds (default {DEFAULT_TIMEOUT:g})")
    ap.add_argument("--native-cli", default=NATIVE_CLI,
                    help=f"native CLI executable (default {NATIVE_CLI})")
    ap.add_argument("--wasm-cli", default=WASM_CLI, help=f"wasm CLI script (default {WASM_CLI})")
    ap.add_argument("--wasm", metavar="PATH",
                    help="the wasm module the wasm CLI loads (default: js/dist/moat.wasm)")
    ap.add_argument("-q", "--quiet", action="store_true",
                    help="print only failing files and the totals (default: one line per file)")
    ap.add_argument("--strict-stderr", action="store_true",
                    help="compare the whole traceback, not only its last line (the script path "
                         "CPython prints absolute is made relative first)")
    ap.add_argument("--show-later", action="store_true",
                    help="print diffs for failing files in later/ too")
    args = ap.parse_args()
    if args.native_only and args.wasm_only:
        ap.error("--native-only and --wasm-only exclude each other")

    files = discover(args)
    if args.list:
        for rel in files:
            print(rel)
        return 0
    if not files:
        print("conformance: no test files selected")
        return 2

    cpython = find_cpython()
    if not cpython:
        print("conformance: CPython 3.11 not found (python3.11 / python3)", file=sys.stderr)
        return 2
    impls = []
    if not args.wasm_only:
        native = os.path.join(ROOT, args.native_cli)
        if not os.access(native, os.X_OK):
            print(f"conformance: {args.native_cli} not found; build first: bash scripts/build.sh",
                  file=sys.stderr)
            return 2
        impls.append(("native", [native, "run"]))
    if not args.native_only:
        if not os.path.exists(os.path.join(ROOT, args.wasm_cli)):
            print(f"conformance: {args.wasm_cli} not found", file=sys.stderr)
            return 2
        wasm = os.path.join(ROOT, args.wasm or os.path.join("js", "dist", "moat.wasm"))
        if not os.path.exists(wasm):
            print(f"conformance: {os.path.relpath(wasm, ROOT)} not found; build first: bash scripts/build.sh",
                  file=sys.stderr)
            return 2
        cmd = [shutil.which("node") or "node", os.path.join(ROOT, args.wasm_cli), "run"]
        if args.wasm:
            cmd += ["--wasm", wasm]
        impls.append(("wasm", cmd))

    start = time.monotonic()
    counts = {"main": [0, 0], "later": [0, 0], "diff": [0, 0]}
    per_impl = {name: [0, 0] for name, _ in impls}
    failures = {"main": [], "later": [], "diff": []}
    slowest = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        futures = [pool.submit(check_file, rel, impls, cpython, args.timeout, args.strict_stderr)
                   for rel in files]
        for fut in futures:  # in file order, so the report is stable
            rel, cat, outcomes, times = fut.result()
            problems = [p for probs in outcomes.values() for p in probs]
            counts[cat][0 if not problems else 1] += 1
            for name, probs in outcomes.items():
                if name in per_impl and cat != "later":
                    per_impl[name][0 if not probs else 1] += 1
            for name, secs in times.items():
                slowest.append((secs, name, rel))
            if problems:
                failures[cat].append(rel)
                bad = ",".join(n for n, probs in outcomes.items() if probs)
                if cat != "later" or args.show_later:
                    print(f"FAIL {rel} [{bad}]")
                    for p in problems:
                        print("   " + p)
                elif not args.quiet:
                    print(f"fail {rel} [{bad}] (later/: not counted)")
            elif not args.quiet:
                print(f"ok   {rel} [{','.join(outcomes)}]")
            sys.stdout.flush()

    elapsed = time.monotonic() - start
    print()
    if failures["later"] and not args.show_later:
        print("later/ failures (not blocking; --show-later -k later for diffs): "
              + ", ".join(os.path.basename(f)[:-3] for f in failures["later"]))
    slowest.sort(reverse=True)
    if slowest and slowest[0][0] > 5:
        print("slowest runs: " + ", ".join(f"{r} [{n}] {s:.1f}s" for s, n, r in slowest[:3]))
    if impls:
        print("per implementation (outside later/): " + ", ".join(
            f"{name} {p} passed {f} failed" for name, (p, f) in per_impl.items()))
    main_p = counts["main"][0] + counts["diff"][0]
    main_f = counts["main"][1] + counts["diff"][1]
    if counts["diff"][0] + counts["diff"][1]:
        print(f"diff: {counts['diff'][0]} passed, {counts['diff'][1]} failed")
    print(f"later: {counts['later'][0]} passed, {counts['later'][1]} failed")
    print(f"conformance: {main_p} passed, {main_f} failed ({elapsed:.1f}s, "
          f"{'+'.join(n for n, _ in impls)})")
    return 1 if main_f else 0


if __name__ == "__main__":
    sys.exit(main())

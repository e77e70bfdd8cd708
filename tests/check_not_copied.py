#!/usr/bin/env python3
"""House rule check: Moat's embedded Python modules (src/modules/py/*.py) are our own code, not
CPython's Lib copied in. Every module is compared with the Python files of the local CPython's
standard library (the test oracle, so it is always installed): a run of MIN_RUN (10) or more
consecutive code lines that are the same in both is reported (comments, blank lines, whitespace
and the lines an API dictates, such as `self.width = width` or `raise NotImplementedError`, are
left out). A module listed in tests/not_copied_pending.txt (a rewrite is
under way) is reported but does not fail the check; any other hit fails it, and so does a listed
module that no longer has hits (take it off the list).

    python3 tests/check_not_copied.py [--min-run 10] [-v]
"""
import argparse
import hashlib
import os
import re
import sys
import sysconfig

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OURS = os.path.join(ROOT, "src", "modules", "py")
PENDING = os.path.join(ROOT, "tests", "not_copied_pending.txt")


# Lines whose text the API dictates (any implementation writes them the same way): they neither
# start nor extend a shared run.
DICTATED = re.compile(r"^(?:@[\w.]+(?:\(.*\))?|raise NotImplementedError(?:\(\))?|return NotImplemented|pass|"
                      r"__slots__ = \(\)|self\._?(?P<a>\w+) = (?P=a)|(?P<b>\w+) = _inst\.(?P=b)|def \w+\(self\):)$")


def code_lines(path):
    """(line number, normalised text) of the lines that carry code."""
    out = []
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            for no, line in enumerate(f, 1):
                t = " ".join(line.split())
                if not t or t.startswith("#") or t in ('"""', "'''"):
                    continue
                if len(t) < 12 and not any(c.isalnum() for c in t):
                    continue  # lone punctuation: ), ], else:, ...
                if DICTATED.match(t):
                    continue
                out.append((no, t))
    except OSError:
        pass
    return out


def windows(lines, n):
    for i in range(len(lines) - n + 1):
        key = hashlib.blake2b("\n".join(t for _, t in lines[i:i + n]).encode(), digest_size=12).digest()
        yield key, lines[i][0], lines[i + n - 1][0]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--min-run", type=int, default=10)
    ap.add_argument("-v", action="store_true", help="list every shared run")
    args = ap.parse_args()
    stdlib = sysconfig.get_paths()["stdlib"]
    index = {}
    for dirpath, dirnames, filenames in os.walk(stdlib):
        dirnames[:] = [d for d in dirnames if d not in ("test", "tests", "idlelib", "site-packages", "lib2to3")]
        for fn in filenames:
            if fn.endswith(".py"):
                p = os.path.join(dirpath, fn)
                for key, a, b in windows(code_lines(p), args.min_run):
                    index.setdefault(key, (os.path.relpath(p, stdlib), a, b))
    pending = set()
    if os.path.exists(PENDING):
        with open(PENDING) as f:
            pending = {l.split("#")[0].strip() for l in f if l.split("#")[0].strip()}
    hits = {}
    for fn in sorted(os.listdir(OURS)):
        if not fn.endswith(".py"):
            continue
        for key, a, b in windows(code_lines(os.path.join(OURS, fn)), args.min_run):
            if key in index:
                hits.setdefault(fn, []).append((a, b, index[key]))
    failed = False
    for fn, runs in sorted(hits.items()):
        state = "pending rewrite" if fn in pending else "FAIL"
        failed |= fn not in pending
        print(f"{state}: src/modules/py/{fn}: {len(runs)} windows of {args.min_run} lines match CPython's "
              f"Lib (first: lines {runs[0][0]}-{runs[0][1]} ~ {runs[0][2][0]}:{runs[0][2][1]})")
        if args.v:
            for a, b, (other, oa, ob) in runs:
                print(f"    {a}-{b} ~ {other}:{oa}-{ob}")
    for fn in sorted(pending - set(hits)):
        print(f"FAIL: {fn} is listed in tests/not_copied_pending.txt but matches nothing any more: remove it")
        failed = True
    print(f"check_not_copied: {len(hits)} module(s) with runs shared with CPython's Lib, "
          f"{len(pending & set(hits))} of them pending a rewrite")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

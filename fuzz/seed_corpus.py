#!/usr/bin/env python3
"""Writes the seed corpora the conformance files do not provide, into OUTDIR (default
/tmp/moat-fuzz/seeds): OUTDIR/cbor/ gets one file per shared vector of tests/vectors/cbor.json
(valid and malformed) for fuzz_cbor, OUTDIR/python/ a few programs that call the host function
`host` (fuzz_run declares it). The Python targets also read tests/python/ directly.

    python3 fuzz/seed_corpus.py [OUTDIR]

Seeds are generated rather than committed so they can never drift from the vectors."""
import hashlib
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# fuzz_run answers the first call (and every other one) with its first argument, the rest with
# RuntimeError("fuzz").
HOST_SEEDS = [
    'x = host([1, (2, 3), {"a": b"x"}, {4}, frozenset(), 2**70, -1.5, None, True])\nprint(x)\n'
    'try:\n    host(1)\nexcept RuntimeError as e:\n    print("err", e)\nprint(host())\n',
    'def f(n):\n    return host(n) if n else 0\nprint([f(i) for i in range(5)])\n',
    'd = {"k": [1, 2]}\nfor i in range(3):\n    try:\n        d = host(d, key=i)\n    except Exception as e:\n'
    '        print(type(e).__name__, e)\nprint(d)\n',
    'class C:\n    pass\ntry:\n    host(C())\nexcept TypeError as e:\n    print(e)\nl = []\nl.append(l)\n'
    'try:\n    host(l)\nexcept ValueError as e:\n    print(e)\n',
]


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "/tmp/moat-fuzz/seeds"
    cbor_dir = os.path.join(out, "cbor")
    os.makedirs(cbor_dir, exist_ok=True)
    with open(os.path.join(ROOT, "tests", "vectors", "cbor.json"), encoding="utf-8") as f:
        vectors = json.load(f)
    written = 0
    for v in vectors:
        data = bytes.fromhex(v["hex"])
        if not data:
            continue
        name = hashlib.sha1(data).hexdigest()[:16] + ".cbor"
        with open(os.path.join(cbor_dir, name), "wb") as f:
            f.write(data)
        written += 1
    if written < 300:
        sys.exit(f"seed_corpus.py: only {written} CBOR seeds from {len(vectors)} vectors")
    py_dir = os.path.join(out, "python")
    os.makedirs(py_dir, exist_ok=True)
    for i, text in enumerate(HOST_SEEDS):
        with open(os.path.join(py_dir, f"host_{i}.py"), "w", encoding="utf-8") as f:
            f.write(text)
    print(out)


if __name__ == "__main__":
    main()

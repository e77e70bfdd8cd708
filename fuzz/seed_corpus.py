#!/usr/bin/env python3
"""Writes the CBOR seed corpus for fuzz_cbor: one file per shared vector of tests/vectors/cbor.json
(valid and malformed), named by content hash, into OUTDIR/cbor/ (default /tmp/moat-fuzz/seeds).
The Python targets need no generated seeds: they read tests/python/ directly.

    python3 fuzz/seed_corpus.py [OUTDIR]

Seeds are generated rather than committed so they can never drift from the vectors."""
import hashlib
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


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
    print(cbor_dir)


if __name__ == "__main__":
    main()

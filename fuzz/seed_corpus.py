#!/usr/bin/env python3
"""Fills fuzz/corpus/: cbor/ from the shared CBOR vectors (valid and malformed), python/ from
tests/python/*.py. Run from anywhere: python3 fuzz/seed_corpus.py"""
import glob
import hashlib
import json
import os
import shutil

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "fuzz", "corpus")


def main():
    cbor_dir = os.path.join(CORPUS, "cbor")
    os.makedirs(cbor_dir, exist_ok=True)
    with open(os.path.join(ROOT, "tests", "vectors", "cbor.json"), encoding="utf-8") as f:
        vectors = json.load(f)
    for v in vectors:
        data = bytes.fromhex(v["hex"])
        if not data:
            continue
        name = hashlib.sha1(data).hexdigest()[:16] + ".cbor"
        with open(os.path.join(cbor_dir, name), "wb") as out:
            out.write(data)
    py_dir = os.path.join(CORPUS, "python")
    os.makedirs(py_dir, exist_ok=True)
    for path in sorted(glob.glob(os.path.join(ROOT, "tests", "python", "**", "*.py"), recursive=True)):
        if os.path.getsize(path) <= 16384:
            shutil.copy(path, os.path.join(py_dir, os.path.basename(path)))


if __name__ == "__main__":
    main()

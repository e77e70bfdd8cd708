#!/usr/bin/env python3
"""Generates the shared CBOR vectors: tests/vectors/cbor.json (read by tests/js/cbor.test.js) and
tests/vectors/cbor_vectors.h (the same vectors for tests/c/test_cbor.c). Edit this script, never
the outputs; run `python3 tests/vectors/gen_cbor.py` (or with --check to verify they are current).

A valid vector has "python" (repr of the decoded value, as CPython 3.11 prints it), "value" (a
typed JSON form of it for the JS test) and "canonical" (true if Moat's encoders produce exactly
these bytes for that value). A malformed vector has only name, hex and valid=false; both decoders
must reject it.
"""
import json
import math
import os
import struct
import sys

MAX_DEPTH = 200  # MOAT_CBOR_MAX_DEPTH in src/config.h
HERE = os.path.dirname(os.path.abspath(__file__))


def head(major, v):
    if v < 24:
        return bytes([major << 5 | v])
    for ai, n in ((24, 1), (25, 2), (26, 4), (27, 8)):
        if v < 1 << (8 * n):
            return bytes([major << 5 | ai]) + v.to_bytes(n, "big")
    raise ValueError(v)


def enc(v):
    """Moat's canonical encoding (mirrors src/boundary/cbor.c and js/src/cbor.js)."""
    if v is None:
        return b"\xf6"
    if v is True:
        return b"\xf5"
    if v is False:
        return b"\xf4"
    if isinstance(v, int):
        if v >= 0:
            if v < 1 << 64:
                return head(0, v)
            mag = v.to_bytes((v.bit_length() + 7) // 8, "big")
            return head(6, 2) + head(2, len(mag)) + mag
        n = -1 - v
        if n < 1 << 64:
            return head(1, n)
        mag = n.to_bytes((n.bit_length() + 7) // 8, "big")
        return head(6, 3) + head(2, len(mag)) + mag
    if isinstance(v, float):
        return b"\xfb" + struct.pack(">d", v)
    if isinstance(v, str):
        b = v.encode("utf-8")
        return head(3, len(b)) + b
    if isinstance(v, bytes):
        return head(2, len(v)) + v
    if isinstance(v, list):
        return head(4, len(v)) + b"".join(enc(x) for x in v)
    if isinstance(v, tuple):
        return head(6, 40001) + head(4, len(v)) + b"".join(enc(x) for x in v)
    if isinstance(v, dict):
        return head(5, len(v)) + b"".join(enc(k) + enc(x) for k, x in v.items())
    if isinstance(v, frozenset):
        return head(6, 40002) + head(4, len(v)) + b"".join(enc(x) for x in v)
    if isinstance(v, set):
        return head(6, 258) + head(4, len(v)) + b"".join(enc(x) for x in v)
    raise TypeError(type(v))


def typed(v):
    """The typed JSON form the JS test compares against."""
    if v is None:
        return {"none": None}
    if isinstance(v, bool):
        return {"bool": v}
    if isinstance(v, int):
        return {"int": str(v)}
    if isinstance(v, float):
        return {"float": struct.pack(">d", v).hex()}
    if isinstance(v, str):
        return {"str": v}
    if isinstance(v, bytes):
        return {"bytes": v.hex()}
    if isinstance(v, list):
        return {"list": [typed(x) for x in v]}
    if isinstance(v, tuple):
        return {"tuple": [typed(x) for x in v]}
    if isinstance(v, dict):
        return {"dict": [[typed(k), typed(x)] for k, x in v.items()]}
    if isinstance(v, frozenset):
        return {"frozenset": [typed(x) for x in v]}
    if isinstance(v, set):
        return {"set": [typed(x) for x in v]}
    raise TypeError(type(v))


def nested_list(levels):
    v = []
    for _ in range(levels - 1):
        v = [v]
    return v


VALID = [
    ("none", None), ("false", False), ("true", True),
    ("int 0", 0), ("int 1", 1), ("int 23", 23), ("int 24", 24), ("int 255", 255), ("int 256", 256),
    ("int 65535", 65535), ("int 65536", 65536), ("int 2**32-1", 2**32 - 1), ("int 2**32", 2**32),
    ("int 2**53-1", 2**53 - 1), ("int 2**53", 2**53), ("int 2**53+1", 2**53 + 1),
    ("int 2**63-1", 2**63 - 1), ("int 2**63", 2**63), ("int 2**64-1", 2**64 - 1),
    ("int 2**64", 2**64), ("int 2**100", 2**100), ("int 10**40+7", 10**40 + 7),
    ("int -1", -1), ("int -24", -24), ("int -25", -25), ("int -256", -256), ("int -257", -257),
    ("int -2**53+1", -(2**53) + 1), ("int -2**53-1", -(2**53) - 1), ("int -2**63", -(2**63)),
    ("int -2**63-1", -(2**63) - 1), ("int -2**64", -(2**64)), ("int -2**64-1", -(2**64) - 1),
    ("int -10**40", -(10**40)),
    ("float 0.0", 0.0), ("float -0.0", -0.0), ("float 1.0", 1.0), ("float 1.5", 1.5),
    ("float 0.1", 0.1), ("float 1e300", 1e300), ("float 5e-324", 5e-324),
    ("float inf", math.inf), ("float -inf", -math.inf), ("float nan", math.nan),
    ("float 2.0**53", 2.0**53),
    ("str empty", ""), ("str a", "a"), ("str latin", "\u00fc"), ("str euro", "\u20ac"),
    ("str emoji", "\U0001F600"), ("str nul", "a\x00b"), ("str 24 bytes", "x" * 24),
    ("str 300 bytes", "yz" * 150), ("str mixed", "h\u00e9llo w\u00f6rld \u4e16\u754c"),
    ("bytes empty", b""), ("bytes 00ff", b"\x00\xff"), ("bytes 300", bytes(range(256)) + b"abc" * 15),
    ("list empty", []), ("list nested", [1, [2, 3], "x"]), ("list 30", list(range(30))),
    ("list mixed", [None, True, 1.0, 1, b"b", "s", (1,), {"k": [2]}]),
    ("tuple empty", ()), ("tuple 1", (1,)), ("tuple nested", (1, (2, (3, [4])))),
    ("dict empty", {}), ("dict str keys", {"a": 1, "b": [1, 2]}),
    ("dict mixed keys", {1: "x", (1, 2): None, None: True, b"k": 1.5, -5: "neg", 2.5: "f", False: 0}),
    ("dict frozenset key", {frozenset({1}): 2}),
    ("dict nested", {"outer": {"inner": {"deep": [1, {"x": ()}]}}}),
    ("set empty", set()), ("set 1", {1}), ("frozenset empty", frozenset()), ("frozenset 1", frozenset({"a"})),
    ("set of tuple", {(1, 2)}),
    ("list depth 200", nested_list(MAX_DEPTH)),
]

# Valid encodings that Moat's encoders would write differently: (name, hex, value).
NONCANONICAL = [
    ("int 0 in 1 byte", "1800", 0), ("int 1 in 2 bytes", "190001", 1), ("int 1 in 8 bytes", "1b0000000000000001", 1),
    ("int -1 in 4 bytes", "3a00000000", -1), ("bignum 5", "c24105", 5), ("bignum empty", "c240", 0),
    ("negative bignum empty", "c340", -1), ("bignum leading zeros", "c24400000001", 1),
    ("negative bignum leading zero", "c3420001", -2),
    ("array len in 2 bytes", "99000101", [1]), ("text len in 1 byte", "780161", "a"),
    ("duplicate keys later wins", "a2010201f6", {1: None}),
    ("tag 40001 in 4 bytes", "da00009c4180", ()),
]

MALFORMED = [
    ("empty", ""),
    ("trailing byte", "0102"), ("trailing after null", "f600"), ("trailing after array", "8001"),
    ("indefinite bytes", "5f41014102ff"), ("indefinite text", "7f6161ff"), ("indefinite array", "9f01ff"),
    ("indefinite map", "bf0101ff"), ("break alone", "ff"), ("break in array", "81ff"),
    ("undefined", "f7"), ("half float", "f93c00"), ("single float", "fa3f800000"),
    ("simple 0", "e0"), ("simple 19", "f3"), ("simple in 1 byte 32", "f820"), ("simple in 1 byte 20", "f814"),
    ("unknown tag 0", "c06464617465"), ("unknown tag 1", "c101"), ("self-describe tag", "d9d9f701"),
    ("unknown tag 259", "d9010380"), ("unknown tag 40000", "d99c4080"), ("unknown tag 2**64-1", "dbffffffffffffffff01"),
    ("bignum of int", "c201"), ("bignum of text", "c26161"), ("negative bignum of array", "c380"),
    ("tuple of int", "d99c4101"), ("set of map", "d90102a0"), ("frozenset of bytes", "d99c4240"),
    ("tag without content", "d99c41"),
    ("utf8 bad continuation", "62c328"), ("utf8 lone continuation", "6180"), ("utf8 overlong nul", "62c080"),
    ("utf8 overlong 3", "63e08080"), ("utf8 surrogate", "63eda080"), ("utf8 past 10ffff", "64f4908080"),
    ("utf8 f5", "64f5808080"), ("utf8 truncated sequence", "62e282"), ("utf8 ff", "61ff"),
    ("huge bytes", "5bffffffffffffffff"), ("huge text", "7bffffffffffffffff"), ("huge array", "9bffffffffffffffff"),
    ("huge map", "bbffffffffffffffff"), ("bytes 2**32-1", "5affffffff00"), ("array longer than input", "9a0001000001"),
    ("map longer than input", "b90100" + "0101" * 100), ("array 3 of 2", "830102"), ("map missing value", "a101"),
    ("list depth 201", "81" * MAX_DEPTH + "80"), ("map depth 201", "a101" * MAX_DEPTH + "a0"),
    ("tuple depth 201", "d99c4181" * MAX_DEPTH + "80"),
    ("unhashable key list", "a18001"), ("unhashable key map", "a1a00101"), ("unhashable key set", "a1d9010280f6"),
    ("unhashable key in tuple", "a1d99c41818001"), ("unhashable set element", "d901028180"),
]
for ai in (28, 29, 30):
    for major in range(8):
        MALFORMED.append((f"reserved ai {ai} major {major}", bytes([major << 5 | ai]).hex()))
for major, name in ((0, "uint"), (1, "negint"), (2, "bytes"), (3, "text"), (4, "array"), (5, "map"), (6, "tag"), (7, "float")):
    for ai in (24, 25, 26, 27):
        if major == 7 and ai == 24:
            continue
        MALFORMED.append((f"truncated {name} argument ai {ai}", bytes([major << 5 | ai]).hex()))


def build():
    vectors = []
    truncate_from = []
    for name, v in VALID:
        h = enc(v).hex()
        vectors.append({"name": name, "hex": h, "python": repr(v), "value": typed(v), "canonical": True, "valid": True})
        if name in ("int 2**64", "int -10**40", "float 1.5", "str emoji", "bytes 00ff", "list mixed",
                    "tuple nested", "dict mixed keys", "set of tuple", "frozenset 1", "dict nested"):
            truncate_from.append((name, h))
    for name, h, v in NONCANONICAL:
        assert enc(v).hex() != h, name
        vectors.append({"name": name, "hex": h, "python": repr(v), "value": typed(v), "canonical": False, "valid": True})
    for name, h in MALFORMED:
        vectors.append({"name": name, "hex": h, "valid": False})
    for name, h in truncate_from:
        n = len(h) // 2
        for k in range(1, n):
            vectors.append({"name": f"{name} truncated to {k} of {n} bytes", "hex": h[: 2 * k], "valid": False})
    # Odd hex (a typo guard): every hex string must be whole bytes.
    for v in vectors:
        assert len(v["hex"]) % 2 == 0, v["name"]
    return vectors


def c_string(s):
    out = []
    for ch in s.encode("utf-8"):
        if ch in (0x22, 0x5c):
            out.append("\\" + chr(ch))
        elif 0x20 <= ch < 0x7f and ch != 0x3f:
            out.append(chr(ch))
        else:
            out.append("\\%03o" % ch)
    return '"' + "".join(out) + '"'


def header(vectors):
    lines = [
        "/* Generated by tests/vectors/gen_cbor.py from the same data as cbor.json: do not edit. */",
        "typedef struct CborVector { const char *name, *hex, *python; int valid, canonical; } CborVector;",
        "static const CborVector cbor_vectors[] = {",
    ]
    for v in vectors:
        py = c_string(v["python"]) if v["valid"] else "0"
        lines.append("    {%s, %s, %s, %d, %d}," % (c_string(v["name"]), c_string(v["hex"]), py,
                                                   int(v["valid"]), int(v.get("canonical", False))))
    lines.append("};")
    lines.append("")
    return "\n".join(lines)


def main():
    vectors = build()
    js = "[\n" + ",\n".join(json.dumps(v, ensure_ascii=False) for v in vectors) + "\n]\n"
    h = header(vectors)
    paths = {os.path.join(HERE, "cbor.json"): js, os.path.join(HERE, "cbor_vectors.h"): h}
    if "--check" in sys.argv:
        stale = [p for p, text in paths.items() if not os.path.exists(p) or open(p, encoding="utf-8").read() != text]
        if stale:
            print("stale:", *stale)
            sys.exit(1)
        return
    for p, text in paths.items():
        with open(p, "w", encoding="utf-8") as f:
            f.write(text)
    print(f"{len(vectors)} vectors")


if __name__ == "__main__":
    main()

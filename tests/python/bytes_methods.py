b = b"Hello, World"
print(b, len(b), b[0], b[-1], b[1:5], b[::-1], b"o" in b, 108 in b)
print(b.upper(), b.lower(), b.swapcase(), b.title(), b.find(b"o"), b.rfind(b"o"), b.count(b"l"))
print(b.split(b", "), b"a b  c ".split(), b"a,b,,c".split(b",", 2), b" x y ".rsplit(None, 1))
print(b.replace(b"l", b"L", 2), b"  pad  ".strip(), b"xxhixx".strip(b"x"), b.startswith(b"He"), b.endswith((b"x", b"ld")))
print(b.hex(), b.hex(":", 2), bytes.fromhex("48 65 6c 6c 6f"), b"-".join([b"a", b"b", bytearray(b"c")]))
print(b.decode(), b"\xc3\xa9".decode("utf-8"), b"\xff\xfe".decode("utf-8", "replace"), b"caf\xe9".decode("latin-1"))
print(bytes(3), bytes([65, 66]), bytes("é", "utf-8"), "é".encode(), "x".encode("ascii"), bytes(bytearray(b"q")))
print(repr(b"'"), repr(b'"'), repr(b"'\""), repr(b"\x00\t\n\r\\\x7f\x80"), bytearray(b"x'y"))
print(b"%s=%d (%x) %5.1f %r" % (b"k", 42, 255, 2.25, "s"), b"a" * 3, b"a" + bytearray(b"b"))
ba = bytearray(b"abc")
ba.append(100); ba.extend(b"ef"); ba[0] = 65; ba[1:3] = b"XYZ"; del ba[-1]
print(ba, ba.pop(), ba.pop(0), len(ba), ba == b"XYZde"[:-1], list(ba))
ba += b"!"; ba *= 2; print(ba, ba.upper(), type(ba.upper()).__name__)
for bad in [lambda: b"a" + "b", lambda: bytes([256]), lambda: bytes("x"), lambda: b"abc"[5], lambda: bytearray().pop(), lambda: b"\xff".decode()]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

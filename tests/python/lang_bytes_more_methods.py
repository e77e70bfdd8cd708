b = b"a,b,,c"
print(b.split(b",", 1), b.rsplit(b",", 1), b.count(b","), b"  x  ".lstrip(), b"xxyy".rstrip(b"y"), b"ab".zfill(4))
t = bytes.maketrans(b"ab", b"xy"); print(b"aabbc".translate(t), b"abc".translate(None, b"b"))
print(b"Hello".swapcase(), b"hello world".title(), b"abc".capitalize(), b"a\tb".expandtabs(4), b"line1\nline2".splitlines())
print(b"abc"[1], b"abc"[1:2], bytes(b"abc")[::-1], b"%b and %s" % (b"x", b"y"), b"ab".ljust(4, b"."), b"a".rjust(3))
print(b"abc".startswith((b"x", b"a")), b"abc".rfind(b"c"), b"abcabc".rindex(b"b"), b"a b".isspace(), b"ABC".isupper())
print(bytes.fromhex("4142"), b"\x00\xff".hex(":"), b"abc" == bytearray(b"abc"), hash(b"x") == hash(b"x"))

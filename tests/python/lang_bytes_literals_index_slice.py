b = b"hello\x00\xff"
print(b, len(b), b[0], b[-1], b[1:3], b[::-1], b[::2], rb"\n", b"a" b"b")
print(list(b"abc"), bytes([65, 66]), bytes(3), bytes(range(3)), bytes("é", "utf-8"))
print(b"ab" + b"cd", b"ab" * 2, b"a" in b"cab", 97 in b"abc", b"abc" < b"abd")
try:
    bytes([256])
except ValueError as e:
    print(e)

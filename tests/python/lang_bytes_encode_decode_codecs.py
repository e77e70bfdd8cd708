for enc in ("utf-8", "UTF8", "ascii", "latin-1", "latin1", "iso-8859-1", "utf_8"):
    print(enc, "é".encode(enc, "replace"))
print(b"\xe9".decode("latin-1"), "ÿ".encode("latin-1"), b"\xc3\xa9".decode("utf-8"), bytes("abc", encoding="ascii"))
print("𝄞".encode("utf-8"), b"\xf0\x9d\x84\x9e".decode(), str(b"\xc3\xa9", "utf-8"), str(b"ab", encoding="ascii", errors="strict"))
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print(e)
print(b"\xff\xfe".decode("utf-8", "surrogateescape").encode("utf-8", "surrogateescape"))

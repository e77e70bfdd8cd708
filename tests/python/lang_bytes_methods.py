b = b"  Hello, World  "
print(b.strip(), b.lower(), b.upper(), b.split(b","), b.strip().split(), b.replace(b"l", b"L"))
print(b.find(b"o"), b.count(b"l"), b.startswith(b"  H"), b.endswith(b"  "), b.index(b"W"))
print(b"-".join([b"a", b"b"]), b"abc".hex(), bytes.fromhex("de ad be ef"), b"x".center(5, b"*"))
print(b"a1".isalnum(), b"12".isdigit(), b"ab".isalpha(), b"Ab".title(), b"abc".partition(b"b"))

data = b"caf\xc3\xa9 \xff!"
print(data[:5].decode(), data[:5].decode("utf-8"))
print(data.decode("utf-8", errors="replace"), data.decode("utf-8", "ignore"), data.decode("latin-1"), data.decode("utf-8", "backslashreplace"))
try:
    data.decode("utf-8")
except UnicodeDecodeError as e:
    print(e)
try:
    b"\x80".decode("ascii")
except UnicodeDecodeError as e:
    print(e)
print(b"abc".decode("ascii"))

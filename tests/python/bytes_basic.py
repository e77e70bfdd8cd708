b = b"abc"
print(b, len(b), b[0], b[1:], list(b))
print("héllo".encode(), b"hi".decode())

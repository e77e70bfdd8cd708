# hashlib.pbkdf2_hmac: RFC 6070 vectors (SHA-1), other digests and dklen values, CPython's errors.
import hashlib

P = hashlib.pbkdf2_hmac
print(P("sha1", b"password", b"salt", 1, 20).hex())
print(P("sha1", b"password", b"salt", 2, 20).hex())
print(P("sha1", b"password", b"salt", 4096, 20).hex())
print(P("sha1", b"passwordPASSWORDpassword", b"saltSALTsaltSALTsaltSALTsaltSALTsalt", 4096, 25).hex())
print(P("sha1", b"pass\0word", b"sa\0lt", 4096, 16).hex())
print(P("sha256", b"pw", b"salt", 1000).hex())
print(P("sha256", b"pw", b"salt", 1000, None).hex())
print(P("sha256", b"pw", b"s", 1, 100).hex())
print(P("md5", b"pw", b"s", 3, 40).hex())
print(P("sha512", b"p" * 300, b"s", 3, 100).hex())
print(P("sha384", b"", b"", 5).hex())
print(P("SHA256", bytearray(b"pw"), bytearray(b"salt"), 2).hex())
print(P(hash_name="sha224", password=b"pw", salt=b"salt", iterations=2, dklen=3).hex())
print(P("sha256", b"pw", b"s", True).hex())


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: P("sha256", b"pw", b"salt", 0))
t(lambda: P("sha256", b"pw", b"salt", -1))
t(lambda: P("sha256", b"pw", b"salt", 1, 0))
t(lambda: P("sha256", b"pw", b"salt", 1, -1))
t(lambda: P("sha256", "pw", b"salt", 1))
t(lambda: P("sha256", b"pw", "salt", 1))
t(lambda: P("sha256", None, b"salt", 1))
t(lambda: P("nope", b"pw", b"salt", 1))
t(lambda: P("nope", b"pw", b"salt", 0))
t(lambda: P("nope", "pw", b"salt", 1))
t(lambda: P(b"sha256", b"pw", b"salt", 1))
t(lambda: P("sha256", b"pw", b"salt", 1.0))
t(lambda: P("sha256", b"pw", b"salt", "1"))
t(lambda: P("sha256", b"pw", b"salt", 2**63))
t(lambda: P("sha256", b"pw", b"salt", -2**70))
t(lambda: P("sha256", b"pw", b"salt", 2**31))
t(lambda: P("sha256", b"pw", b"salt", 1, 2**31))
t(lambda: P("sha256", b"pw", b"salt", 1, 2**70))
t(lambda: P("sha256", b"pw", b"salt", 1, 1.5))
t(lambda: P("sha256", b"pw", b"salt", 0, "x"))
t(lambda: P("sha256", b"pw", b"salt"))
t(lambda: P("sha256", b"pw", b"s", 1, 2, 3))
t(lambda: P("sha256", b"pw", b"s", 1, dklen=None, foo=1))
try:
    P("nope", b"pw", b"salt", 1)
except ValueError as e:
    print(type(e).__name__, type(e).__module__, isinstance(e, ValueError))

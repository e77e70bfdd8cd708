# hmac: RFC 2202 / RFC 4231 vectors, the HMAC object's attributes and methods, hmac.digest.
import hashlib
import hmac

# RFC 4231 test cases 1, 2, 6 and 7 (SHA-224/256/384/512).
cases = [
    (b"\x0b" * 20, b"Hi There"),
    (b"Jefe", b"what do ya want for nothing?"),
    (b"\xaa" * 131, b"Test Using Larger Than Block-Size Key - Hash Key First"),
    (b"\xaa" * 131, b"This is a test using a larger than block-size key and a larger than block-size data. "
                    b"The key needs to be hashed before being used by the HMAC algorithm."),
]
for key, msg in cases:
    for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"]:
        h = hmac.new(key, msg, name)
        print(name, len(key), h.hexdigest())
        assert h.digest() == hmac.digest(key, msg, name)

h = hmac.new(b"k", b"m", "sha512")
print(h.name, h.digest_size, h.block_size, h.blocksize, type(h).__name__, type(h).__module__)
print(hmac.new(b"k", b"m", hashlib.md5).hexdigest())
print(hmac.new(b"k", b"m", lambda d=b"": hashlib.sha1(d)).hexdigest())
print(hmac.new(bytearray(b"k"), bytearray(b"m"), "sha1").hexdigest())
print(hmac.new(b"k", digestmod="sha256").hexdigest())
print(hmac.HMAC(b"k", digestmod="md5").hexdigest())
print(hmac.new(b"k", None, "sha1").hexdigest())
print(hmac.new(b"k" * 200, b"m", "sha256").hexdigest())
print(hmac.digest(b"k" * 200, b"m", "sha384").hex())
print(hmac.digest(b"k", b"m", hashlib.sha256).hex())
print(hmac.digest(b"k", b"m", lambda d=b"": hashlib.sha1(d)).hex())

# update in pieces, copy independence, digest() leaves the object usable
h = hmac.new(b"key", b"hello ", "sha256")
c = h.copy()
h.update(b"world")
h.update(bytearray(b"!"))
print(h.hexdigest(), hmac.new(b"key", b"hello world!", "sha256").hexdigest())
print(c.hexdigest(), hmac.new(b"key", b"hello ", "sha256").hexdigest())
print(h.digest() == h.digest())
print(hmac.trans_5C[:4], hmac.trans_36[:4], len(hmac.trans_5C), hmac.digest_size)

# SHA-3 digests (their block size is the sponge rate); SHAKE cannot be used by name.
for name in ["sha3_224", "sha3_256", "sha3_384", "sha3_512"]:
    print(name, hmac.new(b"k", b"m", name).hexdigest(), hmac.new(b"k" * 300, b"m", name).hexdigest()[:16])
    print(hmac.digest(b"key", b"msg", name).hex()[:16], hmac.new(b"k", b"m", name).block_size)
for f in (lambda: hmac.new(b"k", b"m", "shake_128"), lambda: hmac.digest(b"k", b"m", "shake_256")):
    try:
        f()
    except ValueError as e:
        print(type(e).__name__, e)

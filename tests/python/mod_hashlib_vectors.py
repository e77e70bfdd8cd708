# hashlib: known-answer vectors (FIPS 180-4 / RFC 1321 examples, the million-'a' message) for
# every algorithm, through the named constructors and new().
import hashlib

NAMES = ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"]
MESSAGES = [
    b"",
    b"a",
    b"abc",
    b"message digest",
    b"abcdefghijklmnopqrstuvwxyz",
    b"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
    b"abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
    b"12345678901234567890123456789012345678901234567890123456789012345678901234567890",
    bytes(range(256)),
]
for name in NAMES:
    ctor = getattr(hashlib, name)
    for m in MESSAGES:
        h = ctor(m)
        print(name, len(m), h.hexdigest())
        assert h.digest() == bytes.fromhex(h.hexdigest())
        assert hashlib.new(name, m).hexdigest() == h.hexdigest()

million = b"a" * 1000000
for name in NAMES:
    print(name, "million a", hashlib.new(name, million).hexdigest())

for name in ["sha512_224", "sha512_256"]:
    for m in (b"", b"abc", MESSAGES[6]):
        h = hashlib.new(name, m)
        print(name, h.name, h.digest_size, h.block_size, h.hexdigest())

# Names are case-insensitive and OpenSSL's aliases work, as in CPython.
for alias in ["SHA256", "Sha1", "MD5", "sha-256", "SHA-1", "sha2-512", "SHA-384", "sha512-256"]:
    print(alias, hashlib.new(alias, b"abc").name)

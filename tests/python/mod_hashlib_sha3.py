# hashlib: SHA-3 and SHAKE (FIPS 202): known answers, every length around the sponge rates,
# incremental updates, SHAKE's digest(length), names, and errors.
import hashlib

MESSAGES = [b"", b"abc", b"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", bytes(range(256)) * 3]
for name in ["sha3_224", "sha3_256", "sha3_384", "sha3_512"]:
    ctor = getattr(hashlib, name)
    for m in MESSAGES:
        print(name, len(m), ctor(m).hexdigest())
    print(name, "million a", hashlib.new(name, b"a" * 1000000).hexdigest())
    h = ctor()
    print(h.name, h.digest_size, h.block_size, type(h).__name__)

data = bytes((i * 91 + 7) % 256 for i in range(400))
for name in ["sha3_224", "sha3_256", "sha3_384", "sha3_512", "shake_128", "shake_256"]:
    out = []
    for n in list(range(0, 30)) + list(range(60, 80)) + list(range(100, 180)) + [300, 336, 337, 400]:
        h = hashlib.new(name, data[:n])
        one = h.hexdigest(20) if name.startswith("shake") else h.hexdigest()
        g = hashlib.new(name)
        for i in range(0, n, 17):
            g.update(data[i:min(i + 17, n)])
        two = g.hexdigest(20) if name.startswith("shake") else g.hexdigest()
        assert one == two, (name, n)
        out.append(one[:6])
    print(name, " ".join(out))

for name in ["shake_128", "shake_256"]:
    for m in MESSAGES:
        h = getattr(hashlib, name)(m)
        print(name, len(m), h.hexdigest(32), h.digest(400).hex()[-32:], h.digest(1000)[:50] == h.digest(50))
    h = getattr(hashlib, name)(b"x")
    c = h.copy()
    h.update(b"y")
    print(type(h).__name__, type(c).__name__, h.name, h.digest_size, h.block_size, c.hexdigest(4), h.hexdigest(4))
    print(isinstance(h, type(hashlib.md5())), h.digest(0), h.hexdigest(0) == "")

for alias in ["SHA3-224", "sha3-512", "SHAKE256", "shake-128", "shake128", "SHAKE_256", "Sha3_384", "sha3_384"]:
    try:
        print(alias, hashlib.new(alias).name)
    except ValueError as e:
        print(alias, type(e).__name__, e)


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


s = hashlib.shake_128(b"abc")
t(lambda: s.digest())
t(lambda: s.hexdigest())
t(lambda: s.digest(-1))
t(lambda: s.digest(2**64))
t(lambda: s.hexdigest(2**63))
t(lambda: s.digest(2**63 - 1))
t(lambda: s.digest(1.5))
t(lambda: s.hexdigest(length=4))
t(lambda: s.digest(length=4))
t(lambda: s.digest(4, 5))
t(lambda: s.update(1))
t(lambda: s.update("x"))
t(lambda: hashlib.shake_256(b"", b""))
t(lambda: hashlib.sha3_256("x"))
t(lambda: hashlib.sha3_256(b"", foo=1))
t(lambda: hashlib.sha3_256(b"", usedforsecurity=False).hexdigest())
t(lambda: hashlib.sha3_256(string=b"abc").hexdigest())
t(lambda: hashlib.sha3_512().digest(1))
t(lambda: type(s)())
t(lambda: hashlib.pbkdf2_hmac("sha3_256", b"p", b"s", 2).hex())
t(lambda: hashlib.pbkdf2_hmac("sha3_224", b"p" * 200, b"s", 3, 70).hex())
t(lambda: hashlib.pbkdf2_hmac("shake_128", b"p", b"s", 2))
print(hashlib.shake_128.__name__, hashlib.sha3_256.__name__)

# hashlib: hash objects: attributes, update/digest/hexdigest/copy semantics, constructor keywords.
import hashlib

for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"]:
    h = getattr(hashlib, name)()
    print(name, h.name, h.digest_size, h.block_size, type(h).__name__, type(h).__module__)

h = hashlib.sha256(b"hello ")
c = h.copy()
h.update(b"world")
print(h.hexdigest())
print(c.hexdigest())
c.update(b"there")
print(c.hexdigest(), h.hexdigest())
print(h.digest() == h.digest(), h.hexdigest() == h.hexdigest())
h.update(b"!")
print(h.hexdigest())
print(hashlib.sha256(b"hello world!").hexdigest())

print(hashlib.md5(string=b"abc").hexdigest())
print(hashlib.md5(b"abc", usedforsecurity=False).hexdigest())
print(hashlib.new("sha1", b"abc", usedforsecurity=False).hexdigest())
print(hashlib.new("sha1", data=b"abc").hexdigest())
print(hashlib.new(name="sha1").hexdigest())
print(hashlib.sha1(bytearray(b"abc")).hexdigest())


class B(bytes):
    pass


print(hashlib.sha1(B(b"abc")).hexdigest())
print(type(hashlib.sha1().digest()).__name__, type(hashlib.sha1().hexdigest()).__name__)
print(hashlib.md5(b"a") == hashlib.md5(b"a"))
print(hashlib.sha256.__name__, hashlib.new.__name__)
# Moat has no blake2 (docs/modules.md): the rest of the guaranteed set is CPython's.
SHA2_MD5 = sorted(a for a in hashlib.algorithms_guaranteed if not a.startswith("blake"))
print(SHA2_MD5)
print(type(hashlib.algorithms_guaranteed).__name__, type(hashlib.algorithms_available).__name__)
print(all(a in hashlib.algorithms_available for a in hashlib.algorithms_guaranteed))
for a in SHA2_MD5:
    h = hashlib.new(a, b"x")
    print(a, (h.hexdigest(8) if a.startswith("shake") else h.hexdigest())[:16])
print(repr(hashlib.sha224()).startswith("<sha224 _hashlib.HASH object @ 0x"))
ba = bytearray(b"abc")
h = hashlib.sha1(ba)
ba.extend(b"def")
print(h.hexdigest())
h.update(ba)
print(h.hexdigest(), hashlib.sha1(b"abcabcdef").hexdigest())

# random.seed with str/bytes/bytearray (version 2: the bytes plus their SHA-512, as CPython), the
# version=1 scheme, and what each seed draws.
import random

seeds = ["", "a", "hello", "héllo wörld ✓", "🐍", "x" * 200, b"", b"bytes", bytearray(b"ba"),
         b"\xff" * 70, "42", 42]
for seed in seeds:
    random.seed(seed)
    print(repr(seed)[:30], random.random(), random.randint(1, 10**6), random.getrandbits(70))

r = random.Random("abc")
print(r.random(), r.choice("abcdef"), r.sample(range(100), 5))
r.seed(b"abc")
print(r.random())
r.seed(bytearray(b"abc"))
print(r.random())
r.seed("abc", version=2)
print(r.random())
r.seed("abc", version=1)
print(r.random())
r.seed(b"abc", version=1)
print(r.random())
r.seed("", version=1)
print(r.random())
random.seed("same")
a = [random.random() for _ in range(3)]
random.seed(b"same")
b = [random.random() for _ in range(3)]
print(a == b, a)
try:
    r.seed(bytearray(b"abc"), version=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    r.seed([1, 2])
except TypeError as e:
    print(type(e).__name__, e)

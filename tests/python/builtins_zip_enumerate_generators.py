# zip() and enumerate() over generators: lazy, shortest input wins (the extra item of an earlier
# input is consumed, as in CPython), exceptions from a generator propagate, big start values.
def gen(tag, n):
    for i in range(n):
        print("  gen", tag, i)
        yield tag + str(i)
    print("  gen", tag, "done")

for i, v in enumerate(gen("a", 3)):
    print(i, v)
for i, v in enumerate(gen("b", 2), start=10):
    print(i, v)
print(list(enumerate(gen("c", 2), 2**63 - 1)))
e = enumerate(x * 2 for x in range(100))
for pair in e:
    if pair[0] == 2:
        break
print("rest", next(e), [p for p in e][:2])

print(list(zip(gen("d", 3), [1, 2])))
print(list(zip([1, 2], gen("e", 3))))
z = zip(gen("f", 5), gen("g", 5))
for a, b in z:
    print(a, b)
    if a == "f1":
        break
print("after break", next(z))
print(dict(zip((k for k in "abc"), range(3))))
print(list(zip(enumerate(x for x in "xy"), map(lambda x: -x, range(5)))))

def bad():
    yield 1
    raise KeyError("gone")

try:
    for i, v in enumerate(bad()):
        print("got", i, v)
except KeyError as exc:
    print(type(exc).__name__, exc)
try:
    print(list(zip(bad(), "abc")))
except KeyError as exc:
    print(type(exc).__name__, exc)
print(list(zip(gen("h", 2), gen("i", 2), strict=True)))
try:
    list(zip(gen("j", 1), gen("k", 2), strict=True))
except ValueError as exc:
    print(type(exc).__name__, exc)

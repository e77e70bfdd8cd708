print(hash(1) == hash(1.0) == hash(True), hash("abc") == hash("ab" + "c"))
print(hash(0), hash(42), hash(-1), hash(2 ** 61 - 1))
print(hash(()) == hash(()), hash(1.5) == hash(1.5))
try:
    hash([1])
except TypeError as e:
    print(e)

print(hash(1) == hash(1.0), hash("a") == hash("a"), hash((1, "a")) == hash((1, "a")), hash(-1), hash(0), hash(2**61 - 1), hash(2**61))
a = [1]
print(id(a) == id(a), id(a) != id([1]), type(id(a)).__name__)
try:
    hash([1])
except TypeError as e:
    print(e)
try:
    hash({})
except TypeError as e:
    print(e)

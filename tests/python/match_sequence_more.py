# Sequence patterns: user subclasses of list/tuple, iteration order, large star captures.
class MyList(list):
    pass
class MyTuple(tuple):
    pass
for v in [MyList([1, 2]), MyTuple((3, 4, 5)), range(2, 6)]:
    match v:
        case [a, b]:
            print("two", a, b)
        case [a, *rest]:
            print("many", a, rest)

match list(range(100)):
    case [0, 1, *mid, 98, 99]:
        print(len(mid), mid[:3], mid[-1])

# dict, set, str, bytes, memory-like objects never match a sequence pattern.
for v in [{"a": 1}, {1, 2}, frozenset(), "", b"", bytearray(), "a"]:
    match v:
        case [*anything]:
            print("matched", v)
        case _:
            print("no", repr(v))

# A generator is not a sequence and is not consumed.
g = (i for i in range(3))
match g:
    case [*x]:
        print("no")
print(list(g))

# Length mismatch does not call any sub-pattern.
class Noisy:
    def __eq__(self, o):
        print("eq")
        return True
match [1, 2, 3]:
    case [Noisy.x, _]:
        pass
    case _:
        print("length mismatch first")

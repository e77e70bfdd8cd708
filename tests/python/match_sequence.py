# Sequence patterns: lists, tuples, star patterns, nesting; str/bytes/bytearray are not sequences.
def seq(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one {x!r}"
        case [x, y]:
            return f"two {x!r} {y!r}"
        case (1, *rest):
            return f"starts with 1, rest {rest!r}"
        case [*init, "end"]:
            return f"ends, init {init!r}"
        case [a, *_, z]:
            return f"first {a!r} last {z!r}"
        case _:
            return "not a sequence"

for v in [[], (), [1], (2,), [1, 2], (3, 4), [1, 2, 3], (1,), [5, 6, "end"], [7, 8, 9, 10],
          "ab", "abc", b"xy", bytearray(b"xy"), {1: 2}, {1, 2}, range(3), range(0),
          iter([1, 2]), 5, None]:
    print(type(v).__name__ if type(v).__name__.endswith("iterator") else repr(v), "->", seq(v))

# The star capture is always a list.
match (1, 2, 3):
    case (first, *mid, last):
        print(first, mid, last, type(mid).__name__)
match "xyz":
    case [*chars]:
        print("str matched as sequence?!", chars)
    case str(s):
        print("str is not a sequence:", s)

# Nested sequences and mixed patterns.
def nest(v):
    match v:
        case [[x, y], [z]]:
            return ("nested", x, y, z)
        case [(1 | 2) as k, [*_]]:
            return ("or+as", k)
        case [1, [2, [3, w]]]:
            return ("deep", w)
    return None
print(nest([[1, 2], [3]]), nest([2, []]), nest([1, [2, [3, 4]]]), nest([1, 2]))

# Parenthesised and bare sequence patterns.
match 1, 2:
    case a, b:
        print("bare", a, b)
match [3]:
    case (c,):
        print("tuple pattern matches list", c)
match [4]:
    case (d):
        print("parenthesised capture", d)

# A class with __len__/__getitem__ is not a sequence for patterns.
class NotSeq:
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return i
match NotSeq():
    case [a, b]:
        print("NotSeq matched")
    case _:
        print("NotSeq not a sequence")

# Length mismatch with a star.
match [1]:
    case [a, b, *c]:
        print("no")
    case [*c]:
        print("star only", c)

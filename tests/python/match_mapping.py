# Mapping patterns: keys, value sub-patterns, **rest, extra keys ignored, non-dict mappings.
from collections import OrderedDict, defaultdict

def mp(v):
    match v:
        case {}:
            pass
    match v:
        case {"type": "point", "x": x, "y": y}:
            return f"point {x},{y}"
        case {"type": "circle", "r": r, **rest}:
            return f"circle {r} rest={rest!r}"
        case {1: one, **kw}:
            return f"int key {one} {kw!r}"
        case {}:
            return "some mapping " + repr(v)
        case _:
            return "not a mapping"

for v in [{"type": "point", "x": 1, "y": 2}, {"type": "point", "x": 1, "y": 2, "z": 3},
          {"type": "circle", "r": 5}, {"type": "circle", "r": 5, "color": "red", "z": 0},
          {1: "a", 2: "b"}, {}, {"type": "point", "x": 1}, [("type", "point")], "dict",
          OrderedDict(a=1), defaultdict(int)]:
    print(mp(v))

# defaultdict: a missing key does not create an entry (uses get, not __getitem__).
d = defaultdict(list)
match d:
    case {"missing": m}:
        print("matched?!")
    case _:
        print("no match, keys:", list(d))

# Value patterns as keys, and literal keys of several types.
class K:
    A = "a"
match {"a": 1, None: 2, True: 3, b"x": 4}:
    case {K.A: a, None: n, True: t, b"x": bx}:
        print(a, n, t, bx)

# **rest is a new dict without the matched keys.
orig = {"a": 1, "b": 2, "c": 3}
match orig:
    case {"a": _, **others}:
        others["z"] = 9
        print(others, orig)

# Duplicate literal keys are a SyntaxError at compile time.
try:
    exec("match x:\n    case {'a': 1, 'a': 2}:\n        pass\n", {})
except SyntaxError as e:
    print("SyntaxError:", e.msg)

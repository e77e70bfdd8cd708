# Mapping patterns call the subject's get() (not __getitem__) and copy **rest with dict.update.
class LoudDict(dict):
    def get(self, key, default=None):
        print("get", repr(key))
        return super().get(key, default)
    def __getitem__(self, key):
        print("getitem", repr(key))
        return super().__getitem__(key)

match LoudDict(a=1, b=2, c=3):
    case {"a": 1, "z": _}:
        print("no")
    case {"a": a, "b": b, **rest}:
        print("matched", a, b, rest, type(rest).__name__)

class Missing(dict):
    def __missing__(self, key):
        print("missing called")
        return 0
match Missing(x=1):
    case {"y": y}:
        print("y", y)
    case {"x": x}:
        print("x", x)

# Keys from value patterns that are equal raise ValueError at match time.
class K:
    A = "k"
    B = "k"
try:
    match {"k": 1}:
        case {K.A: 1, K.B: 2}:
            pass
except ValueError as e:
    print("ValueError:", e)

# A missing key stops the lookups early (no duplicate error then).
class L:
    A = "x"
    B = "x"
match {"k": 1}:
    case {"missing": 1, L.A: 1, L.B: 2}:
        pass
    case _:
        print("stopped at the missing key")

# Unhashable value-pattern key.
class U:
    KEY = [1]
try:
    match {"k": 1}:
        case {U.KEY: 1}:
            pass
except TypeError as e:
    print("TypeError:", e)

# Length check happens before the lookups.
match LoudDict(a=1):
    case {"a": 1, "b": 2}:
        print("no")
    case {"a": 1}:
        print("len ok")

# Mapping pattern with only **rest.
match {"p": 1}:
    case {**everything}:
        print(everything)
match {}:
    case {**everything}:
        print("empty rest", everything)

# Nested mappings and sequences from JSON-like data.
data = {"users": [{"name": "ann", "roles": ["admin", "dev"]}, {"name": "bob", "roles": []}]}
for u in data["users"]:
    match u:
        case {"name": str(name), "roles": [first, *others]}:
            print(name, "first role", first, "others", others)
        case {"name": name, "roles": []}:
            print(name, "has no roles")

d = {"a": 1}
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e, repr(e))
try:
    del d["nope"]
except KeyError as e:
    print("del KeyError", e)
try:
    d.pop("gone")
except KeyError as e:
    print("pop KeyError", e)
try:
    {}.popitem()
except KeyError as e:
    print("popitem", e)

# expect: output ok
# cpython: same
# A key's __eq__ that mutates the dict during lookup: CPython restarts the lookup.
class K:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return 1
    def __eq__(self, other):
        if armed:
            d.clear()
        return False
armed = False
d = {K(1): 1, K(2): 2}
armed = True
print("ok" if d.get(K(3)) is None else "bad")

class Grid:
    def __init__(self): self.d = {}
    def __getitem__(self, k):
        print("get", k); return self.d.get(repr(k), 0)
    def __setitem__(self, k, v): print("set", k, v); self.d[repr(k)] = v
    def __delitem__(self, k): print("del", k); del self.d[repr(k)]
    def __len__(self): return len(self.d)
    def __contains__(self, k): return repr(k) in self.d
    def __iter__(self): return iter(sorted(self.d))
    def __bool__(self): return bool(self.d)
    def __reversed__(self): return iter(["rev"])
g = Grid()
print(bool(g))
g[1, 2] = "x"; g[0:3] = "slice"
print(g[1, 2], g[::2], len(g), (1, 2) in g, 5 in g, bool(g), list(reversed(g)))
g[1, 2] += "y"
del g[1, 2]
print(list(g), len(g))
class L:
    def __len__(self): return 0
print(bool(L()), not L())
class BadLen:
    def __len__(self): return -1
try:
    len(BadLen())
except ValueError as e:
    print(e)

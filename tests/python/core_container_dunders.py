class Grid:
    def __init__(self): self.d = {}
    def __getitem__(self, k):
        print("get", k)
        if k == "bad": raise KeyError(k)
        return self.d.get(k, 0)
    def __setitem__(self, k, v): print("set", k, v); self.d[k] = v
    def __delitem__(self, k): print("del", k); del self.d[k]
    def __contains__(self, k): return k in self.d
    def __len__(self): return len(self.d)
g = Grid()
g[1, 2] = 5
print(g[1, 2], g[0])
print((1, 2) in g, 3 in g, 3 not in g)
del g[1, 2]
print(len(g))
try: g["bad"]
except KeyError as e: print("KeyError:", e)
class Seq:
    def __getitem__(self, i):
        if i >= 4: raise IndexError
        return i * i
print(list(Seq()), 9 in Seq(), 5 in Seq())
for x in Seq(): print(x, end=" ")
print()
a, b, c, d = Seq(); print(a, d)
class RO: pass
try: RO()[0]
except TypeError as e: print("TypeError:", e)
try: RO()[0] = 1
except TypeError as e: print("TypeError:", e)
try: del RO()[0]
except TypeError as e: print("TypeError:", e)
try: 1 in RO()
except TypeError as e: print("TypeError:", e)
class GetOnly:
    def __getitem__(self, k): return k
try: GetOnly()[0] = 1
except TypeError as e: print("TypeError:", e)
print(GetOnly()["key"], GetOnly()[1:2])
class Missing(dict):
    def __missing__(self, k): return k * 2
m = Missing(a=1); print(m["a"], m["zz"], m.get("zz"))

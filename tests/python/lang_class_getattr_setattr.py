class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_t", target)
        object.__setattr__(self, "log", [])
    def __getattr__(self, name):
        self.log.append(name)
        return getattr(self._t, name)
    def __setattr__(self, name, value):
        self.log.append("set " + name)
        setattr(self._t, name, value)
    def __delattr__(self, name):
        self.log.append("del " + name)
class T: pass
t = T(); p = Proxy(t)
p.x = 5; print(p.x, t.x); del p.x; print(p.log)
try:
    p.missing
except AttributeError as e:
    print(e)
class GA:
    def __getattribute__(self, n):
        if n == "magic": return 42
        return object.__getattribute__(self, n)
g = GA(); g.y = 1; print(g.magic, g.y)

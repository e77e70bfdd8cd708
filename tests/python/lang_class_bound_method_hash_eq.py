class A:
    def m(self): return 1
a = A()
print(a.m == a.m, a.m is a.m, A().m == a.m, a.m.__self__ is a)
callbacks = {a.m: "handler"}
print(callbacks[a.m], a.m in {a.m}, len({a.m, a.m}))
print(hash(a.m) == hash(a.m), [].append == [].append)
l = []
print(l.append == l.append, hash(l.append) == hash(l.append))

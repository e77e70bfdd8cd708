class C:
    cls_attr = 1
    def meth(self): pass
c = C(); c.inst = 2
print([n for n in dir(c) if not n.startswith("__")], vars(c), sorted(k for k in vars(C) if not k.startswith("__")))
def f():
    local_a = 1
    return sorted(dir())
print(f())
try:
    vars(1)
except TypeError as e:
    print(e)
print("append" in dir([]), "__len__" in dir(""))

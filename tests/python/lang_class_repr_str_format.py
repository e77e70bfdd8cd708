class T:
    def __repr__(self): return "T<r>"
    def __str__(self): return "T<s>"
    def __format__(self, spec): return f"T<f:{spec}>"
t = T()
print(t, repr(t), str(t), f"{t}", f"{t:xyz}", format(t, ">5"), [t], (t,), {"k": t}, "%s %r" % (t, t))
class R:
    def __repr__(self): return "only-repr"
print(R(), str(R()), f"{R()}")
class Plain: pass
print(format(Plain(), "") .startswith("<"))
try:
    format(Plain(), "x")
except TypeError as e:
    print(e)
class BadRepr:
    def __repr__(self): return 5
try:
    repr(BadRepr())
except TypeError as e:
    print(e)

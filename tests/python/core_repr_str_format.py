class P:
    def __init__(self, x): self.x = x
    def __repr__(self): return f"P({self.x!r})"
class Q(P):
    def __str__(self): return f"<{self.x}>"
    def __format__(self, spec):
        return "Q:" + (format(self.x, spec) if spec else str(self))
p, q = P("a"), Q(3)
print(p, str(p), repr(p), [p], f"{p}", f"{p!s}")
print(q, repr(q), [q], f"{q}", f"{q:>5}", format(q, "05d"), "{:x}".format(q), f"{q!r}")
print("%s %r" % (q, q))
class BadRepr:
    def __repr__(self): return 5
try: repr(BadRepr())
except TypeError as e: print("TypeError:", e)
class BadStr:
    def __str__(self): return None
try: str(BadStr())
except TypeError as e: print("TypeError:", e)
class BadFmt:
    def __format__(self, s): return 1
try: format(BadFmt())
except TypeError as e: print("TypeError:", e)
class Plain: pass
try: format(Plain(), "x")
except TypeError as e: print("TypeError:", e)
print(format(Plain(), "") .startswith("<__main__.Plain object at 0x"))
print(repr(Plain).startswith("<class '__main__.Plain'>"))
print(ascii(P("é")))
class S(str):
    def __repr__(self): return "S!"
print(repr(S("x")), str(S("x")), [S("y")])

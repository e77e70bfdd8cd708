# operator: attrgetter/itemgetter/methodcaller: dotted names, several items, slices, kwargs,
# reprs, equality of results, and the errors (bad arguments, missing attributes).
import operator
from operator import attrgetter, itemgetter, methodcaller

class N:
    def __init__(self, **kw):
        self.__dict__.update(kw)

o = N(a=N(b=N(c=42)), x=1, y=2, name="n")
print(attrgetter("x")(o), attrgetter("x", "y")(o), attrgetter("a.b.c")(o), attrgetter("a.b.c", "x")(o))
print(repr(attrgetter("a.b")), repr(attrgetter("x", "y")), repr(attrgetter("x")))
print(repr(itemgetter(1)), repr(itemgetter(1, "k")), repr(itemgetter(slice(1, 3))), repr(itemgetter(slice(None, None, -1))))
print(repr(methodcaller("f")), repr(methodcaller("f", 1, "a")), repr(methodcaller("f", 1, k=2, j="s")), repr(methodcaller("f", k=[1])))
print(itemgetter(1)("abc"), itemgetter(0, 2)("abc"), itemgetter(slice(1, 3))([1, 2, 3, 4]), itemgetter(slice(None, None, -1))("abc"))
print(itemgetter("k", "j")({"k": 1, "j": 2}), itemgetter(1)(range(5)), itemgetter(-1)([7, 8]))
print(methodcaller("upper")("abc"), methodcaller("split", ",")("a,b"), methodcaller("split", sep=",", maxsplit=1)("a,b,c"))
print(methodcaller("get", "z", 0)({}), methodcaller("replace", "a", "b", 1)("aaa"))
print(sorted([N(x=3), N(x=1), N(x=2)], key=attrgetter("x"))[0].x, sorted([(1, "b"), (0, "c"), (2, "a")], key=itemgetter(1)))
print(list(map(itemgetter(0), [(1, 2), (3, 4)])), list(map(attrgetter("real", "imag"), [1 + 2j, 3j])))
print(type(attrgetter("x")).__name__, type(itemgetter(0)).__name__, type(methodcaller("f")).__name__)
m = methodcaller("f", 1, k=2)
class C:
    def f(self, *a, **k):
        return (a, k)
print(m(C()))
for call in ("attrgetter()", "attrgetter(1)", "attrgetter('x', 2)", "attrgetter('zz')(o)", "attrgetter('a.zz')(o)",
             "itemgetter()", "itemgetter(5)([1])", "itemgetter('q')({})", "itemgetter(0)(5)",
             "methodcaller()", "methodcaller(1)", "methodcaller('nope')(o)", "attrgetter('x')()", "attrgetter('x')(o, o)",
             "itemgetter(0)()", "methodcaller('f')()", "attrgetter('x')(o, k=1)"):
    try:
        print(call, eval(call))
    except Exception as e:
        print(call, type(e).__name__, e)

print(attrgetter("a.b", "x").__reduce__()[1], itemgetter(1, 2).__reduce__()[1], methodcaller("f", 1).__reduce__()[1])

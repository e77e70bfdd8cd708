# functools.singledispatch (register by class, by annotation, union types, MRO dispatch),
# singledispatchmethod and partialmethod.
import functools
from collections.abc import Sequence

@functools.singledispatch
def show(x):
    return f"obj:{x!r}"

@show.register
def _(x: int):
    return f"int:{x}"

@show.register(list)
def _(x):
    return "list:" + ",".join(map(show, x))

@show.register(float | complex if False else float)
def _(x):
    return f"float:{x:.1f}"

def for_str(x):
    return "str:" + x
show.register(str, for_str)

class MyInt(int):
    pass

print(show(3), show(True), show(MyInt(4)), show("s"), show([1, "a", 2.5]), show(None), show((1,)))
print(show.dispatch(bool).__name__, sorted(t.__name__ for t in show.registry), show.__name__)
try:
    show()
except TypeError as e:
    print("TypeError:", e)

@functools.singledispatch
def size(x):
    return "unknown"
@size.register(int | str)
def _(x):
    return "int-or-str"
print(size(1), size("a"), size(1.0))

class Fmt:
    @functools.singledispatchmethod
    def fmt(self, arg):
        return f"default {arg!r}"
    @fmt.register
    def _(self, arg: int):
        return f"int {arg + self.base}"
    @fmt.register
    def _(self, arg: list):
        return "list " + " ".join(self.fmt(a) for a in arg)
    def __init__(self):
        self.base = 100
f = Fmt()
print(f.fmt(1), f.fmt("x"), f.fmt([2, "y"]))

class Cell:
    def __init__(self):
        self.alive = False
    def set_state(self, state):
        self.alive = bool(state)
    set_alive = functools.partialmethod(set_state, True)
    set_dead = functools.partialmethod(set_state, False)
c = Cell()
c.set_alive(); print(c.alive)
c.set_dead(); print(c.alive)

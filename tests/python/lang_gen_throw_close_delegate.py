# throw() and close() of a generator suspended in `yield from` / `await` go to the delegate first
# (PEP 380), and the delegate's return value or error continues in the delegating generator.
def inner():
    try:
        yield 1
        yield 2
    except KeyError as e:
        print("inner caught", repr(e))
        yield "recovered"
        return "inner-ret"
    finally:
        print("inner finally")

def outer():
    r = yield from inner()
    print("outer got", r)
    yield "after"

g = outer()
print(next(g))
print(g.throw(KeyError("k")))
print(next(g))
print(list(g))

# The delegate does not handle it: the error surfaces in the delegating generator at `yield from`.
def outer2():
    try:
        yield from inner()
    except ValueError as e:
        print("outer2 caught", e)
        yield "o2"
g = outer2(); next(g)
print(g.throw(ValueError("v")))

# A delegate without throw(): the exception is raised in the delegating generator.
def outer3():
    try:
        yield from iter([1, 2, 3])
    except KeyError:
        yield "no-throw-delegate"
g = outer3(); next(g)
print(g.throw(KeyError))

# close() closes the delegate first.
def outer4():
    try:
        yield from inner()
    finally:
        print("outer4 finally")
g = outer4(); next(g); g.close(); print("closed", g.gi_running if hasattr(g, 'gi_running') else None)

class Closer:
    def __iter__(self): return self
    def __next__(self): return 5
    def close(self): print("Closer.close")
def outer5():
    yield from Closer()
g = outer5(); next(g); g.close()

# Nested three levels; StopIteration value flows up.
def lvl3():
    try:
        yield "l3"
    except IndexError:
        return 33
def lvl2():
    v = yield from lvl3()
    return v + 1
def lvl1():
    v = yield from lvl2()
    yield v
g = lvl1(); next(g); print(g.throw(IndexError))

# Coroutines: the same through await.
class Tick:
    def __await__(self):
        try:
            yield "tick"
        except LookupError as e:
            return f"tick saw {e!r}"
async def c_inner():
    return await Tick()
async def c_outer():
    return "outer:" + await c_inner()
c = c_outer(); print(c.send(None))
try:
    c.throw(LookupError("x"))
except StopIteration as e:
    print("done", e.value)
c = c_outer(); c.send(None); c.close(); print("coroutine closed")

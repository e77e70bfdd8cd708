# contextlib.ExitStack: LIFO callbacks, push, enter_context, pop_all, exception passing/suppression
from contextlib import ExitStack, contextmanager, suppress
@contextmanager
def named(n, log):
    log.append("enter " + n)
    try:
        yield n
    finally:
        log.append("exit " + n)
log = []
with ExitStack() as st:
    a = st.enter_context(named("a", log))
    b = st.enter_context(named("b", log))
    st.callback(log.append, "cb")
    r = st.callback(lambda *a, **k: log.append(("cb2", a, k)), 1, x=2)
    log.append((a, b))
print(log)
print(r.__wrapped__ is not None if hasattr(r, '__wrapped__') else 'nowrapped')
log = []
def swallow(t, v, tb):
    log.append(("swallow", t.__name__ if t else None))
    return True
with ExitStack() as st:
    st.push(swallow)
    st.callback(log.append, "first-run")
    raise ValueError("gone")
print(log)
log = []
class CM:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        log.append(("CM exit", a[0].__name__ if a[0] else None))
        return False
with ExitStack() as st:
    r = st.push(CM())
print(log, type(r).__name__)
log = []
with ExitStack() as outer:
    with ExitStack() as st:
        st.callback(log.append, 1)
        moved = st.pop_all()
    log.append("after inner")
    outer.push(moved)
print(log)
log = []
st = ExitStack()
st.callback(log.append, "closed")
st.close()
st.close()
print(log)
def raiser(exc):
    def f(*a):
        raise exc
    return f
try:
    with ExitStack() as st:
        st.callback(raiser(KeyError("second")))
        st.callback(raiser(IndexError("first")))
        raise ValueError("orig")
except KeyError as e:
    print("final", repr(e), repr(e.__context__), repr(e.__context__.__context__))
try:
    with ExitStack() as st:
        st.enter_context(1)
except TypeError as e:
    print(e)
log = []
with ExitStack() as st:
    st.enter_context(suppress(ZeroDivisionError))
    st.callback(log.append, "ran")
    1 / 0
print(log, "suppressed by stacked cm")
with ExitStack() as st:
    print(st.__enter__() is st)

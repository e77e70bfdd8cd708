# An uncaught ExceptionGroup prints CPython's boxed traceback (compare with --strict-stderr):
# numbered boxes per sub-exception, nested groups one level deeper, chains inside boxes,
# notes and multi-line messages, at most 15 boxes per group and 10 levels of nesting.
def f():
    raise ValueError("bad value")
def g():
    try:
        f()
    except ValueError as e:
        raise TypeError("wrapped") from e
errs = []
for fn in (f, g):
    try:
        fn()
    except Exception as e:
        errs.append(e)
try:
    raise ExceptionGroup("raised inner", [KeyError("k"), OSError(2, "gone")])
except ExceptionGroup as e:
    raised = e
wide = ExceptionGroup("wide", [IndexError(i) for i in range(17)])
deep = ExceptionGroup("level 12", [ZeroDivisionError("bottom")])
for i in range(11, 0, -1):
    deep = ExceptionGroup("level %d" % i, [deep])
noted = ValueError("line1\nline2")
noted.add_note("note a\nnote b")
syn = SyntaxError("bad", ("f.py", 1, 2, "x y\n", 1, 3))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ExceptionGroup("during", [RuntimeError("r")])
except ExceptionGroup as e:
    ctx = e
top = ExceptionGroup("many\nsecond line", errs + [raised, wide, deep, noted, syn, ctx])
top.add_note("top note")
raise top

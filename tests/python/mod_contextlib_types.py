# contextlib (contextmanager, suppress, ExitStack, redirect_stdout) and types
from contextlib import contextmanager, suppress, nullcontext, ExitStack, closing, redirect_stdout
import types, io, sys
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
with tag("b") as t:
    print("inside", t)
try:
    with tag("x"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)
@contextmanager
def swallow():
    try:
        yield
    except KeyError:
        print("swallowed")
with swallow():
    {}['k']
with suppress(ZeroDivisionError):
    1 / 0
print("after suppress")
with nullcontext(5) as v:
    print(v)
with ExitStack() as stack:
    stack.callback(print, "cb1")
    stack.enter_context(tag("s"))
    stack.callback(print, "cb2")
class R:
    def close(self): print("closed")
with closing(R()):
    pass
buf = io.StringIO()
with redirect_stdout(buf):
    sys.stdout.write("captured")
print(repr(buf.getvalue()))
@tag("deco")
def f():
    print("in f")
f()
ns = types.SimpleNamespace(a=1, b="x")
ns.c = 3
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b="x", c=3))
print(isinstance(f, types.FunctionType), isinstance(len, types.BuiltinFunctionType), isinstance(sys, types.ModuleType), types.NoneType)

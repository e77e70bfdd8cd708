# contextlib: suppress, closing, nullcontext, redirect_stdout/stderr, AbstractContextManager, ContextDecorator
from contextlib import suppress, closing, nullcontext, redirect_stdout, redirect_stderr, AbstractContextManager, ContextDecorator
import io, sys
with suppress(KeyError, IndexError):
    {}[1]
with suppress():
    pass
try:
    with suppress(KeyError):
        [][1]
except IndexError:
    print("IndexError passes")
with suppress(LookupError):
    [][0]
print("subclass suppressed")
s = suppress(ValueError)
print(s.__exit__(None, None, None), s.__exit__(ValueError, ValueError(), None), s.__exit__(TypeError, TypeError(), None))
class Res:
    def close(self):
        print("closed")
with closing(Res()) as r:
    print(type(r).__name__)
try:
    with closing(Res()):
        raise ValueError
except ValueError:
    print("closing propagates")
with nullcontext(5) as v:
    print(v)
with nullcontext() as v:
    print(v)
buf = io.StringIO()
with redirect_stdout(buf) as b:
    print("hidden", file=sys.stdout)
print(b is buf, repr(buf.getvalue()))
e = io.StringIO()
with redirect_stderr(e):
    sys.stderr.write("err\n")
print(repr(e.getvalue()))
b1, b2 = io.StringIO(), io.StringIO()
r = redirect_stdout(b1)
with r:
    with redirect_stdout(b2):
        sys.stdout.write("two\n")
    print("one", file=sys.stdout)
print(repr(b1.getvalue()), repr(b2.getvalue()))
class My(AbstractContextManager):
    def __exit__(self, *a):
        return super().__exit__(*a)
with My() as m:
    print(type(m).__name__)
print(My().__exit__(None, None, None))
print(isinstance(nullcontext(), AbstractContextManager), isinstance(suppress(), AbstractContextManager))
class Deco(ContextDecorator):
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *exc):
        print("exit", exc[0].__name__ if exc[0] else None)
        return False
@Deco()
def g(x):
    print("g", x)
    return x * 2
print(g(3), g.__name__)

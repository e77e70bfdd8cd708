# contextlib.contextmanager: enter/exit protocol, exception passing, swallowing, errors, decorator use
from contextlib import contextmanager
import sys
@contextmanager
def cm(log, swallow=False):
    log.append("enter")
    try:
        yield len(log)
    except ValueError as e:
        log.append(("caught", str(e)))
        if not swallow:
            raise
    finally:
        log.append("exit")
log = []
with cm(log) as v:
    log.append(v)
print(log)
log = []
try:
    with cm(log):
        raise ValueError("x")
except ValueError as e:
    print("propagated", e, e.__traceback__ is not None)
print(log)
log = []
with cm(log, True):
    raise ValueError("y")
print("swallowed", log)
log = []
try:
    with cm(log, True):
        raise KeyError("k")
except KeyError as e:
    print("KeyError passes", log)
@contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)
@contextmanager
def twoyield():
    yield 1
    yield 2
try:
    with twoyield():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)
@contextmanager
def yield_after_exc():
    try:
        yield
    except Exception:
        yield
try:
    with yield_after_exc():
        raise TypeError("t")
except RuntimeError as e:
    print(type(e).__name__, e)
@contextmanager
def plain():
    yield
try:
    with plain():
        raise StopIteration("si")
except StopIteration as e:
    print("StopIteration kept", e)
try:
    with plain():
        raise RuntimeError("rt")
except RuntimeError as e:
    print("RuntimeError kept", e)
@contextmanager
def convert():
    try:
        yield
    except KeyError:
        raise IndexError("converted")
try:
    with convert():
        raise KeyError(1)
except IndexError as e:
    print("converted", type(e.__context__).__name__)
@contextmanager
def wrap_stop():
    try:
        yield
    except StopIteration as e:
        raise RuntimeError("wrapped") from e
try:
    with wrap_stop():
        raise StopIteration("inner")
except StopIteration as e:
    print("StopIteration from RuntimeError wrap", e)
except RuntimeError as e:
    print("RuntimeError", e)
@contextmanager
def gen_stop():
    yield
    return
with gen_stop():
    pass
print("gen stop ok")
@contextmanager
def deco(name):
    print("before", name)
    yield
    print("after", name)
@deco("f")
def f(a, b=2):
    "doc of f"
    print("in f", a, b)
    return a + b
print(f(1), f(1, b=5), f.__name__, f.__doc__)
c = cm([])
print(type(c).__name__, hasattr(c, '__enter__'), hasattr(c, '__exit__'))
with c:
    pass
try:
    with c:
        pass
except (AttributeError, RuntimeError, TypeError) as e:
    print("reuse", type(e).__name__)
print(contextmanager(cm).__name__ if hasattr(contextmanager(cm), '__name__') else None, cm.__wrapped__.__name__)
@contextmanager
def exc_in_exit():
    yield
    raise ValueError("in exit")
try:
    with exc_in_exit():
        pass
except ValueError as e:
    print("exit raised", e)
@contextmanager
def gexit():
    try:
        yield
    except GeneratorExit:
        print("got GeneratorExit")
        raise
try:
    with gexit():
        raise GeneratorExit
except GeneratorExit:
    print("GeneratorExit propagated")

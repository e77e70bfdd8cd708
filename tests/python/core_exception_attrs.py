e = ValueError("a", 2)
print(e.args, str(e), repr(e), e.__cause__, e.__context__, e.__traceback__, e.__suppress_context__)
print(str(ValueError()), repr(ValueError()), str(ValueError("one")), repr(KeyError("k")), str(KeyError("k")))
e.args = ("changed",); print(e)
try: raise ValueError("x") from KeyError("y")
except ValueError as err:
    print(repr(err.__cause__), err.__suppress_context__, repr(err.__context__))
try:
    try: 1 / 0
    except ZeroDivisionError: raise TypeError("during")
except TypeError as err:
    print(type(err.__context__).__name__, err.__cause__)
try:
    try: 1 / 0
    except ZeroDivisionError: raise TypeError("none") from None
except TypeError as err:
    print(err.__suppress_context__, err.__cause__, type(err.__context__).__name__)
def inner(): raise RuntimeError("deep")
def outer(): inner()
try: outer()
except RuntimeError as err:
    tb = err.__traceback__; n = 0
    while tb is not None:
        n += 1; print(type(tb).__name__, tb.tb_lineno > 0); tb = tb.tb_next
    print("frames", n)
err = Exception("noted")
err.add_note("first"); err.add_note("second")
print(err.__notes__)
try: err.add_note(3)
except TypeError as x: print("TypeError:", x)
e2 = ValueError("w").with_traceback(None); print(e2.__traceback__)
class MyErr(Exception):
    def __str__(self): return "custom str"
print(str(MyErr(1)), repr(MyErr(1)))
try: raise MyErr
except MyErr as x: print(type(x).__name__, x.args)
print(OSError(2, "No such file").errno, OSError(2, "No such file").strerror, str(OSError(2, "nf")))
print(StopIteration(5).value, SystemExit(3).code, KeyError().args)
u = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"); print(u.reason, u.start, str(u))
print(BaseException.__new__(ValueError).args)
try: raise 5
except TypeError as x: print("TypeError:", x)
try: raise ValueError from 3
except TypeError as x: print("TypeError:", x)
try: raise Exception("a").with_traceback(5)
except TypeError as x: print("TypeError:", x)

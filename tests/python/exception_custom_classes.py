class AppError(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
class NotFound(AppError): pass
try:
    raise NotFound("missing", 404)
except AppError as e:
    print(type(e).__name__, e, repr(e), e.args, e.code, isinstance(e, Exception))
class Plain(Exception): pass
print(repr(Plain()), repr(Plain(1, 2)), str(Plain(1, 2)), str(Plain()), Plain("a").args)
class WithStr(ValueError):
    def __str__(self): return "custom!"
print(str(WithStr("x")), repr(WithStr("x")))
try:
    {}["k"]
except KeyError as e:
    print(str(e), repr(e), e.args)
print(str(KeyError("a b")), str(KeyError(1, 2)), str(KeyError()))
e = ValueError("v")
e.add_note("note 1")
print(e.__notes__)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError("wrapped") from z
except ValueError as v:
    print(type(v.__cause__).__name__, v.__suppress_context__, type(v.__context__).__name__)
try:
    try:
        raise TypeError("t")
    except TypeError:
        raise IndexError("i")
except IndexError as ie:
    print(type(ie.__context__).__name__, ie.__cause__, ie.__suppress_context__)
print(e.__traceback__, e.__cause__, e.__context__)
s = SyntaxError("bad", ("f.py", 3, 4, "x = (", 3, 5))
print(s.msg, s.filename, s.lineno, s.offset, s.text, s.end_lineno, s.end_offset, str(s))
print(StopIteration(5).value, SystemExit(3).code, OSError(2, "No such file").errno)
print(repr(OSError(2, "nf")), type(OSError(2, "nf")).__name__, str(OSError(2, "nf", "f.txt")))
print(issubclass(NotFound, AppError), issubclass(KeyError, LookupError), BaseException.__subclasses__ if False else 1)
print(ZeroDivisionError.__mro__)
print(AttributeError("x", name="n", obj=1).name)
class E2(Exception):
    def __init__(self, a, b=2):
        self.a = a; self.b = b
x = E2(1)
print(x.args, x.a, x.b, str(x), repr(x))
try:
    raise E2
except E2 as ee:
    print("caught", ee.a)
except TypeError as te:
    print("TE", te)
try:
    raise Plain
except Plain as pp:
    print("plain", repr(pp))
print(Exception("a", 1).with_traceback(None).args)
raise NotFound("final", 1)

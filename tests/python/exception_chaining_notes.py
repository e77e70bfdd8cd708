class ValidationError(ValueError):
    def __init__(self, field, msg):
        super().__init__(f"{field}: {msg}")
        self.field = field
def validate(d):
    if "name" not in d:
        raise ValidationError("name", "required")
try:
    validate({})
except ValidationError as e:
    print(e.field, e, e.args)
try:
    try:
        validate({})
    except ValueError as e:
        raise RuntimeError("failed") from e
except RuntimeError as r:
    print(repr(r.__cause__))
e = Exception("with note")
e.add_note("extra info")
try:
    raise e
except Exception as x:
    print(x.__notes__)
try:
    raise ValueError
except ValueError as v:
    print(repr(v), v.args)
try:
    raise KeyError(('a', 1))
except KeyError as k:
    print(k)
try:
    raise StopIteration(7)
except StopIteration as s:
    print(s.value, s)
try:
    raise SystemExit("bye")
except SystemExit as s:
    print(s.code)
class Err(Exception):
    def __str__(self): return "Err!"
print(f"{Err()}", str(Err()), repr(Err()))
try:
    try:
        raise TypeError("inner")
    finally:
        print("finally")
except TypeError as t:
    print("outer", t)
e1 = ValueError("a"); e2 = ValueError("a"); print(e1 == e2, e1 == e1)
print(BaseException.__name__, Exception.__base__.__name__, ArithmeticError.__subclasscheck__(ZeroDivisionError) if False else '')
raise ValidationError("age", "negative") from KeyError("k")

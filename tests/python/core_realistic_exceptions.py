class ValidationError(ValueError):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field
class MissingField(ValidationError):
    def __init__(self, field):
        super().__init__(field, "is required")
class RetryableError(Exception):
    retries = 3

def validate(record):
    if "name" not in record:
        raise MissingField("name")
    if not isinstance(record.get("age"), int):
        raise ValidationError("age", f"expected int, got {type(record.get('age')).__name__}")
    if record["age"] < 0:
        raise ValidationError("age", "must be non-negative")
    return record

records = [{"name": "a", "age": 3}, {"age": 4}, {"name": "b", "age": "x"}, {"name": "c", "age": -1}]
for r in records:
    try:
        validate(r)
        print("ok", r["name"])
    except MissingField as e:
        print("missing:", e, e.field, isinstance(e, ValueError))
    except ValidationError as e:
        print("invalid:", e, e.args)

def load(path):
    try:
        raise FileNotFoundError(2, "No such file or directory", path)
    except OSError as e:
        raise RuntimeError(f"cannot load {path}") from e

try:
    load("cfg.json")
except RuntimeError as e:
    c = e.__cause__
    print(e, "|", type(c).__name__, c.errno, c.strerror, c.filename, "|", str(c))

def process():
    try:
        {}["k"]
    except KeyError:
        raise ValueError("bad state")
try:
    process()
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__suppress_context__)

attempts = 0
def flaky():
    global attempts
    attempts += 1
    if attempts < 3:
        raise RetryableError(f"attempt {attempts}")
    return "done"
for i in range(RetryableError.retries):
    try:
        print(flaky()); break
    except RetryableError as e:
        print("retry after", e)
    finally:
        print("finally", i)

try:
    try:
        raise TypeError("inner")
    except TypeError as e:
        e.add_note("while parsing row 3")
        raise
except TypeError as e:
    print(e, e.__notes__)

errors = []
for v in ["1", "x", None, "3.5"]:
    try:
        errors.append(int(v))
    except (ValueError, TypeError) as e:
        errors.append(type(e).__name__)
print(errors)
class Boom(Exception):
    def __str__(self): return "boom!"
try: raise Boom()
except Exception as e: print(f"{e!r} {e!s} {type(e).__qualname__}")
raise ValidationError("email", "invalid format")

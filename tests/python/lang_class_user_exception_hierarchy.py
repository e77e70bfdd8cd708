class AppError(Exception):
    def __init__(self, msg, code=0):
        super().__init__(msg, code); self.code = code
class NotFound(AppError, LookupError): pass
class Fatal(AppError):
    def __str__(self): return f"FATAL[{self.code}]"
for exc in (NotFound("nf", 404), Fatal("f", 1), AppError("plain")):
    try:
        raise exc
    except LookupError as e:
        print("lookup", e, e.args, e.code)
    except AppError as e:
        print("app", e, repr(e), e.code)
print([c.__name__ for c in NotFound.__mro__])
try:
    raise NotFound("x", 1)
except KeyError:
    print("no")
except Exception as e:
    print("generic", type(e).__name__)

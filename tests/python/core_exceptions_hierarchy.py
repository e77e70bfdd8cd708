names = ["ArithmeticError", "LookupError", "OSError", "ValueError", "Warning", "ImportError",
         "RuntimeError", "NameError", "SyntaxError", "ConnectionError", "UnicodeError"]
for n in names:
    c = eval(n)
    print(n, [b.__name__ for b in c.__mro__])
for n in ["ZeroDivisionError", "KeyError", "IndexError", "FileNotFoundError", "ModuleNotFoundError",
          "RecursionError", "NotImplementedError", "UnboundLocalError", "IndentationError", "TabError",
          "StopIteration", "StopAsyncIteration", "GeneratorExit", "KeyboardInterrupt", "SystemExit",
          "UnicodeDecodeError", "UnicodeEncodeError", "AssertionError", "AttributeError", "BufferError",
          "EOFError", "MemoryError", "OverflowError", "FloatingPointError", "ReferenceError", "TypeError",
          "TimeoutError", "PermissionError", "BrokenPipeError", "DeprecationWarning", "UserWarning",
          "BrokenPipeError", "UnicodeTranslateError", "ResourceWarning", "SyntaxWarning"]:
    c = eval(n)
    print(n, c.__base__.__name__)
class AppError(Exception): pass
class DbError(AppError):
    def __init__(self, msg, code):
        super().__init__(msg, code); self.code = code
class Missing(DbError, LookupError): pass
try: raise Missing("gone", 404)
except LookupError as e: print(type(e).__name__, e.args, e.code, str(e), repr(e))
try: raise DbError("x", 1)
except AppError as e: print("AppError caught", e)
print([c.__name__ for c in Missing.__mro__])
print(issubclass(KeyboardInterrupt, Exception), issubclass(StopIteration, Exception))
print(EnvironmentError is OSError, IOError is OSError)

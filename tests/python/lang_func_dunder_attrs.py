def f(a, b=2):
    """Doc of f."""
    return a
class C:
    def m(self):
        "method doc"
    class Inner:
        def deep(self): pass
def outer():
    def inner(): pass
    return inner
print(f.__name__, f.__qualname__, f.__doc__, f.__defaults__, f.__module__)
print(C.m.__qualname__, C.Inner.deep.__qualname__, outer().__qualname__, C.m.__doc__, C.__qualname__)
def nodoc(): pass
print(nodoc.__doc__, (lambda: 0).__name__, (lambda: 0).__qualname__)
f.__doc__ = "changed"; f.attr = 5; print(f.__doc__, f.attr, f.__dict__)
print(f.__code__.co_name)

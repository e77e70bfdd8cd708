x: int = 5
y: "list[str]"
def f(a: int, b: str = "s") -> bool:
    return True
print(x, f.__annotations__, __annotations__)
class C:
    a: int
    b: str = "b"
print(C.__annotations__, C.b, hasattr(C, "a"))
def g():
    z: undefined_name = 3
    return z
print(g())
try:
    w: undefined_at_module = 1
except NameError as e:
    print(e)

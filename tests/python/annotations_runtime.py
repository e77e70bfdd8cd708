x: int = 5
y: "List[str]"
class P:
    a: int
    b: str = "s"
    __c: float = 1.0
    if True:
        d: list = []
    def m(self, q: int, *r: str, k: bool = True, **kw: dict) -> "P":
        z: int = 3
        return z
def f(a, b: 1 + 1 = 2): pass
print(__annotations__)
print(P.__annotations__, P.b)
print(P.m.__annotations__)
print(f.__annotations__, (lambda: 0).__annotations__)
def g(): pass
g.__annotations__ = {"x": 1}
print(g.__annotations__)

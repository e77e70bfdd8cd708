from __future__ import annotations
def f(x: UndefinedType, y: list[int] = None) -> Missing:
    return x
print(f.__annotations__, f(1))
class C:
    attr: SomethingElse
print(C.__annotations__)

u = int | str
print(u, type(u).__name__, u.__args__)
print(int | None, None | int, int | int, (int | str) | (str | float), list[int] | None)
print(isinstance(1, int | str), isinstance(1.5, int | str), isinstance(None, int | None))
print(issubclass(bool, int | None), issubclass(float, str | bytes))
print((int | str) == (str | int), (int | str) == (int | float), hash(int | str) == hash(str | int))
print({int | str: 1}[str | int])
class A: pass
print(A | None, isinstance(A(), A | int))
try: int | "str"
except TypeError as e: print("TypeError:", e)
try: isinstance([], list[int] | None)
except TypeError as e: print("TypeError:", e)
def f(x: int | None = None) -> list[str] | None: return x
print(f.__annotations__)
try: 3 | int
except TypeError as e: print("TypeError:", e)

import math
class Num:
    def __init__(self, v): self.v = v
    def __index__(self): return int(self.v)
    def __int__(self): return int(self.v) + 1000
    def __float__(self): return float(self.v) + 0.5
    def __round__(self, n=None): return ("round", n)
    def __trunc__(self): return "trunc"
    def __floor__(self): return "floor"
    def __ceil__(self): return "ceil"
    def __abs__(self): return "abs"
n = Num(3)
print([0, 1, 2, 3, 4][n], "abcdef"[n:], list(range(n)), bin(n), hex(n), oct(n))
print(int(n), float(n), round(n), round(n, 2), math.trunc(n), math.floor(n), math.ceil(n), abs(n))
print("x" * n, [1] * n, (1, 2) * n, operator_index := n.__index__())
print(divmod(7, Num(2)) if False else "skip", pow(2, n), 2 ** Num(4))
class OnlyIndex:
    def __index__(self): return 7
print(int(OnlyIndex()), float(OnlyIndex()) if False else "-", format(OnlyIndex(), "b") if False else "-", chr(OnlyIndex() .__index__() + 60))
class OnlyInt:
    def __int__(self): return 42
print(int(OnlyInt()))
try: [1, 2][OnlyInt()]
except TypeError as e: print("TypeError:", e)
try: range(OnlyInt())
except TypeError as e: print("TypeError:", e)
class BadIndex:
    def __index__(self): return "x"
try: [1][BadIndex()]
except TypeError as e: print("TypeError:", e)
class BadInt:
    def __int__(self): return 1.5
try: int(BadInt())
except TypeError as e: print("TypeError:", e)
class BadFloat:
    def __float__(self): return 1
try: float(BadFloat())
except TypeError as e: print("TypeError:", e)
try: round(object())
except TypeError as e: print("TypeError:", e)
try: math.floor(object())
except TypeError as e: print("TypeError:", e)
class F(float): pass
class I(int):
    def __repr__(self): return f"I({int(self)})"
print(I(5) + 1, type(I(5) + 1).__name__, I(5), str(I(6)), F(1.5) * 2, type(F(1.5) * 2).__name__)
print(math.sqrt(Num(16)), isinstance(True, int), True + True, sum([Num(1).v, 2]))

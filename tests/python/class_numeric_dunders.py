class N:
    def __init__(self, v): self.v = v
    def __int__(self): return int(self.v)
    def __float__(self): return float(self.v)
    def __index__(self): return int(self.v)
    def __abs__(self): return N(abs(self.v))
    def __round__(self, nd=None): return round(self.v, nd)
    def __neg__(self): return N(-self.v)
    def __pos__(self): return self
    def __invert__(self): return N(~int(self.v))
    def __repr__(self): return f"N({self.v})"
    def __lt__(self, o): return self.v < (o.v if isinstance(o, N) else o)
    def __truediv__(self, o): return N(self.v / o)
    def __floordiv__(self, o): return N(self.v // o)
    def __mod__(self, o): return N(self.v % o)
    def __pow__(self, o): return N(self.v ** o)
    def __rpow__(self, o): return N(o ** self.v)
    def __and__(self, o): return N(int(self.v) & o)
    def __or__(self, o): return N(int(self.v) | o)
    def __xor__(self, o): return N(int(self.v) ^ o)
    def __lshift__(self, o): return N(int(self.v) << o)
    def __rshift__(self, o): return N(int(self.v) >> o)
    def __divmod__(self, o): return (self.v // o, self.v % o)
n = N(-7.5)
print(int(n), float(n), abs(n), round(n), round(N(2.567), 2), -n, +n, ~N(5))
print([10, 20, 30][N(1)], hex(N(255)), bin(N(3)), range(N(3)))
print(N(1) < N(2), N(3) > N(2), N(1) < 5, 5 > N(1))
print(N(7) / 2, N(7) // 2, N(7) % 4, N(2) ** 3, 2 ** N(3), N(6) & 3, N(6) | 1, N(6) ^ 2, N(1) << 3, N(16) >> 2, divmod(N(7), 2))
x = N(10); x /= 4; print(x)
x = N(10); x **= 2; print(x)
class L:
    def __len__(self): return 0
print(bool(L()), not L())
class ItOnly:
    def __iter__(self): return iter([1, 2, 3])
print(2 in ItOnly(), 9 in ItOnly(), sorted(ItOnly(), reverse=True), max(ItOnly()))
class Cmp2:
    def __init__(self, v): self.v = v
    def __le__(self, o): return self.v <= o.v
    def __ge__(self, o): return self.v >= o.v
print(Cmp2(1) <= Cmp2(2), Cmp2(1) >= Cmp2(2))
try: Cmp2(1) < Cmp2(2)
except TypeError as e: print(e)
try: N(1) + 1
except TypeError as e: print(e)
try: ~Cmp2(1)
except TypeError as e: print(e)
try: abs(Cmp2(1))
except TypeError as e: print(e)
try: int(Cmp2(1))
except TypeError as e: print(e)
try: float(Cmp2(1))
except TypeError as e: print(e)
try: [1][Cmp2(0)]
except TypeError as e: print(e)
try: round(Cmp2(1))
except TypeError as e: print(e)
try: divmod(Cmp2(1), 2)
except TypeError as e: print(e)

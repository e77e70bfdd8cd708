class Acc:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"Acc({self.v!r})"
    def __iadd__(self, o): self.v += o; return self
    def __isub__(self, o): self.v -= o; return self
    def __imul__(self, o): self.v *= o; return self
    def __itruediv__(self, o): self.v /= o; return self
    def __ifloordiv__(self, o): self.v //= o; return self
    def __imod__(self, o): self.v %= o; return self
    def __ipow__(self, o): self.v **= o; return self
    def __ilshift__(self, o): self.v <<= o; return self
    def __irshift__(self, o): self.v >>= o; return self
    def __iand__(self, o): self.v &= o; return self
    def __ior__(self, o): self.v |= o; return self
    def __ixor__(self, o): self.v ^= o; return self
    def __imatmul__(self, o): self.v = ("@", o); return self
a = Acc(5); b = a
a += 3; a -= 1; a *= 4; print(a, a is b)
a //= 3; a %= 5; a **= 3; print(a)
a <<= 2; a >>= 1; a &= 0xff; a |= 0x100; a ^= 1; print(a)
a /= 2; print(a)
a @= 9; print(a, a is b)
class OnlyAdd:
    def __init__(self, v): self.v = v
    def __add__(self, o): return OnlyAdd(self.v + o)
x = OnlyAdd(1); y = x
x += 1
print(x.v, y.v, x is y)
class NI:
    def __iadd__(self, o): return NotImplemented
    def __add__(self, o): return "fallback add"
n = NI(); n += 1; print(n)
class NI2:
    def __iadd__(self, o): return NotImplemented
m = NI2()
try: m += 1
except TypeError as e: print("TypeError:", e)
l = [1]; l2 = l; l += [2]; print(l2)
t = (1,); t2 = t; t += (2,); print(t2, t)
class R:
    def __radd__(self, o): return "R.radd"
z = 5; z += R(); print(z)

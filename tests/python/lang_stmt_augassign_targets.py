class O:
    def __init__(self): self.v = 1
    def __getattr__(self, n):
        print("getattr", n); return 0
o = O(); o.v += 1; o.missing += 5; print(o.v, o.missing)
d = {"k": [1]}; d["k"] += [2]; d["k"][0] *= 10; print(d)
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print(e)
print(t)
s = "a"; s *= 3; s += "b"; print(s)
x = 7; x //= 2; x **= 3; x %= 5; x <<= 2; x >>= 1; x |= 8; x &= 12; x ^= 1; x -= 1; x /= 2; print(x)

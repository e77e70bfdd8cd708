import math
class N:
    def __init__(self, v): self.v = v
    def __round__(self, nd=None): return ("round", nd)
    def __trunc__(self): return 7
    def __floor__(self): return 1
    def __ceil__(self): return 2
    def __int__(self): return 3
    def __float__(self): return 4.5
    def __index__(self): return 5
print(round(N(1)), round(N(1), 2), math.trunc(N(1)), math.floor(N(1)), math.ceil(N(1)), int(N(1)), float(N(1)), hex(N(1)))
class MyInt(int):
    def __format__(self, spec): return "MyInt:" + spec
print(f"{MyInt(3):>4}", format(MyInt(3)), str(MyInt(3)), repr(MyInt(3)))

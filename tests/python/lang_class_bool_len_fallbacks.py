class B:
    def __bool__(self): return False
class L:
    def __len__(self): return 3
class N: pass
print(bool(B()), bool(L()), bool(N()), "yes" if L() else "no", not B())
class Bad:
    def __bool__(self): return 1
try:
    bool(Bad())
except TypeError as e:
    print(e)
class Big:
    def __len__(self): return 2**70
try:
    len(Big())
except OverflowError as e:
    print(e)

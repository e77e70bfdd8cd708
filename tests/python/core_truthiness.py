class B:
    def __init__(self, b): self.b = b
    def __bool__(self): return self.b
class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
class Both:
    def __bool__(self): return True
    def __len__(self): return 0
class Neither: pass
for o in [B(True), B(False), L(0), L(3), Both(), Neither()]:
    print(type(o).__name__, bool(o), "yes" if o else "no", not o)
print(len(L(5)))
class BadBool:
    def __bool__(self): return 1
try: bool(BadBool())
except TypeError as e: print("TypeError:", e)
class NegLen:
    def __len__(self): return -1
try: len(NegLen())
except ValueError as e: print("ValueError:", e)
try: bool(NegLen())
except ValueError as e: print("ValueError:", e)
class StrLen:
    def __len__(self): return "3"
try: len(StrLen())
except TypeError as e: print("TypeError:", e)
class BigLen:
    def __len__(self): return 2**70
try: len(BigLen())
except OverflowError as e: print("OverflowError:", e)
try: len(Neither())
except TypeError as e: print("TypeError:", e)
print(B(False) or "alt", L(2) and "both")
x = [o for o in (L(0), L(1), B(True)) if o]
print(len(x))
while L(0): print("never")
print(any([L(0), B(False)]), all([L(1), B(True)]))

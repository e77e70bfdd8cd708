class CM:
    def __init__(self, name, suppress=False): self.name = name; self.suppress = suppress
    def __enter__(self): print("enter", self.name); return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev, tb is not None)
        return self.suppress
with CM("a") as v: print("body", v)
with CM("b", True): raise ValueError("swallowed")
print("after b")
try:
    with CM("c"): raise KeyError("k")
except KeyError as e: print("caught", repr(e))
with CM("d") as x, CM("e") as y: print(x, y)
def f():
    with CM("f"): return "returned"
print(f())
for i in range(3):
    with CM(str(i)):
        if i == 1: break
class NoExit:
    def __enter__(self): return 1
try:
    with NoExit(): pass
except TypeError as e: print("TypeError:", e)
class NoEnter:
    def __exit__(self, *a): pass
try:
    with NoEnter(): pass
except TypeError as e: print("TypeError:", e)
class ExitRaises:
    def __enter__(self): return self
    def __exit__(self, *a): raise RuntimeError("from exit")
try:
    with ExitRaises(): raise ValueError("inner")
except RuntimeError as e: print("RuntimeError:", e, repr(e.__context__))
class Truthy:
    def __enter__(self): return self
    def __exit__(self, *a): return "yes"
with Truthy(): 1 / 0
print("suppressed by truthy")

class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *rest, k=0): return self.n + x + sum(rest) + k
add = Adder(10)
print(add(1), add(1, 2, 3, k=4), callable(add), callable(Adder), callable(5))
print(list(map(Adder(1), [1, 2])))
try: 5()
except TypeError as e: print("TypeError:", e)
class NC: pass
try: NC()()
except TypeError as e: print("TypeError:", e)
class EqOnly:
    def __eq__(self, o): return True
print(EqOnly.__hash__)
try: hash(EqOnly())
except TypeError as e: print("TypeError:", e)
try: {EqOnly()}
except TypeError as e: print("TypeError:", e)
class EqHash:
    def __init__(self, k): self.k = k
    def __eq__(self, o): return self.k == o.k
    def __hash__(self): return hash(self.k)
print(len({EqHash(1), EqHash(1), EqHash(2)}), hash(EqHash("A")) == hash("A"))
class H:
    def __hash__(self): return 2**100
print(hash(H()) == hash(2**100))
class HM:
    def __hash__(self): return -1
print(hash(HM()))
class HBad:
    def __hash__(self): return "x"
try: hash(HBad())
except TypeError as e: print("TypeError:", e)
class NoHash:
    __hash__ = None
try: hash(NoHash())
except TypeError as e: print("TypeError:", e)
class Child(EqHash): pass
print(hash(Child(5)) == hash(5))
class Child2(EqHash):
    def __eq__(self, o): return False
print(Child2.__hash__ is None)
o = object(); print(hash(o) == hash(o), type(hash(o)).__name__)

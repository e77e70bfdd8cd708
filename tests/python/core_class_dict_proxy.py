class A:
    x = 1
    def f(self): pass
d = A.__dict__
print(type(d).__name__, d["x"], "f" in d, "zz" in d, d.get("x"), d.get("q", 5), len(d) > 3)
print(sorted(k for k in d if not k.startswith("__")), sorted(k for k in d.keys() if k[0] != "_"))
print([v for k, v in d.items() if k == "x"], type(d.copy()).__name__, vars(A) == A.__dict__)
try: d["x"] = 2
except TypeError as e: print("TypeError:", e)
try: del d["x"]
except TypeError as e: print("TypeError:", e)
try: int.__dict__["evil"] = 1
except TypeError as e: print("TypeError:", e)
print(type(int.__dict__).__name__, "bit_length" in int.__dict__, int.__dict__["bit_length"])
A.y = 2; print(d["y"])
try: d.nope
except AttributeError as e: print("AttributeError:", e)
print(type(vars(A)).__name__, isinstance(vars(A()), dict))

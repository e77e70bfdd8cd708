print(round(2.5), round(3.5), round(-2.567, 2), round(5, 1), type(round(5.0)).__name__)
print(sorted([3, 1, 2]), sorted(["b", "A", "a"], key=str.lower), sorted((3, 1)), sorted({"b": 1, "a": 2}.items()))
class C: pass
c = C(); setattr(c, "x y", 1); print(getattr(c, "x y"))

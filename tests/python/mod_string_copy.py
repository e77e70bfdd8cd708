# string constants/Template and copy
import string, copy
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), len(string.printable))
print(string.capwords("hello   world foo"), string.capwords("a-b c", "-"))
t = string.Template("$who likes ${what}! $$ cost")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="x"))
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError", e)
try:
    string.Template("bad $ here").substitute()
except ValueError as e:
    print(e)
a = [1, [2, 3], {'k': [4]}]
b = copy.copy(a); c = copy.deepcopy(a)
a[1].append(99); a[2]['k'].append(5)
print(a, b, c)
class P:
    def __init__(self, x): self.x = x; self.l = [x]
p = P(1); q = copy.deepcopy(p); r = copy.copy(p)
p.l.append(2)
print(q.x, q.l, r.l, type(q).__name__, q is p)
rec = [1]; rec.append(rec)
d = copy.deepcopy(rec)
print(d[1] is d, d[0])
class C:
    def __copy__(self): return "copied"
    def __deepcopy__(self, memo): return "deep"
print(copy.copy(C()), copy.deepcopy([C()]))
t1 = (1, [2]); t2 = copy.deepcopy(t1); t1[1].append(3); print(t1, t2)

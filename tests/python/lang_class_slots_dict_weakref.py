class S:
    __slots__ = ("a", "__dict__")
s = S(); s.a = 1; s.b = 2; print(s.a, s.b, s.__dict__)
class T:
    __slots__ = "single"
t = T(); t.single = 5; print(t.single, T.__slots__)
try:
    print(T().single)
except AttributeError as e:
    print(e)

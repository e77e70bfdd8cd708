class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, (C, A)), isinstance(b, (C, (int, B))), isinstance(1, (str, float)), issubclass(B, (C, A)), issubclass(bool, (str, int)))
print(isinstance(b, object), issubclass(C, object), isinstance(A, type), isinstance(int | str, object) )
print(isinstance(3, int | str), issubclass(bool, int | None))
try:
    isinstance(1, 2)
except TypeError as e:
    print(e)
try:
    issubclass(1, int)
except TypeError as e:
    print(e)

# A class body runs as an inline frame: __prepare__, metaclass keywords, nested classes,
# comprehensions in the body and an error raised by the body behave as in CPython.
class A:
    x = 1
    class B:
        y = [x for x in range(2)]
    def f(self): return 1
class M(type):
    def __new__(m, name, bases, ns, **kw):
        print("meta", name, sorted(k for k in ns if not k.startswith("__")), kw)
        return super().__new__(m, name, bases, ns)
    @classmethod
    def __prepare__(m, name, bases, **kw):
        print("prepare", name, kw)
        return {"injected": 1}
class C(metaclass=M, extra=2):
    z = injected
print(C.z)
class D:
    q = undefined_name

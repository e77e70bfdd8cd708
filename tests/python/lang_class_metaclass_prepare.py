class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        ns = {"injected": "yes"}
        return ns
    def __new__(mcls, name, bases, ns, **kw):
        ns["fields"] = [k for k in ns if not k.startswith("__")]
        return super().__new__(mcls, name, bases, ns)
class Model(metaclass=OrderedMeta, tag=1):
    b = 1
    a = 2
    def method(self): pass
print(Model.injected, Model.fields)
class Recorder(dict):
    def __setitem__(self, k, v):
        print("set", k)
        super().__setitem__(k, v)
class RM(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Recorder()
class X(metaclass=RM):
    y = 1
    def z(self): pass
print(X.y)

class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["tag"] = name.lower()
        return super().__new__(mcls, name, bases, ns)
    def __call__(cls, *a):
        print("creating", cls.__name__)
        return super().__call__(*a)
    def __repr__(cls): return f"<class {cls.__name__} via Meta>"
class Base(metaclass=Meta): pass
class Child(Base):
    def __init__(self, x=0): self.x = x
print(Base.tag, Child.tag, type(Child).__name__, Child(5).x, repr(Child), isinstance(Child, Meta))

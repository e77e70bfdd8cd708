def deco(tag):
    def wrap(fn):
        def inner(*a, **k):
            return f"<{tag}>{fn(*a, **k)}</{tag}>"
        inner.__name__ = fn.__name__
        return inner
    return wrap
@deco("b")
@deco("i")
def hello(name):
    return "hi " + name
print(hello("x"), hello.__name__)
def register(cls):
    cls.registered = True
    return cls
@register
class K:
    @staticmethod
    @deco("s")
    def s():
        return "static"
    @deco("m")
    def m(self):
        return "method"
print(K.registered, K.s(), K().m())
@(lambda f: f())
def called():
    return 42
print(called)

class P:
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
X = type("X", (P,), {}, tag="x"); print(X.tag)
try:
    type("Y", (object,), {}, foo=1)
except TypeError as e: print(e)

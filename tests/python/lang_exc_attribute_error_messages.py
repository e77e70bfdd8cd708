class C:
    __slots__ = ()
for f in (lambda: (1).foo, lambda: "s".lenght, lambda: [].apend, lambda: C().x, lambda: C.y, lambda: type.zz, lambda: None.x, lambda: setattr(1, "x", 2), lambda: delattr(C(), "q")):
    try:
        f()
    except AttributeError as e:
        print(e)

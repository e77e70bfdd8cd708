for args in ((), ("k",), (1,), (("a", 1),), ("a", "b"), ("",)):
    e = KeyError(*args)
    print(repr(str(e)), repr(e))

def g():
    try:
        yield 1
    except ValueError as e:
        print("caught", repr(e))
        yield 2
it = g(); next(it)
print(it.throw(ValueError))
it2 = g(); next(it2)
print(it2.throw(ValueError("inst")))
def h():
    try:
        yield
    except Exception as e:
        print("tb?", e.__traceback__ is not None)
        yield "ok"
x = h(); next(x); print(x.throw(KeyError("k")))

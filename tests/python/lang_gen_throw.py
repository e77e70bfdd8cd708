def g():
    while True:
        try:
            yield "normal"
        except ValueError as e:
            yield "caught " + str(e)
it = g()
print(next(it), it.throw(ValueError("x")), next(it))
try:
    it.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
try:
    next(it)
except StopIteration:
    print("closed after exc")
def h():
    yield 1
it2 = h()
try:
    it2.throw(RuntimeError("unstarted"))
except RuntimeError as e:
    print(e)

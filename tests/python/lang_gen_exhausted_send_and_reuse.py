def g():
    yield 1
it = g()
print(list(it))
try:
    it.send(None)
except StopIteration:
    print("stop")
try:
    next(it)
except StopIteration:
    print("stop again")
ge = (i for i in range(2))
print(list(ge), list(ge), sum(i for i in []))

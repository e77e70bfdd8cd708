# expect: output done
# cpython: same
def g():
    me = yield
    yield me
for i in range(5000):
    it = g()
    next(it)
    it.send(it)
print("done")

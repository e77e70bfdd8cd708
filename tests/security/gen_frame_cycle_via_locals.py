# expect: output done
# cpython: same
def g():
    me = it
    yield me
for i in range(2000):
    it = g()
    next(it)
it = None
print("done")

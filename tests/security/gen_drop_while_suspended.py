# expect: output done
# cpython: same
def g():
    try:
        yield 1
    finally:
        pass
for i in range(1000):
    it = g()
    next(it)
    it = None
print("done")

# expect: output []
# cpython: same
def g():
    yield 1
it = g()
list(it)
print(list(it))

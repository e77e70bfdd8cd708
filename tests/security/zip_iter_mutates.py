# expect: output [(1, 1)]
# cpython: same
a = [1, 2, 3]
b = [1, 2, 3]
def g():
    for x in b:
        a.clear()
        yield x
print(list(zip(a, g())))

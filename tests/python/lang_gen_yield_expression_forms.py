def g():
    x = yield
    print("got", x)
    y = (yield x) + 1
    print("y", y)
    yield from ()
    return y
it = g()
print(next(it)); print(it.send("A")); 
try:
    it.send(41)
except StopIteration as e:
    print("ret", e.value)
def h():
    yield 1, 2
    yield (3)
    l = yield
    yield l
print(list(h()))

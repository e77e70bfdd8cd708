def pages(n):
    for i in range(n):
        yield i * 10
for p in pages(3):
    print("page", p)
def outer():
    r = yield from pages(2)
    print("inner returned", r)
    yield "last"
for x in outer():
    print(x)
def g():
    try:
        yield 1
        raise ValueError("boom")
    finally:
        print("gen finally")
try:
    for x in g():
        print("got", x)
except ValueError as e:
    print("caught", e)
def stop():
    yield 1
    raise StopIteration
try:
    for x in stop():
        print(x)
except RuntimeError as e:
    print("RE", e, type(e.__cause__).__name__)
def early():
    try:
        yield 1
        yield 2
    finally:
        print("early finally")
for x in early():
    break
print("after break")
gg = early()
for x in gg:
    break
print(list(gg))
def ret():
    yield 1
    return 5
def deleg():
    v = yield from ret()
    yield v
print([x for x in deleg()])
for x in deleg():
    print("d", x)
it = iter(ret())
for x in it:
    pass
for x in it:
    print("never")
print("exhausted ok")
def rec(n):
    if n:
        yield n
        yield from rec(n - 1)
for x in rec(5):
    print(x, end=" ")
print()
def selfiter():
    for x in me:
        yield x
me = selfiter()
try:
    for x in me:
        pass
except ValueError as e:
    print(e)

def ret():
    yield 1
    return "val"
it = ret(); next(it)
try:
    next(it)
except StopIteration as e:
    print(e.value, e.args)
def ret_none():
    yield 1
    return
it = ret_none(); next(it)
try:
    next(it)
except StopIteration as e:
    print(e.value, e.args)
def only_return():
    return 5
    yield
try:
    only_return().send(None)
except StopIteration as e:
    print(e.value)
def tup():
    return (1, 2)
    yield
try:
    next(tup())
except StopIteration as e:
    print(e.value, e.args)

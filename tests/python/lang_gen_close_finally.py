def g():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
it = g(); print(next(it)); it.close(); print("closed")
it.close()
def bad():
    try:
        yield 1
    except GeneratorExit:
        yield "nope"
b = bad(); next(b)
try:
    b.close()
except RuntimeError as e:
    print(e)
def h():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise
h1 = h(); next(h1); h1.close()
def fin():
    try:
        yield 1
    finally:
        print("fin on exhaust")
print(list(fin()))

def g():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
for x in g():
    print(x)
    break
print("after break")
def h():
    try:
        yield 1
    finally:
        print("h finally")
it = h(); next(it)
del it
print("after del")
def k():
    try:
        yield 1
        raise ValueError("in gen")
    finally:
        print("k finally")
try:
    for x in k(): pass
except ValueError as e:
    print("caught", e)

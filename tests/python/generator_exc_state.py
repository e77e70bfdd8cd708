def g():
    try:
        raise ValueError("in gen")
    except ValueError:
        yield 1
        raise
try:
    for x in g():
        print("yielded", x)
        try:
            raise KeyError("outer")
        except KeyError:
            pass
except ValueError as e:
    print("caught", e)
def k():
    try:
        yield 1
    except ValueError as e:
        yield "handled " + str(e)
it = k()
print(next(it))
print(it.throw(ValueError("thrown")))
def m():
    yield 1
    yield 2
gen = m()
for x in gen:
    print(x)
    for y in gen:
        print("inner", y)
def ctx():
    try:
        yield
    finally:
        print("ctx closed")
def user():
    for _ in ctx():
        return "ret"
print(user())

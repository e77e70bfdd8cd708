def g():
    try:
        yield 1
    except GeneratorExit:
        print("exit seen")
    print("not reached on close? no, reached")
it = g(); next(it)
try:
    it.close()
except RuntimeError as e:
    print(e)
def z():
    yield 1
x = z()
x.close()
print(list(x))
def raises_in_finally():
    try:
        yield 1
    finally:
        raise ValueError("from finally")
r = raises_in_finally(); next(r)
try:
    r.close()
except ValueError as e:
    print("close raised", e)

x = None
print(x)
print(repr(x), str(x))
print(x is None, x is not None)
print(x == None, x != None)
print(bool(x))
def f():
    pass
print(f())
print(type(None))

def f():
    return g()
def g():
    return undefined_variable + 1
print("start")
f()

def f():
    raise ValueError
print("x")
f()

def f(x):
    return x.nosuch
print("calling")
f(5)

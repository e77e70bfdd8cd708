# An exception raised while evaluating a default argument happens at definition time.
def make():
    return [][0]

print("defining")
def f(x=make()):
    return x
print("never")

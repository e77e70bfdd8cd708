x = 10
print(globals()["x"], "x" in globals(), globals() is globals())
def f(a):
    b = 2
    return sorted(locals().items())
print(f(1))
globals()["created"] = "via globals"
print(created)

# expect: output {'x': 1}
# expect: output 2
# cpython: same
class A:
    pass
a = A()
a.__dict__["x"] = 1
print(a.__dict__)
a.__dict__.clear()
a.x = 2
print(a.x)

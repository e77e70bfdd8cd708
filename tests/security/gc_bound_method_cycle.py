# expect: output done
# cpython: same
class A:
    def m(self):
        pass
for i in range(10000):
    a = A()
    a.bm = a.m
print("done")

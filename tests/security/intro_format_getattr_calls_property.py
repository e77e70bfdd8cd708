# expect: output 1
# expect: output 2
# cpython: same
class A:
    n = 0
    @property
    def p(self):
        A.n += 1
        return A.n
a = A()
print("{0.p}".format(a))
print("{0.p}".format(a))

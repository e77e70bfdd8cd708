# expect: output 1000
# cpython: same
# Cycles made inside callbacks invoked from C (sort/repr/eq) are collected without harm.
class A:
    def __init__(self):
        self.me = self
    def __eq__(self, o):
        junk = [A() for _ in range(5)]
        return False
    __hash__ = object.__hash__
n = 0
for i in range(1000):
    if A() == A():
        pass
    n += 1
print(n)

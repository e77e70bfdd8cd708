# expect: output False
# cpython: same
class A:
    def __eq__(self, other):
        b.clear()
        return True
a = [A(), A(), A()]
b = [A(), A(), A()]
print(a == b)

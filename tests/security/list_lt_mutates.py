# expect: output False
# cpython: same
class A:
    def __eq__(self, other):
        x.clear()
        y.clear()
        return False
    def __lt__(self, other):
        return False
x = [A(), A()]
y = [A(), A()]
print(x < y)

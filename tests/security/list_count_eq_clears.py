# expect: output 0
# cpython: same
class A:
    def __eq__(self, other):
        data.clear()
        return False
data = [A(), A(), A()]
print(data.count(1))

# expect: output [x]
# cpython: same
class A:
    def __repr__(self):
        data.clear()
        return "x"
data = [A(), A(), A()]
print(data)

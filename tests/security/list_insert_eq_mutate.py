# expect: output 1
# cpython: same
class A:
    def __index__(self):
        data.clear()
        return 0
data = [1, 2]
data.insert(A(), 5)
data.insert(A(), 6)
data.insert(A(), 7)
print(sum(1 for _ in data))

# expect: output 0
# cpython: same
class A:
    def __init__(self, i):
        self.i = i
data = [A(i) for i in range(100)]
for a in data:
    a.back = data
data.clear()
print(len(data))

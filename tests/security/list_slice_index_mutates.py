# expect: output []
# cpython: same
class I:
    def __index__(self):
        data.clear()
        return 2
data = list(range(10))
print(data[0:I()])

# expect: exception IndexError
# cpython: same
class I:
    def __index__(self):
        data.clear()
        return 1
data = [1, 2, 3]
data[I()] = 5

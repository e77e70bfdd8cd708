# expect: exception IndexError
# cpython: same
class I:
    def __index__(self):
        data.clear()
        return 0
data = [1, 2, 3]
data.pop(I())

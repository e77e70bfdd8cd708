# expect: output 6
# cpython: same
class I:
    def __index__(self):
        data.append(0)
        return 2
data = [1, 2]
print(len(data * I()))

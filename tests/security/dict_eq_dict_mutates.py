# expect: output True
# cpython: same
class V:
    def __eq__(self, other):
        a.clear()
        return True
a = {1: V(), 2: V()}
b = {1: V(), 2: V()}
print(a == b)

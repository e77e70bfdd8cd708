# expect: output 3
# cpython: same
class K:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return self.n
    def __eq__(self, o):
        return isinstance(o, K) and o.n == self.n
keys = [K(1), K(2), K(3)]
print(len(dict.fromkeys(keys)))

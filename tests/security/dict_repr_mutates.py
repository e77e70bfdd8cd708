# expect: output {1: a, 2: a, 102: 1, 103: 1} 4
# cpython: same
class A:
    def __repr__(self):
        d[len(d) + 100] = 1
        return "a"
d = {1: A(), 2: A()}
print(repr(d), len(d))

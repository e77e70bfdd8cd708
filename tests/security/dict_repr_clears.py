# expect: output {1: a} 0
# cpython: same
class A:
    def __repr__(self):
        d.clear()
        return "a"
d = {1: A(), 2: A()}
print(repr(d), len(d))

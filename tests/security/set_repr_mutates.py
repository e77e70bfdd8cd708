# expect: output 6 4
# cpython: same
class A:
    def __repr__(self):
        s.add(len(s) + 1000)
        return "a"
s = {A(), A()}
print(len(repr(s)), len(s))

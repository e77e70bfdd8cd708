# expect: output 1
# cpython: same
class K:
    def __hash__(self):
        s.clear()
        return 5
s = set(range(50))
s.add(K())
print(len(s))

# expect: output ok
# cpython: same
class K:
    def __hash__(self):
        return 7
    def __eq__(self, other):
        if len(d) < 100:
            d[len(d) + 1000] = 0
        return False
d = {K(): 1}
d[K()] = 2
print("ok")

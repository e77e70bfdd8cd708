# expect: output done
# cpython: same
class K:
    def __hash__(self):
        return 0
    def __eq__(self, other):
        src.clear()
        return False
src = [K() for _ in range(20)]
try:
    f = frozenset(src)
except RuntimeError:
    pass
print("done")

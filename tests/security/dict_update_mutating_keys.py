# expect: output done
# cpython: same
class K:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        if armed:
            src.clear()
        return self.n
    def __eq__(self, o):
        return self is o
armed = False
src = {K(i): i for i in range(1)}
armed = True
dst = {}
try:
    dst.update(src)
except RuntimeError:
    pass
print("done")

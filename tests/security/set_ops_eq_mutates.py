# expect: output done
# cpython: same
class K:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return 0
    def __eq__(self, other):
        if armed:
            a.clear()
            b.clear()
        return False
armed = False
a = {K(i) for i in range(10)}
b = {K(i) for i in range(10)}
armed = True
for op in (a.__or__, a.__and__, a.__sub__, a.__xor__):
    try:
        op(b)
    except RuntimeError:
        pass
print("done")

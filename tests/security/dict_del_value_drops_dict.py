# expect: output done
# cpython: same
class V:
    def __init__(self):
        self.d = None
d = {i: V() for i in range(100)}
for v in d.values():
    v.d = d
d.clear()
d = None
print("done")

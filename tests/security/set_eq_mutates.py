# expect: output ok
# cpython: same
class K:
    def __hash__(self):
        return 0
    def __eq__(self, other):
        if armed:
            s.clear()
        return False
armed = False
s = {K(), K()}
armed = True
print("ok" if K() not in s else "bad")

# expect: output ok
# cpython: same
class K:
    def __hash__(self):
        return 0
    def __eq__(self, other):
        if armed:
            d.clear()
        return False
armed = False
d = {K(): 1}
armed = True
d.setdefault(K(), [])
print("ok")

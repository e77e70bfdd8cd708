# expect: exception KeyError
# cpython: same
class K:
    def __hash__(self):
        return 0
    def __eq__(self, other):
        if armed:
            d.clear()
        return False
armed = False
d = {K(): 1, 2: 2}
armed = True
d.pop(K())

# expect: limit instructions
# limits: --instructions 300000 --time-ms 120000
class K:
    def __hash__(self):
        return 0
    def __eq__(self, other):
        return False
d = {}
for i in range(100000):
    d[K()] = i

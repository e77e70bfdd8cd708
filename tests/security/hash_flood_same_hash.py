# expect: output 600
# cpython: same
# Colliding keys degrade to O(n^2) comparisons: bounded by the instruction/time budgets, still correct.
class K:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return 42
    def __eq__(self, other):
        return self.n == other.n
d = {}
for i in range(600):
    d[K(i)] = i
print(len(d))

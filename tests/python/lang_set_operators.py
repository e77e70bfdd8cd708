a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a <= a, {1} < a, a >= {1, 2}, a > a, {1, 2} == {2, 1}, a.isdisjoint({9}))
c = set(a); c |= {9}; c &= {1, 9, 3}; c -= {3}; c ^= {1, 7}; print(sorted(c))
print(frozenset({1, 2}) | {3}, {1, 2} | frozenset({3}), type(frozenset({1}) | {2}).__name__)

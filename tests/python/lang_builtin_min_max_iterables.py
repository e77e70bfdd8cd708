print(max((x for x in [3, 9, 2]), key=lambda v: -v), min("b", "a", key=str.upper), max({1: "a", 5: "b"}), min([], default="empty"))
print(max([1, 1.0]), max([1.0, 1]), min([[2], [1, 3]]), max("abc", "abd"), max(range(10**6)))
try:
    max([], key=len)
except ValueError as e:
    print(e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print(e)

print(max(3, 1, 2), max([3, 1, 2]), max("abc", key=ord), max([], default=None), min((1, "b"), (1, "a")), min([3, 1], key=lambda v: -v))
print(sum([1, 2, 3]), sum([1.5, 2]), sum([[1], [2]], []), sum(range(101), 10), sum([0.1] * 10))
for bad in (lambda: max([]), lambda: min(), lambda: sum(["a", "b"], ""), lambda: max(1)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

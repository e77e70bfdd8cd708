# list.sort / sorted take fast paths when every key is an exact str, int, float or tuple; the
# results (order, stability, NaN, errors) must be exactly those of the general comparison.
nan = float("nan")
print(sorted(["b", "a", "é", "ab", "", "Z", "ä", "\U0001f600", "aa"]))
print(sorted([3, -1, 2**62, -2**63, 0, 5, 2**70, -2**80]))
print(sorted([2.5, -0.0, 0.0, 1e300, -1e-300, float("inf"), float("-inf")]))
print(sorted([3.0, nan, 1.0, 2.0]), sorted([nan, 3.0, 1.0]))
print(sorted([(1, "b"), (0, "z"), (1, "a"), (0, "a", 1), (0, "a")]))
print(sorted([("b", 2), ("a", 3), ("b", 1), ("a", 3, 0)], reverse=True))
print(sorted([(True, 1), (1, 0), (0, 2), (False, 1)]))
print(sorted([1, True, 0, False, 2.5, -1]))
rows = [("x", i % 3, i) for i in range(12)]
print(sorted(rows, key=lambda r: r[1]), sorted(rows, key=lambda r: -r[1], reverse=True)[:4])
print(sorted(["B", "a", "C", "b"], key=str.lower), sorted(["B", "a", "C", "b"], key=str.lower, reverse=True))
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words, key=len), sorted(words, key=lambda w: (len(w), w)), sorted(words, key=lambda w: (-len(w), w)))
try:
    sorted([(1, 2), (1, "a")])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([(1, []), (1, {})])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([(), (1,), (0, 1)])
    print(sorted([(), (1,), (0, 1)]))
except TypeError as e:
    print("TypeError:", e)
print(sorted([((1, 2), 3), ((1, 1), 4), ((0, 9), 5)]))
print(sorted([2**64, 3, 2**63 - 1, -(2**63)]), sorted([b"b", b"a"]), sorted([1.5, 1, 2**70, 0.5]))
class K(str):
    def __lt__(self, other):
        return len(self) < len(other)
print(sorted([K("ccc"), K("a"), K("bb")]))

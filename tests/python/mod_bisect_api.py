# bisect: left/right searches and inserts, lo/hi bounds (None and -1 mean the end), key=, ties,
# non-list sequences, and the errors.
import bisect
from collections import namedtuple
a = [1, 2, 2, 2, 3, 5, 8]
for x in (0, 1, 2, 4, 8, 9):
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x), bisect.bisect(a, x, 2), bisect.bisect(a, x, 1, 4), bisect.bisect_left(a, x, 0, -1), bisect.bisect_right(a, x, hi=None))
b = []
for v in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(b, v)
print(b)
bisect.insort_left(b, 5); bisect.insort_right(b, 0, 0, 3); print(b)
R = namedtuple("R", "name score")
rows = sorted([R("a", 3), R("b", 1), R("c", 2)], key=lambda r: r.score)
print(bisect.bisect_left(rows, 2, key=lambda r: r.score), bisect.bisect_right(rows, 2, key=lambda r: r.score))
bisect.insort(rows, R("d", 2), key=lambda r: r.score); bisect.insort_left(rows, R("e", 2), key=lambda r: r.score)
print([r.name for r in rows])
print(bisect.bisect("acegi", "f"), bisect.bisect(range(0, 100, 7), 50), bisect.bisect((1, 3, 5), 3), bisect.bisect_left([], 1))
grades = "FDCBA"
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in (33, 99, 77, 70, 89, 90, 100)])
for call in ("bisect.bisect(a, 1, -1)", "bisect.bisect(a, 'x')", "bisect.bisect(5, 1)", "bisect.insort((1, 2), 1)", "bisect.bisect(a, 1, 10)", "bisect.bisect_left(a, 1, hi=20)"):
    try:
        print(call, eval(call))
    except Exception as e:
        print(call, type(e).__name__, e)

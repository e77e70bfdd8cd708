# gc-stress: every 3
# (a random differential test: a collection on every allocation would take minutes, see scripts/gc-stress-cli.sh)
# statistics: median, median_low, median_high, median_grouped, mode, multimode
import random
import statistics as st
from fractions import Fraction as F

def show(f, *a, **k):
    try:
        r = f(*a, **k)
        print(f.__name__, type(r).__name__, repr(r))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)

for data in ([1, 3, 5], [1, 3, 5, 7], [5, 1, 3.5, 2], [F(1, 2), F(1, 3)], [7], ['b', 'a', 'c'],
             [3, 1], [True, False], [2, 2, 2, 4], (x for x in [4, 1, 9, 2])):
    data = list(data)
    show(st.median, data)
    show(st.median_low, data)
    show(st.median_high, iter(data))
show(st.median, ['a', 'c', 'b', 'd'])
show(st.median_low, ['a', 'c', 'b', 'd'])

for data, iv in (([52, 52, 53, 54], 1), ([1, 3, 3, 5, 7], 1), ([1, 2, 2, 3, 4, 4, 4, 4, 4, 5], 1),
                 ([1, 3, 3, 5, 7], 2), ([1, 2.5, 2.5, 4], 0.5), ([F(1, 2), F(1, 2), 1], F(1, 3)),
                 ([5], 3), ([2, 2], 1), ([1, 2, 3, 4, 5, 6], 1), ([1.0, 2.0, 2.0, 2.0], 1.5),
                 ([10, 20, 20, 30, 30, 30, 40], 10)):
    show(st.median_grouped, data, iv)
show(st.median_grouped, [1, 2, 3])
show(st.median_grouped, iter([3, 1, 2, 2]), interval=2)

for data in ([1, 1, 2, 3, 3, 3, 3, 4], ['red', 'blue', 'blue', 'red', 'green', 'red', 'red'],
             'aabbbbccddddeeffffgg', [1, 2, 3], [2.5, 2.5, 1], [(1, 2), (1, 2), (3,)], [None, None, 0]):
    show(st.mode, data)
    show(st.multimode, data)
    show(st.mode, iter(data))
show(st.multimode, [])
show(st.multimode, iter('aabbcc'))

rng = random.Random(99)
for trial in range(120):
    n = rng.randint(1, 15)
    if trial % 2:
        data = [rng.randint(0, 6) for _ in range(n)]
    else:
        data = [round(rng.uniform(-5, 5), rng.randint(0, 3)) for _ in range(n)]
    iv = rng.choice([1, 2, 0.5, 0.1, 3])
    print(trial, st.median(data), st.median_low(data), st.median_high(data),
          st.median_grouped(data, iv), st.mode(data), st.multimode(data))

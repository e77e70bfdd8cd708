# gc-stress: every 31
# (a random differential test: a collection on every allocation would take minutes, see scripts/gc-stress-cli.sh)
# statistics: mean, fmean, geometric_mean, harmonic_mean (exact sums, result types, weights)
import random
import statistics as st
from fractions import Fraction as F

def show(f, *a, **k):
    try:
        r = f(*a, **k)
        print(f.__name__, type(r).__name__, repr(r))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)

for data in ([1, 2], [1, 2, 3], [1, 2, 3, 4, 4], [True, False, True], [1.5, 2, 3],
             [F(1, 3), F(2, 3), 1], [F(1, 3), 0.5], [0.1] * 10, [1e308, 1e308, -1e308],
             [float('inf'), 1.0], [float('inf'), float('-inf')], [float('nan'), 1], [7],
             (x for x in [2, 4, 9]), range(10), [-1, -3], [1, 2**80 + 1]):
    if not isinstance(data, list) and not isinstance(data, range):
        data = list(data)
    show(st.mean, data)
    show(st.fmean, data)
    show(st.mean, iter(data))

show(st.fmean, [1, 2, 3], [1, 0, 1])
show(st.fmean, [3.5, 4.0, 5.25], weights=[1, 2, 3])
show(st.fmean, iter([1, 2, 3]), iter([0.5, 0.25, 0.25]))
show(st.fmean, [F(1, 3), F(2, 3)])
show(st.fmean, (x for x in [1.0, 2.5]))
show(st.geometric_mean, [54, 24, 36])
show(st.geometric_mean, [1.5, 2.5, 9])
show(st.geometric_mean, iter([F(1, 2), 8]))
show(st.harmonic_mean, [40, 60])
show(st.harmonic_mean, [2.5, 3, 10])
show(st.harmonic_mean, [40, 60], weights=[5, 30])
show(st.harmonic_mean, [F(1, 2), F(3, 4)])
show(st.harmonic_mean, [F(1, 2), F(3, 4)], [1, 2])
show(st.harmonic_mean, [1, 0, 3])
show(st.harmonic_mean, [5])
show(st.harmonic_mean, [5.5])
show(st.harmonic_mean, [F(2, 3)])
show(st.harmonic_mean, [True, True])
show(st.harmonic_mean, iter([1, 2, 4]), iter([1, 1, 0]))
show(st.harmonic_mean, [2, 4], [0, 0])

rng = random.Random(12345)
for trial in range(150):
    n = rng.randint(1, 12)
    kind = trial % 3
    if kind == 0:
        data = [rng.uniform(-1e3, 1e3) for _ in range(n)]
    elif kind == 1:
        data = [rng.randint(-50, 50) for _ in range(n)]
    else:
        data = [rng.random() * 10 ** rng.randint(-5, 5) for _ in range(n)]
    pos = [abs(x) + 1 for x in data]
    w = [rng.random() for _ in range(n)]
    print(trial, st.mean(data), st.fmean(data), st.fmean(data, w), st.geometric_mean(pos),
          st.harmonic_mean(pos), st.harmonic_mean(pos, w))

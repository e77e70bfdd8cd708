# gc-stress: every 97
# (a random differential test: a collection on every allocation would take minutes, see scripts/gc-stress-cli.sh)
# statistics: variance, pvariance, stdev, pstdev (exact sums, result types, xbar/mu, non-finite)
import random
import statistics as st
from fractions import Fraction as F

def show(f, *a, **k):
    try:
        r = f(*a, **k)
        print(f.__name__, type(r).__name__, repr(r))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)

for data in ([2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5], [1, 2, 3], [1, 2, 3, 4], [0, 0, 1, 1],
             [True, False, True], [F(1, 4), F(5, 4), F(1, 2)], [F(1, 4), 1.5, 2],
             [1.5, 2.5, 3, 4], [0.1] * 7, [1e300, -1e300, 3.0], [1, 2**70, 3],
             [1.0, float('inf')], [float('inf'), float('inf')], [float('nan'), 1.0],
             [float('inf'), float('-inf')], [5, 5], [3.25, 3.25, 3.25], [1e-300, 3e-300]):
    for f in (st.variance, st.pvariance, st.stdev, st.pstdev):
        show(f, data)
        show(f, iter(data))

show(st.variance, [1.1, 2.2, 3.3], 2.2)
show(st.variance, [1.1, 2.2, 3.3], xbar=2.0)
show(st.pvariance, [1.1, 2.2, 3.3], mu=2.2)
show(st.pvariance, [1, 2, 4], 2)
show(st.pvariance, [1, 2, 4], F(7, 3))
show(st.variance, [1, 2, 4], 2.5)
show(st.stdev, [1.5, 2.5, 2.5, 2.75, 3.25, 4.75], 2.875)
show(st.pstdev, [1.5, 2.5, 2.5, 2.75, 3.25, 4.75], mu=2.875)
show(st.stdev, [F(1, 3), F(2, 3), F(5, 3)])
show(st.pstdev, [F(1, 3), F(2, 3), F(5, 3)])
show(st.pstdev, [7])
show(st.pvariance, [7.5])

rng = random.Random(2024)
for trial in range(200):
    n = rng.randint(2, 14)
    k = trial % 4
    if k == 0:
        data = [rng.uniform(-100, 100) for _ in range(n)]
    elif k == 1:
        data = [rng.randint(-1000, 1000) for _ in range(n)]
    elif k == 2:
        data = [rng.gauss(1e6, 1e-3) for _ in range(n)]
    else:
        data = [rng.random() * 10 ** rng.randint(-20, 20) for _ in range(n)]
    m = st.fmean(data)
    print(trial, st.variance(data), st.pvariance(data), st.stdev(data), st.pstdev(data),
          st.variance(data, m), st.pstdev(data, m))

# gc-stress: every 17
# (a random differential test: a collection on every allocation would take minutes, see scripts/gc-stress-cli.sh)
# statistics: covariance, correlation, linear_regression (proportional=)
import random
import statistics as st
from fractions import Fraction as F

def show(f, *a, **k):
    try:
        r = f(*a, **k)
        print(f.__name__, type(r).__name__, repr(r))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)

x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
z = [9, 8, 7, 6, 5, 4, 3, 2, 1]
for f in (st.covariance, st.correlation, st.linear_regression):
    show(f, x, y)
    show(f, x, z)
    show(f, z, y)
    show(f, [1.5, 2.5, 4.0], [F(1, 2), 3, 7])
    show(f, [1, 2], [3, 5])
show(st.correlation, x, x)
show(st.correlation, x, [2] * 9)
show(st.correlation, [2] * 9, x)
show(st.linear_regression, [2] * 9, x)
show(st.linear_regression, x, [2] * 9)
show(st.linear_regression, [1, 2, 3], [2, 4, 6.5], proportional=True)
show(st.linear_regression, [0, 0], [1, 2], proportional=True)
r = st.linear_regression([1971, 1975, 1979, 1982, 1983], [1, 2, 3, 4, 5])
print(r, r.slope, r.intercept, type(r).__name__, r._fields, r[0] == r.slope, tuple(r) == r)
print(type(r).__module__, st.NormalDist.__module__, st.StatisticsError.__module__)
print(round(r.slope * 2019 + r.intercept))
try:
    st.linear_regression([1, 2], [1, 2], True)
except TypeError as e:
    print("TypeError", e)

rng = random.Random(31337)
for trial in range(150):
    n = rng.randint(2, 15)
    a = [rng.uniform(-100, 100) for _ in range(n)]
    b = [rng.uniform(-1, 1) * i + rng.randint(-5, 5) for i in range(n)]
    if trial % 3 == 0:
        a = [rng.randint(-20, 20) for _ in range(n)]
    if len(set(a)) < 2 or len(set(b)) < 2:
        continue
    print(trial, st.covariance(a, b), st.correlation(a, b), st.linear_regression(a, b),
          st.linear_regression(a, b, proportional=True))

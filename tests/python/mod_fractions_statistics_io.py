# fractions, statistics (CPython sources) and io.StringIO
from fractions import Fraction
import statistics as st
from io import StringIO
f = Fraction(3, 4)
print(f, repr(f), f + Fraction(1, 4), f * 2, f / 3, Fraction('1/3') + Fraction(1, 6), Fraction(0.5), Fraction(1.1).limit_denominator(100), float(f), f < 1, Fraction(6, 8) == f)
print(st.mean([1, 2, 3, 4]), st.mean([1, 2, 3]), st.median([3, 1, 2]), st.median([1, 2, 3, 4]), st.mode([1, 1, 2]), st.multimode('aabbc'))
print(st.stdev([1, 2, 3, 4, 5]), st.pstdev([1, 2, 3, 4, 5]), st.variance([2.5, 3.25, 5.5]), st.pvariance([1, 2, 3]), st.median_low([1, 2, 3, 4]), st.median_high([1, 2, 3, 4]))
print(st.mean([0.1, 0.2, 0.3]), st.fmean([1, 2, 3]), st.geometric_mean([1, 4]), st.harmonic_mean([1, 2, 4]), st.quantiles([1, 2, 3, 4, 5, 6, 7, 8], n=4))
try:
    st.mean([])
except st.StatisticsError as e:
    print(type(e).__name__, e)
s = StringIO()
s.write("hello\n"); print("world", file=s)
print(repr(s.getvalue()))
r = StringIO("a\nb\nc")
print(r.readline(), r.read(), list(StringIO("x\ny\n")))

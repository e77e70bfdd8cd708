# cmath on a grid of special inputs (+-0, +-inf, nan, tiny, huge): signs of zeros and infinities,
# NaNs, and which inputs raise. Finite parts print with 12 significant digits (libm last-ulp).
import cmath, math
inf, nan = math.inf, math.nan
vals = [-inf, -2.0, -1.0, -0.0, 0.0, 0.5, 1.0, inf, nan, 1e-310, -1e300, 710.0, 1e-160, 1e155]
def fmt(x):
    if math.isnan(x): return 'nan'
    if math.isinf(x) or x == 0: return repr(x)
    return '%.12g' % x
def show(r):
    if isinstance(r, complex): return fmt(r.real) + ',' + fmt(r.imag)
    if isinstance(r, tuple): return fmt(r[0]) + ',' + fmt(r[1])
    return fmt(r) if isinstance(r, float) else repr(r)
fns = ['sqrt', 'exp', 'log', 'log10', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'sinh', 'cosh', 'tanh',
       'asinh', 'acosh', 'atanh', 'phase', 'polar', 'isfinite', 'isinf', 'isnan']
for fn in fns:
    f = getattr(cmath, fn)
    row = []
    for x in vals:
        for y in vals:
            try:
                s = show(f(complex(x, y)))
            except (ValueError, OverflowError) as e:
                s = type(e).__name__
            row.append(s)
    print(fn, ' '.join(row))
row = []
for x in vals:
    for y in vals:
        try:
            row.append(show(cmath.rect(x, y)))
        except ValueError as e:
            row.append('ValueError')
print('rect', ' '.join(row))

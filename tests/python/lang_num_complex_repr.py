# repr/str of complex: parentheses, signed zeros, inf/nan, shortest float reprs of each part.
import math
inf, nan = math.inf, math.nan
for z in [1j, 1+2j, -1j, complex(-0.0, -1), complex(0.0, -0.0), complex(-0.0, 0.0), complex(-0.0, -0.0),
          complex(nan, inf), complex(inf, -inf), complex(nan, -nan), complex(-inf, nan), complex(1e16, 1e-5),
          complex(123456789012345678, 0.1), complex(0.1, 0.2), complex(1e300, 1e300), 1e-310j, complex(2.5, -0.0),
          complex(1e22, 1e21), complex(5e-324, -5e-324), 0.1 + 0.2j + 0.1, 100j, complex(1.0), -complex(1.0)]:
    print(repr(z), str(z), z)
print([1+1j], (2j,), {'k': -1j}, f"{1+1j}", f"{1+1j!r}", "%s %r" % (1j, 2j))

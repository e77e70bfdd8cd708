# ==/!= between complex, int and float; hash matches int/float hashes for real values.
import math
print(1j == 1j, 1j != 1j, 1+0j == 1, 1+0j == 1.0, 1j == 1, 2**53+1 == complex(2**53), 2**53 == complex(2**53))
print(1 == 1+0j, 1.0 != 1+0j, 0j == 0, -0.0 == 0j, complex(math.nan) == complex(math.nan), 1j == 'x', 1j == None)
print(10**400 == 1j, 10**400 == complex(math.inf))
for z in [0j, 1+0j, -1+0j, 1.5+0j, 2j, -2j, 1+2j, -1+2j, 1e300+1e300j, complex(math.inf, -math.inf), complex(-1, 0),
          complex(0, -1), complex(2**61, 0), 1e-300j]:
    print(repr(z), hash(z))
print(hash(1+0j) == hash(1), hash(1.5+0j) == hash(1.5), hash(-0.0+0j) == hash(0))
print({1: 'a'}[1+0j], (1+0j) in {1}, len({1, 1.0, 1+0j, True}), {1j: 1, 1j: 2}, [1j, 2j].index(2j))
print(bool(0j), bool(-0.0+0j), bool(1j), bool(complex(math.nan)), not 0j)
z = complex(math.nan, 1)
print(hash(z) == hash(z), z in {z}, z == z)

# expect: output 20000
# cpython: same
# Integers that collide modulo the table size (multiples of 2**k) must still insert fast.
d = {}
for i in range(20000):
    d[i << 40] = i
print(len(d))

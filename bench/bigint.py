# Big integers: factorial and powers, printed in decimal.
import math
f = math.factorial(12000)
p = pow(3, 150000)
print(f.bit_length(), p.bit_length(), (f * p) % 1000000007, (p // 7**500) % 1000, str(f % 10**4000)[-50:], str(p % 10**4000)[-50:])

import math
print(math.sqrt(16), math.pi, math.floor(2.7), math.gcd(12, 18))

z = -0.0
print(z, repr(z), z == 0.0, str(-0.0 * 1))
print(0.0 * -1, abs(-0.0), -0.0 + 0.0, -0.0 - 0.0)
print(f"{-0.0:.2f}", format(-0.0, "g"), round(-0.4))
import math
print(math.copysign(1, -0.0))

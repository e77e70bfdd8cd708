# A module attribute error suggests from the module's names.
import math
print(math.sqrt(16))
math.sqr(2)

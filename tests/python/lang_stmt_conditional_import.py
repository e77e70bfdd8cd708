try:
    import nonexistent_module_xyz
    print("imported?")
except ImportError as e:
    print(type(e).__name__, e)
if True:
    import math
    print(math.floor(2.5))
def lazy():
    from math import sqrt
    return sqrt(16)
print(lazy())
try:
    from math import nothing_here
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])

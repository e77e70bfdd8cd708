# import errors: messages as CPython's
try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import math.nothing
except ImportError as e:
    print(type(e).__name__, e)
try:
    from math import nothing_here
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
try:
    from . import sibling
except ImportError as e:
    print(type(e).__name__, e)
try:
    from .pkg import x
except ImportError as e:
    print(type(e).__name__, e)
print(issubclass(ModuleNotFoundError, ImportError))
try:
    import math
    math.no_attr
except AttributeError as e:
    print(e)
import nonexistent_module_for_traceback

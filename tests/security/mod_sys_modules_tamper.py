# expect: output contained
import sys
sys.modules["os"] = None
try:
    import os
except ImportError:
    pass
sys.modules.clear()
try:
    import math
except ImportError:
    pass
print("contained")

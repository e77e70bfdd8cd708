# expect: exception ImportError
# cpython: same
from . import canary

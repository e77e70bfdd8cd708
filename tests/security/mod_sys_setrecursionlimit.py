# expect: exception RecursionError
# Raising the recursion limit from Python must not let the C stack overflow (CPython would crash).
import sys
sys.setrecursionlimit(10 ** 9)
def f(n):
    return f(n + 1)
f(0)

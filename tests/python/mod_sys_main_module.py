# sys.modules['__main__'] is the running program's module; its namespace is the program's globals.
import sys
import __main__

x = 41
print(__main__ is sys.modules['__main__'], type(__main__).__name__, __main__.__name__)
print(__main__.x, __main__.__dict__ is globals())
__main__.y = 'set through the module'
print(y)


def f():
    return 'f'


print(__main__.f(), getattr(sys.modules[__name__], 'f') is f)
from __main__ import x as x2
print(x2)
try:
    from __main__ import nothing_here
except ImportError as e:
    print(type(e).__name__)
try:
    __main__.missing
except AttributeError as e:
    print(type(e).__name__, e)


class Point:
    pass


# The usual "find the class by its module" lookup (pickle, dataclasses, typing do this).
print(getattr(sys.modules[Point.__module__], Point.__qualname__) is Point)
print('__main__' in sys.modules, sys.modules.get('__main__').__name__)

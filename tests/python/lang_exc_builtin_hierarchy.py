def chain(c): return [k.__name__ for k in c.__mro__]
for c in (ZeroDivisionError, KeyError, IndexError, UnicodeDecodeError, FileNotFoundError, RecursionError, NotImplementedError, StopIteration, GeneratorExit, KeyboardInterrupt, SystemExit, ModuleNotFoundError, UnboundLocalError, TabError, OverflowError, DeprecationWarning, BlockingIOError, TimeoutError):
    print(chain(c))

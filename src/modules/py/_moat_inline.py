"""Bytecode versions of builtins that call back into Python, used by the VM (vm.c).

A builtin written in C that calls a Python function (a map() function, a sort key, the generator
that any() consumes) runs it in a nested interpreter loop, and a nested loop cannot pause for a
host call. When such a builtin is called from code that could pause, the VM runs the function of
the same name below instead, as an ordinary frame of its own loop, so a host call made inside it
pauses the run like any other. Each function reproduces what the C builtin does for the argument
shapes the VM sends here (vm.c checks the shapes first and keeps the C path for everything
else). The VM marks every code object of this module hidden: their frames never show in a
traceback, so tracebacks stay those of the C builtins.

The *_step functions compute one item of a map, filter, zip or enumerate object (the object keeps
its state in C: the iterators and the count); exhaustion is a StopIteration, which ends the
FOR_ITER loop that asked for the item. The VM adds one C function when it loads the module:
_sort_keys(list, keys, reverse), list.sort with keys computed beforehand.

Known differences from the C builtins: min()/max() with a key over an instance of an iterator
class call that class's __iter__ again (their for loops do); frames of these helpers count
towards the recursion limit.
"""

_MISSING = object()


def iterate(it):
    """A generator over the items of it, for the VM to drain into a list (list(), sum(), f(*it))."""
    for x in it:
        yield x


def next_step(it):
    for x in it:
        return x
    raise StopIteration


def map1_step(func, it):
    for x in it:
        return func(x)
    raise StopIteration


def map_step(func, its):
    args = []
    for it in its:
        for x in it:
            args.append(x)
            break
        else:
            raise StopIteration
    return func(*args)


def filter_step(func, it):
    if func is None:
        for x in it:
            if x:
                return x
    else:
        for x in it:
            if func(x):
                return x
    raise StopIteration


def zip_step(its):
    items = []
    for it in its:
        for x in it:
            items.append(x)
            break
        else:
            raise StopIteration
    return tuple(items)


_LAZY = (map, filter, zip, enumerate)


def next(it, *default):
    # vm.c sends map/filter/zip/enumerate objects and instances of classes with a Python
    # __next__ here (a generator it resumes itself).
    try:
        if type(it) in _LAZY:
            for x in it:
                return x
            raise StopIteration
        return type(it).__next__(it)
    except StopIteration:
        if default:
            return default[0]
        raise


def any(iterable, /):
    for x in iterable:
        if x:
            return True
    return False


def all(iterable, /):
    for x in iterable:
        if not x:
            return False
    return True


def _max_key(it, key):
    for best in it:
        best_key = key(best)
        for x in it:
            k = key(x)
            if k > best_key:
                best = x
                best_key = k
        return best
    return _MISSING


def _min_key(it, key):
    for best in it:
        best_key = key(best)
        for x in it:
            k = key(x)
            if k < best_key:
                best = x
                best_key = k
        return best
    return _MISSING


def _extreme(args, key, default, name, find):
    # min()/max() with a key (vm.c sends only those): the first of the equal extremes wins.
    if len(args) == 1:
        it = iter(args[0])
    else:
        if default is not _MISSING:
            raise TypeError("Cannot specify a default for " + name + "() with multiple positional arguments")
        it = iter(args)
    best = find(it, key)
    if best is _MISSING:
        if default is _MISSING:
            raise ValueError(name + "() arg is an empty sequence")
        return default
    return best


def max(*args, key=None, default=_MISSING):
    return _extreme(args, key, default, "max", _max_key)


def min(*args, key=None, default=_MISSING):
    return _extreme(args, key, default, "min", _min_key)


def sort(self, /, *, key=None, reverse=False):
    # list.sort: the reverse flag is checked before any key is computed, and the list looks empty
    # to the key function; a list changed meanwhile still ends up sorted, then ValueError. The
    # sorting itself is C (_sort_keys, added by the VM), with the keys computed here.
    [].sort(reverse=reverse)
    items = self.copy()
    self.clear()
    try:
        keys = [key(x) for x in items]
    except BaseException:
        self[:] = items
        raise
    modified = len(self) != 0
    self[:] = items
    _sort_keys(self, keys, reverse)
    if modified:
        raise ValueError("list modified during sort")


def sorted(iterable, /, *, key=None, reverse=False):
    result = list(iterable)
    result.sort(key=key, reverse=reverse)
    return result

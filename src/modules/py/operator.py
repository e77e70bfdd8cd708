# operator: the Python operators as plain functions, plus the attrgetter, itemgetter and
# methodcaller callables, written for Moat from the library documentation. Every function works
# through the operator syntax itself, so results, NotImplemented fallbacks and error messages are
# the interpreter's own. Not provided: the C accelerator module _operator (there is none in Moat).

__all__ = [
    'abs', 'add', 'and_', 'attrgetter', 'call', 'concat', 'contains', 'countOf', 'delitem', 'eq',
    'floordiv', 'ge', 'getitem', 'gt', 'iadd', 'iand', 'iconcat', 'ifloordiv', 'ilshift',
    'imatmul', 'imod', 'imul', 'index', 'indexOf', 'inv', 'invert', 'ior', 'ipow', 'irshift',
    'is_', 'is_not', 'isub', 'itemgetter', 'itruediv', 'ixor', 'le', 'length_hint', 'lshift', 'lt',
    'matmul', 'methodcaller', 'mod', 'mul', 'ne', 'neg', 'not_', 'or_', 'pos', 'pow', 'rshift',
    'setitem', 'sub', 'truediv', 'truth', 'xor',
]

_abs_builtin = abs


# --- rich comparisons, identity and truth ---------------------------------------------------
def lt(a, b): return a < b
def le(a, b): return a <= b
def eq(a, b): return a == b
def ne(a, b): return a != b
def ge(a, b): return a >= b
def gt(a, b): return a > b
def not_(a): return not a
def truth(a): return bool(a)
def is_(a, b): return a is b
def is_not(a, b): return a is not b


# --- arithmetic and bitwise operators -------------------------------------------------------
def abs(a): return _abs_builtin(a)
def add(a, b): return a + b
def and_(a, b): return a & b
def floordiv(a, b): return a // b
def inv(a): return ~a
def invert(a): return ~a
def lshift(a, b): return a << b
def mod(a, b): return a % b
def mul(a, b): return a * b
def matmul(a, b): return a @ b
def neg(a): return -a
def or_(a, b): return a | b
def pos(a): return +a
def pow(a, b): return a ** b
def rshift(a, b): return a >> b
def sub(a, b): return a - b
def truediv(a, b): return a / b
def xor(a, b): return a ^ b


# --- sequences --------------------------------------------------------------------------------
def _require_sequence(a):
    # concat/iconcat refuse operands that are not sequences, as CPython's C sequence protocol does
    if not hasattr(a, '__getitem__'):
        raise TypeError(f"'{type(a).__name__}' object can't be concatenated")


def concat(a, b):
    _require_sequence(a)
    return a + b


def contains(a, b): return b in a
def getitem(a, b): return a[b]
def setitem(a, b, c): a[b] = c
def delitem(a, b): del a[b]


def _iterate(a):
    # the C sequence search rewords any TypeError from iter()
    try:
        return iter(a)
    except TypeError:
        raise TypeError(f"argument of type '{type(a).__name__}' is not iterable") from None


def countOf(a, b):
    return sum(1 for item in _iterate(a) if item is b or item == b)


def indexOf(a, b):
    for position, item in enumerate(_iterate(a)):
        if item is b or item == b:
            return position
    raise ValueError('sequence.index(x): x not in sequence')


def length_hint(obj, default=0):
    if type(default) is not int and not isinstance(default, int):
        raise TypeError(f"'{type(default).__name__}' object cannot be interpreted as an integer")
    try:
        return len(obj)
    except TypeError:
        pass
    hook = getattr(type(obj), '__length_hint__', None)
    if hook is None:
        return default
    try:
        guess = hook(obj)
    except TypeError:
        return default
    if guess is NotImplemented:
        return default
    if not isinstance(guess, int):
        raise TypeError(f"__length_hint__ must be an integer, not {type(guess).__name__}")
    if guess < 0:
        raise ValueError("__length_hint__() should return >= 0")
    return guess


def index(a):
    hook = getattr(type(a), '__index__', None)
    if hook is None:
        raise TypeError(f"'{type(a).__name__}' object cannot be interpreted as an integer")
    result = hook(a)
    if not isinstance(result, int):
        raise TypeError(f"__index__ returned non-int (type {type(result).__name__})")
    return result


def call(obj, /, *args, **kwargs):
    return obj(*args, **kwargs)


# --- in-place forms: each returns the (possibly new) left operand -----------------------------
def iadd(a, b): a += b; return a
def iand(a, b): a &= b; return a
def ifloordiv(a, b): a //= b; return a
def ilshift(a, b): a <<= b; return a
def imod(a, b): a %= b; return a
def imul(a, b): a *= b; return a
def imatmul(a, b): a @= b; return a
def ior(a, b): a |= b; return a
def ipow(a, b): a **= b; return a
def irshift(a, b): a >>= b; return a
def isub(a, b): a -= b; return a
def itruediv(a, b): a /= b; return a
def ixor(a, b): a ^= b; return a


def iconcat(a, b):
    _require_sequence(a)
    a += b
    return a


# --- callables that fetch attributes, items or call methods -----------------------------------
def _bad_operands(kind, args, kwargs):
    # the C getters take exactly one positional argument and no keywords
    if kwargs:
        return TypeError(f"{kind}() takes no keyword arguments")
    return TypeError(f"{kind} expected 1 argument, got {len(args)}")


class attrgetter:
    __slots__ = ('_names', '_paths')

    def __init__(self, *names, **kwargs):
        if kwargs:
            raise TypeError("attrgetter() takes no keyword arguments")
        if not names:
            raise TypeError("attrgetter expected 1 argument, got 0")
        for name in names:
            if not isinstance(name, str):
                raise TypeError('attribute name must be a string')
        self._names = names
        self._paths = tuple(tuple(name.split('.')) for name in names)

    def _follow(self, obj, path):
        for step in path:
            obj = getattr(obj, step)
        return obj

    def __call__(self, *args, **kwargs):
        if kwargs or len(args) != 1:
            raise _bad_operands('attrgetter', args, kwargs)
        obj = args[0]
        if len(self._paths) == 1:
            return self._follow(obj, self._paths[0])
        return tuple(self._follow(obj, path) for path in self._paths)

    def __repr__(self):
        shown = ', '.join(repr(name) for name in self._names)
        return f'operator.attrgetter({shown})'

    def __reduce__(self):
        return (type(self), self._names)


class itemgetter:
    __slots__ = ('_keys',)

    def __init__(self, *keys, **kwargs):
        if kwargs:
            raise TypeError("itemgetter() takes no keyword arguments")
        if not keys:
            raise TypeError("itemgetter expected 1 argument, got 0")
        self._keys = keys

    def __call__(self, *args, **kwargs):
        if kwargs or len(args) != 1:
            raise _bad_operands('itemgetter', args, kwargs)
        obj = args[0]
        if len(self._keys) == 1:
            return obj[self._keys[0]]
        return tuple(obj[key] for key in self._keys)

    def __repr__(self):
        shown = ', '.join(repr(key) for key in self._keys)
        return f'operator.itemgetter({shown})'

    def __reduce__(self):
        return (type(self), self._keys)


class methodcaller:
    __slots__ = ('_name', '_args', '_kwargs')

    def __init__(*args, **kwargs):
        if len(args) < 2:
            raise TypeError("methodcaller needs at least one argument, the method name")
        self, name = args[0], args[1]
        if not isinstance(name, str):
            raise TypeError('method name must be a string')
        self._name = name
        self._args = args[2:]
        self._kwargs = kwargs

    def __call__(self, *args, **kwargs):
        if kwargs or len(args) != 1:
            raise _bad_operands('methodcaller', args, kwargs)
        obj = args[0]
        return getattr(obj, self._name)(*self._args, **self._kwargs)

    def __repr__(self):
        parts = [repr(self._name)]
        parts.extend(repr(value) for value in self._args)
        parts.extend(f'{key}={value!r}' for key, value in self._kwargs.items())
        return f"operator.methodcaller({', '.join(parts)})"

    def __reduce__(self):
        if not self._kwargs:
            return (type(self), (self._name,) + self._args)
        from functools import partial
        return (partial(type(self), self._name, **self._kwargs), self._args)


# the dunder aliases (operator.__add__ is operator.add, and so on), set through the module object
def _add_dunder_aliases():
    import sys
    module = sys.modules[__name__]
    for name in __all__:
        if name in ('attrgetter', 'itemgetter', 'methodcaller', 'countOf', 'indexOf',
                    'length_hint', 'is_', 'is_not', 'truth'):
            continue
        setattr(module, '__' + name.rstrip('_') + '__', getattr(module, name))


_add_dunder_aliases()
del _add_dunder_aliases

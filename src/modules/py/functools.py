# functools for Moat, in Python: reduce, update_wrapper/wraps, partial/partialmethod,
# lru_cache/cache, cmp_to_key, total_ordering, cached_property, singledispatch/
# singledispatchmethod.  Written from the Python 3.11 documentation; one known difference:
# type(cmp_to_key(f)).__name__ is 'functools.KeyWrapper' (CPython: 'KeyWrapper'), so that
# error messages name the type as CPython's do.

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__', '__annotations__')
WRAPPER_UPDATES = ('__dict__',)

_initial_missing = object()


def reduce(function, sequence, initial=_initial_missing):
    it = iter(sequence)
    if initial is _initial_missing:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError("reduce() of empty iterable with no initial value") from None
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            try:
                setattr(wrapper, attr, value)
            except AttributeError:
                # Moat: some function attributes may still be read-only.
                pass
    for attr in updated:
        try:
            getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
        except AttributeError:
            pass
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


class partial:
    def __new__(cls, func, /, *args, **keywords):
        if not callable(func):
            raise TypeError("the first argument must be callable")
        if isinstance(func, partial):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self = super().__new__(cls)
        self.func = func
        self.args = args
        self.keywords = keywords
        return self

    def __call__(self, /, *args, **keywords):
        keywords = {**self.keywords, **keywords}
        return self.func(*self.args, *args, **keywords)

    def __repr__(self):
        # functools.partial(func, *args, key=value, ...); a subclass shows its own name.
        cls = type(self)
        name = 'functools.partial' if cls is partial else cls.__name__
        if self in _repr_running:
            return '...'
        _repr_running.append(self)
        try:
            shown = [repr(self.func)]
            shown.extend(map(repr, self.args))
            shown.extend('%s=%r' % item for item in self.keywords.items())
        finally:
            _repr_running.remove(self)
        return '%s(%s)' % (name, ', '.join(shown))


_repr_running = []  # partial objects whose repr is being built (a self-containing one shows "...")

_cache_info_type = []  # the CacheInfo namedtuple, made on first use


def _CacheInfo(hits, misses, maxsize, currsize):
    # The statistics an lru_cache's cache_info() returns.  collections is imported only here so
    # that importing functools stays cheap and cannot form an import cycle with collections.
    if not _cache_info_type:
        from collections import namedtuple
        _cache_info_type.append(namedtuple('CacheInfo', ('hits', 'misses', 'maxsize', 'currsize')))
    return _cache_info_type[0](hits, misses, maxsize, currsize)


def _make_key(args, kwds, typed):
    key = args
    if kwds:
        key += (_kwd_mark,)
        for item in kwds.items():
            key += item
    if typed:
        key += tuple(type(v) for v in args)
        if kwds:
            key += tuple(type(v) for v in kwds.values())
    elif len(key) == 1 and type(key[0]) in (int, str):
        return key[0]
    return key


_kwd_mark = (object(),)


def lru_cache(maxsize=128, typed=False):
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        return _lru_cache_wrapper(user_function, maxsize, typed)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        return _lru_cache_wrapper(user_function, maxsize, typed)

    return decorating_function


def _lru_cache_wrapper(user_function, maxsize, typed):
    cache = {}
    stats = [0, 0]
    missing = _initial_missing

    evictions = [0]

    def wrapper(*args, **kwds):
        nonlocal cache
        key = _make_key(args, kwds, typed)
        result = cache.get(key, missing)
        if result is not missing:
            stats[0] += 1
            if maxsize is not None:
                del cache[key]
                cache[key] = result
            return result
        stats[1] += 1
        result = user_function(*args, **kwds)
        if maxsize is None:
            cache[key] = result
        elif maxsize > 0:
            if key in cache:
                del cache[key]
            cache[key] = result
            if len(cache) > maxsize:
                del cache[next(iter(cache))]
                evictions[0] += 1
                if evictions[0] >= 4 * maxsize + 64:
                    # Rebuild after many deletions so the table never fills with deleted slots.
                    evictions[0] = 0
                    cache = dict(cache)
        return result

    def cache_info():
        return _CacheInfo(stats[0], stats[1], maxsize, len(cache))

    def cache_clear():
        cache.clear()
        stats[0] = stats[1] = 0

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
    return update_wrapper(wrapper, user_function)


def cache(user_function, /):
    return lru_cache(maxsize=None)(user_function)


class KeyWrapper:
    """What cmp_to_key() returns: called with a value, it gives a key object (another
    KeyWrapper) that orders itself against other key objects by calling the comparison."""
    __slots__ = ('cmp', 'obj')
    __hash__ = None

    def __init__(self, cmp, obj=None):
        self.cmp = cmp
        self.obj = obj

    def __call__(self, obj):
        return KeyWrapper(self.cmp, obj)

    def _sign(self, other):
        if not isinstance(other, KeyWrapper):
            raise TypeError('other argument must be K instance')
        return self.cmp(self.obj, other.obj)

    def __lt__(self, other):
        return self._sign(other) < 0

    def __le__(self, other):
        return self._sign(other) <= 0

    def __gt__(self, other):
        return self._sign(other) > 0

    def __ge__(self, other):
        return self._sign(other) >= 0

    def __eq__(self, other):
        return self._sign(other) == 0

    def __ne__(self, other):
        return self._sign(other) != 0


# CPython's type is a C type named functools.KeyWrapper: error messages say that name.
KeyWrapper.__name__ = 'functools.KeyWrapper'


def cmp_to_key(mycmp):
    """Convert a cmp= function into a key= function."""
    return KeyWrapper(mycmp)


# total_ordering: each missing comparison is derived from the one the class defines (the
# "root", called as type(self).<root>) plus == / !=.  For a root R and a missing op M, M is
# either the plain negation of R (< vs >=, <= vs >), or R's mirror op, or R with the other
# strictness; the last two need equality too.
_MIRROR = {'__lt__': '__gt__', '__gt__': '__lt__', '__le__': '__ge__', '__ge__': '__le__'}
_NEGATION = {'__lt__': '__ge__', '__ge__': '__lt__', '__le__': '__gt__', '__gt__': '__le__'}
_SYMBOL = {'__lt__': '<', '__le__': '<=', '__gt__': '>', '__ge__': '>='}


def _derived_comparison(root, missing):
    strict = root in ('__lt__', '__gt__')
    sym = _SYMBOL[root]
    if missing == _NEGATION[root]:
        how = '(not a %s b)' % sym

        def combine(self, other, got):
            return not got
    elif (missing == _MIRROR[root]) == strict:
        # lt -> gt, gt -> lt: neither less nor equal; le -> lt, ge -> gt: less-or-equal, not equal.
        how = ('(not a %s b) and (a != b)' if strict else '(a %s b) and (a != b)') % sym

        def combine(self, other, got):
            return (not got if strict else got) and self != other
    else:
        # lt -> le, gt -> ge: less or equal; le -> ge, ge -> le: not less-or-equal, or equal.
        how = ('(a %s b) or (a == b)' if strict else '(not a %s b) or (a == b)') % sym

        def combine(self, other, got):
            return (got if strict else not got) or self == other

    def comparison(self, other):
        got = getattr(type(self), root)(self, other)
        if got is NotImplemented:
            return got
        return combine(self, other, got)
    comparison.__name__ = missing
    comparison.__qualname__ = '_%s_from_%s' % (missing.strip('_'), root.strip('_'))
    comparison.__doc__ = 'Return a %s b.  Computed by @total_ordering from %s.' % (_SYMBOL[missing], how)
    return comparison


def total_ordering(cls):
    """Class decorator that fills in missing ordering methods"""
    defined = [name for name in ('__lt__', '__le__', '__gt__', '__ge__')
               if getattr(cls, name, None) is not getattr(object, name, None)]
    if not defined:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    # With several defined, the root is the first of __lt__, __le__, __gt__, __ge__ (as CPython).
    root = defined[0]
    for name in _SYMBOL:
        if name not in defined:
            setattr(cls, name, _derived_comparison(root, name))
    return cls


class cached_property:
    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        self.attrname = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        cache = instance.__dict__
        name = self.attrname
        if name in cache:
            return cache[name]
        val = self.func(instance)
        cache[name] = val
        return val


class partialmethod:
    # partial() for methods: the bound instance goes first, then the frozen arguments.
    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        self.func = func
        self.args = args
        self.keywords = keywords

    def __repr__(self):
        args = ", ".join([repr(self.func)] + [repr(a) for a in self.args]
                         + [f"{k}={v!r}" for k, v in self.keywords.items()])
        return f"{type(self).__module__}.{type(self).__qualname__}({args})"

    def __get__(self, obj, cls=None):
        get = getattr(self.func, "__get__", None)
        if get is not None and not isinstance(self.func, partial):
            bound = get(obj, cls)
            if bound is not self.func:
                return partial(bound, *self.args, **self.keywords)
        def _method(cls_or_self, /, *args, **keywords):
            return self.func(cls_or_self, *self.args, *args, **{**self.keywords, **keywords})
        _method.__isabstractmethod__ = getattr(self.func, "__isabstractmethod__", False)
        return _method.__get__(obj, cls)


def _union_members(cls):
    # `int | str` (types.UnionType) and typing.Union[...] register each member.
    args = getattr(cls, "__args__", None)
    if args is not None and type(cls).__name__ in ("UnionType", "_UnionGenericAlias", "_Union"):
        return args
    return None


def singledispatch(func):
    registry = {}
    cache = {}

    def dispatch(cls):
        try:
            return cache[cls]
        except KeyError:
            pass
        impl = None
        for base in cls.__mro__:
            if base in registry:
                impl = registry[base]
                break
        if impl is None or impl is registry[object]:
            # Classes registered that are not in the MRO (ABCs): the first one cls is a subclass of.
            for typ, f in registry.items():
                if typ is not object and typ not in cls.__mro__ and issubclass(cls, typ):
                    impl = f
                    break
        if impl is None:
            impl = registry[object]
        cache[cls] = impl
        return impl

    def register(cls, func=None):
        if isinstance(cls, type) or _union_members(cls) is not None:
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(f"Invalid first argument to `register()`. {cls!r} is not a class or union type.")
            ann = getattr(cls, "__annotations__", {})
            if not ann:
                raise TypeError(f"Invalid first argument to `register()`: {cls!r}. "
                                f"Use either `@register(some_class)` or plain `@register` on an annotated function.")
            func = cls
            argname, cls = next(iter(ann.items()))
            if not isinstance(cls, type) and _union_members(cls) is None:
                raise TypeError(f"Invalid annotation for {argname!r}. {cls!r} is not a class.")
        members = _union_members(cls)
        for c in (members if members is not None else (cls,)):
            registry[c] = func
        cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f"{funcname} requires at least 1 positional argument")
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, "__name__", "singledispatch function")
    registry[object] = func
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    wrapper._clear_cache = cache.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    # singledispatch on the first argument after self/cls.
    def __init__(self, func):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        def _method(*args, **kwargs):
            method = self.dispatcher.dispatch(args[0].__class__)
            return method.__get__(obj, cls)(*args, **kwargs)
        _method.__isabstractmethod__ = getattr(self.func, "__isabstractmethod__", False)
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)

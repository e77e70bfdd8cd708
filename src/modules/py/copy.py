# copy: shallow and deep copies (copy, deepcopy with its memo, the __copy__/__deepcopy__ hooks and
# __reduce_ex__/__reduce__ rebuilding) and copy.Error, written for Moat from the documentation.
# Left out: the copyreg dispatch table (Moat has no copyreg module).


class Error(Exception):
    pass


error = Error

_atomic = (type(None), int, float, bool, complex, str, bytes, type, range, type(Ellipsis), type(NotImplemented),
           type(len), type(lambda: 0), property)


def _is_atomic(x):
    return isinstance(x, _atomic) and type(x) in _atomic


def copy(x):
    cls = type(x)
    if _is_atomic(x):
        return x
    if cls is list:
        return x[:]
    if cls is dict:
        return x.copy()
    if cls is set:
        return x.copy()
    if cls in (tuple, frozenset):
        return x
    if cls is bytearray:
        return bytearray(x)
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    return _reconstruct(x, None)


class _Probe:
    def method(self):
        pass


_BoundMethod = type(_Probe().method)
del _Probe


def deepcopy(x, memo=None, _nil=[]):
    """Copy x and, recursively, everything it holds; memo maps id(original) to its copy so shared
    and cyclic references come out shared and cyclic in the copy too."""
    if memo is None:
        memo = {}
    done = memo.get(id(x), _nil)
    if done is not _nil:
        return done
    cls = type(x)
    if _is_atomic(x) or issubclass(cls, type):
        return x
    if cls is list:
        result = memo[id(x)] = []
        result.extend(deepcopy(item, memo) for item in x)
    elif cls is dict:
        result = memo[id(x)] = {}
        for key, value in x.items():
            result[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is tuple:
        items = [deepcopy(item, memo) for item in x]
        # copying the items may have copied this very tuple through a cycle
        done = memo.get(id(x), _nil)
        if done is not _nil:
            return done
        unchanged = all(new is old for new, old in zip(items, x))
        result = x if unchanged else tuple(items)
    elif cls is set or cls is frozenset:
        result = cls([deepcopy(item, memo) for item in x])
    elif cls is bytearray:
        result = bytearray(x)
    elif cls is _BoundMethod:
        result = cls(x.__func__, deepcopy(x.__self__, memo))
    else:
        hook = getattr(x, '__deepcopy__', None)
        result = hook(memo) if hook is not None else _reconstruct(x, memo)
    if result is not x:
        memo[id(x)] = result
        _keep_alive(x, memo)
    return result


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo):
    cls = type(x)
    deep = memo is not None
    # A class that says how it is rebuilt (`__reduce_ex__`/`__reduce__`; object has neither here).
    reductor = getattr(cls, '__reduce_ex__', None)
    rv = reductor(x, 4) if reductor is not None else None
    if rv is None:
        reductor = getattr(cls, '__reduce__', None)
        rv = reductor(x) if reductor is not None else None
    if isinstance(rv, str):
        return x
    if rv is not None:
        return _from_reduce(x, rv, memo)
    if isinstance(x, BaseException):
        y = cls.__new__(cls, *x.args)
        y.args = x.args
    elif isinstance(x, (list, dict, set, tuple)):
        reductor = getattr(x, '__getnewargs__', None)
        args = reductor() if reductor is not None else ()
        if deep and args:
            args = deepcopy(args, memo)
        y = cls.__new__(cls, *args)
    else:
        y = cls.__new__(cls)
    if deep:
        memo[id(x)] = y
    state = getattr(x, '__dict__', None)
    if state:
        if deep:
            state = deepcopy(state, memo)
        setstate = getattr(y, '__setstate__', None)
        if setstate is not None and not isinstance(x, BaseException):
            setstate(state)
        else:
            y.__dict__.update(state)
    slots = []
    for klass in cls.__mro__:
        s = klass.__dict__.get('__slots__', ())
        if isinstance(s, str):
            s = (s,)
        slots.extend(s)
    for name in slots:
        if name in ('__dict__', '__weakref__'):
            continue
        try:
            value = getattr(x, name)
        except AttributeError:
            continue
        if deep:
            value = deepcopy(value, memo)
        setattr(y, name, value)
    if isinstance(x, list) and not isinstance(x, tuple):
        for item in x:
            y.append(deepcopy(item, memo) if deep else item)
    elif isinstance(x, dict):
        for key, value in x.items():
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    elif isinstance(x, set):
        for item in x:
            y.add(deepcopy(item, memo) if deep else item)
    return y


def _from_reduce(x, rv, memo):
    deep = memo is not None
    func, args, *rest = rv
    state, listiter, dictiter = (list(rest) + [None, None, None])[:3]
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        setstate = getattr(y, '__setstate__', None)
        if setstate is not None:
            setstate(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state:
                y.__dict__.update(state)
            if slotstate:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y

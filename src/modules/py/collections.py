# collections for Moat, written from the Python 3.11 documentation ("collections -- Container
# datatypes"): defaultdict, OrderedDict, Counter, deque, namedtuple, ChainMap, UserDict, UserList
# and UserString, with CPython's values, reprs and error messages.
#
# How it is built: defaultdict, OrderedDict and Counter are dict subclasses (Moat's dict keeps
# insertion order, so OrderedDict only adds order-aware operations; move_to_end(last=False) is
# O(n)). deque keeps two lists, the left part stored reversed, so both ends are O(1) amortised.
# namedtuple builds a tuple subclass whose __new__ is compiled from the field names.
#
# Left out: pickling details beyond what copy.copy/deepcopy need, and CPython's C type names in
# the interpreter's own messages ('collections.deque'). `deque[int]` and the like give
# collections.abc's GenericAlias.

import sys as _sys
from keyword import iskeyword as _iskeyword
import collections.abc as abc
from collections.abc import GenericAlias as _GenericAlias, Mapping as _Mapping, MutableMapping as _MutableMapping, \
    MutableSequence as _MutableSequence, Sequence as _Sequence, KeysView as _KeysView, \
    ValuesView as _ValuesView, ItemsView as _ItemsView

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList', 'UserString', 'defaultdict', 'deque',
           'namedtuple']


# --- helpers --------------------------------------------------------------------------------------

_in_repr = set()


def _recursion_safe(placeholder):
    """Decorate a __repr__ so that an object met again inside its own repr shows `placeholder`."""
    def decorate(method):
        def wrapper(self):
            key = id(self)
            if key in _in_repr:
                return placeholder
            _in_repr.add(key)
            try:
                return method(self)
            finally:
                _in_repr.discard(key)
        wrapper.__name__ = method.__name__
        wrapper.__qualname__ = method.__qualname__
        return wrapper
    return decorate


def _as_int(value):
    """value as an int through __index__, or None when it has none."""
    if isinstance(value, int):
        return value if type(value) is int else int(value)
    index = getattr(type(value), '__index__', None)
    return None if index is None else index(value)


def _int_arg(value):
    n = _as_int(value)
    if n is None:
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    return n


def _same(a, b):
    return a is b or a == b


# --- defaultdict ----------------------------------------------------------------------------------

class defaultdict(dict):
    """dict whose missing keys are filled in by calling default_factory."""
    __moat_tp_name__ = 'collections.defaultdict'  # messages name the C type as CPython's do
    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if not (default_factory is None or callable(default_factory)):
            raise TypeError("first argument must be callable or None")
        self.default_factory = default_factory
        dict.__init__(self, *args, **kwargs)

    def __missing__(self, key):
        factory = self.default_factory
        if factory is None:
            raise KeyError(key)
        self[key] = made = factory()
        return made

    def __repr__(self):
        return f'{type(self).__name__}({self.default_factory!r}, {dict.__repr__(self)})'

    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        return type(self), (self.default_factory, dict(self))

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        merged = self.copy()
        merged.update(other)
        return merged

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        merged = type(self)(self.default_factory, other)
        merged.update(self)
        return merged


# --- OrderedDict ----------------------------------------------------------------------------------

def _odict_walk(iterator):
    # The dict iterator's own error names 'dictionary'; CPython's OrderedDict names itself.
    while True:
        try:
            item = next(iterator)
        except StopIteration:
            return
        except RuntimeError:
            raise RuntimeError('OrderedDict mutated during iteration') from None
        yield item


class _OrderedView:
    """Shared part of odict_keys/odict_values/odict_items: repr and reversed() in order."""

    def __repr__(self):
        return f'{type(self).__name__}({list(self)!r})'


class odict_keys(_OrderedView, _KeysView):

    def __iter__(self):
        return _odict_walk(dict.__iter__(self._mapping))

    def __reversed__(self):
        return _odict_walk(dict.__reversed__(self._mapping))


class odict_values(_OrderedView, _ValuesView):

    def __iter__(self):
        return _odict_walk(iter(dict.values(self._mapping)))

    def __reversed__(self):
        return _odict_walk(reversed(dict.values(self._mapping)))


class odict_items(_OrderedView, _ItemsView):

    def __iter__(self):
        return _odict_walk(iter(dict.items(self._mapping)))

    def __reversed__(self):
        return _odict_walk(reversed(dict.items(self._mapping)))


class OrderedDict(dict):
    """dict that remembers insertion order and lets it be changed and compared."""
    __moat_tp_name__ = 'collections.OrderedDict'  # messages name the C type as CPython's do
    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, *args, **kwds):
        if len(args) > 1:
            raise TypeError(f'expected at most 1 arguments, got {len(args)}')
        self.update(*args, **kwds)

    def __iter__(self):
        return _odict_walk(dict.__iter__(self))

    def __reversed__(self):
        return _odict_walk(dict.__reversed__(self))

    def keys(self):
        return odict_keys(self)

    def values(self):
        return odict_values(self)

    def items(self):
        return odict_items(self)

    def move_to_end(self, key, last=True):
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
            return
        rest = list(dict.items(self))
        dict.clear(self)
        dict.__setitem__(self, key, value)
        dict.update(self, rest)

    def popitem(self, last=True):
        if not self:
            raise KeyError('dictionary is empty')
        if last:
            return dict.popitem(self)
        key = next(dict.__iter__(self))
        return key, dict.pop(self, key)

    @_recursion_safe('...')
    def __repr__(self):
        name = type(self).__name__
        if not self:
            return name + '()'
        return f'{name}({list(dict.items(self))!r})'

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(dict.keys(self)) == list(dict.keys(other))
        return dict.__eq__(self, other)

    def __ne__(self, other):
        same = self.__eq__(other)
        return same if same is NotImplemented else not same

    __hash__ = None

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    def __reduce__(self):
        return type(self), (list(dict.items(self)),)

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        merged = type(self)(self)
        merged.update(other)
        return merged

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        merged = type(self)(other)
        merged.update(self)
        return merged

    def __ior__(self, other):
        self.update(other)
        return self


# --- Counter --------------------------------------------------------------------------------------

class Counter(dict):
    """dict of counts: a missing element counts 0."""
    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, iterable=None, /, **kwds):
        dict.__init__(self)
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self.values())

    def most_common(self, n=None):
        by_count = sorted(self.items(), key=_second, reverse=True)
        if n is None:
            return by_count
        return by_count[:n] if n > 0 else []

    def elements(self):
        for element, count in self.items():
            for _ in range(count):
                yield element

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError('Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        if iterable is not None:
            if isinstance(iterable, (dict, _Mapping)):
                if self:
                    for element, count in iterable.items():
                        self[element] = self.get(element, 0) + count
                else:
                    dict.update(self, iterable)
            else:
                get = self.get
                for element in iterable:
                    self[element] = get(element, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        if iterable is not None:
            if isinstance(iterable, (dict, _Mapping)):
                for element, count in iterable.items():
                    self[element] = self.get(element, 0) - count
            else:
                for element in iterable:
                    self[element] = self.get(element, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    def __reduce__(self):
        return type(self), (dict(self),)

    def __delitem__(self, element):
        if element in self:
            dict.__delitem__(self, element)

    def __repr__(self):
        name = type(self).__name__
        return f'{name}({self._by_count()!r})' if self else f'{name}()'

    def _by_count(self):
        try:
            return dict(self.most_common())
        except TypeError:  # counts that cannot be ordered are shown as inserted
            return dict(self)

    # Comparisons treat missing elements as 0.
    def _pairs(self, other):
        for element in self.keys() | other.keys():
            yield self[element], other[element]

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(a == b for a, b in self._pairs(other))

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(a <= b for a, b in self._pairs(other))

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(a >= b for a, b in self._pairs(other))

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    # Binary operators make a new Counter keeping only positive counts: self's elements first,
    # then the other's new ones.
    def _combine(self, other, pick):
        result = Counter()
        for element, count in self.items():
            n = pick(count, other[element])
            if n > 0:
                result[element] = n
        for element, count in other.items():
            if element not in self:
                n = pick(0, count)
                if n > 0:
                    result[element] = n
        return result

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._combine(other, lambda a, b: a + b)

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._combine(other, lambda a, b: a - b)

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._combine(other, lambda a, b: b if a < b else a)

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._combine(other, lambda a, b: a if a < b else b)

    def __pos__(self):
        return Counter({e: c for e, c in self.items() if c > 0})

    def __neg__(self):
        return Counter({e: 0 - c for e, c in self.items() if c < 0})

    def _drop_non_positive(self):
        for element in [e for e, c in self.items() if not c > 0]:
            dict.__delitem__(self, element)
        return self

    def __iadd__(self, other):
        for element, count in other.items():
            self[element] += count
        return self._drop_non_positive()

    def __isub__(self, other):
        for element, count in other.items():
            self[element] -= count
        return self._drop_non_positive()

    def __ior__(self, other):
        for element, count in other.items():
            if count > self[element]:
                self[element] = count
        return self._drop_non_positive()

    def __iand__(self, other):
        for element, count in list(self.items()):
            theirs = other[element]
            if theirs < count:
                self[element] = theirs
        return self._drop_non_positive()


def _second(pair):
    return pair[1]


# --- deque ----------------------------------------------------------------------------------------

class deque:
    """Double-ended queue, optionally bounded by maxlen.

    The items are reversed(self._left) followed by self._right; when the side being popped is
    empty, half of the other side moves over. self._version changes whenever items are added,
    removed or moved, which is what makes a running iterator raise."""
    __moat_tp_name__ = 'collections.deque'  # messages name the C type as CPython's do
    __slots__ = ('_left', '_right', '_maxlen', '_version')
    __abc_tpflags__ = 1 << 5  # a sequence for `match`, as CPython's deque
    __hash__ = None
    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, iterable=(), maxlen=None, *extra):
        if extra:
            raise TypeError(f'deque() takes at most 2 arguments ({2 + len(extra)} given)')
        if maxlen is not None:
            bound = _as_int(maxlen)
            if bound is None:
                raise TypeError('an integer is required')
            if bound < 0:
                raise ValueError('maxlen must be non-negative')
            maxlen = bound
        self._left = []
        self._right = []
        self._maxlen = maxlen
        self._version = 0
        self.extend(iterable)

    @property
    def maxlen(self):
        return self._maxlen

    def _items(self):
        return self._left[::-1] + self._right

    def _set_items(self, items):
        self._left = []
        self._right = items
        self._version += 1

    def __len__(self):
        return len(self._left) + len(self._right)

    def __bool__(self):
        return bool(self._left or self._right)

    # ends (the hot paths avoid calling len(self) and bool(self), which are Python calls here)
    def append(self, x):
        self._right.append(x)
        self._version += 1
        if self._maxlen is not None and len(self._left) + len(self._right) > self._maxlen:
            self.popleft()

    def appendleft(self, x):
        self._left.append(x)
        self._version += 1
        if self._maxlen is not None and len(self._left) + len(self._right) > self._maxlen:
            self.pop()

    @staticmethod
    def _refill(source):
        """Half of `source` (the end next to the empty side), reversed; removed from source."""
        half = (len(source) + 1) // 2
        moved = source[half - 1::-1]
        del source[:half]
        return moved

    def pop(self):
        if not self._right:
            if not self._left:
                raise IndexError('pop from an empty deque')
            self._right = self._refill(self._left)
        self._version += 1
        return self._right.pop()

    def popleft(self):
        if not self._left:
            if not self._right:
                raise IndexError('pop from an empty deque')
            self._left = self._refill(self._right)
        self._version += 1
        return self._left.pop()

    def extend(self, iterable):
        if iterable is self:
            iterable = self._items()
        if self._maxlen is None:
            self._right.extend(iterable)
            self._version += 1
        else:
            for x in iterable:
                self.append(x)

    def extendleft(self, iterable):
        if iterable is self:
            iterable = self._items()
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        self._set_items([])

    # positions
    def _position(self, index):
        i = _as_int(index)
        if i is None:
            raise TypeError(f"sequence index must be integer, not '{type(index).__name__}'")
        size = len(self)
        if i < 0:
            i += size
        if not 0 <= i < size:
            raise IndexError('deque index out of range')
        return i

    def __getitem__(self, index):
        i = self._position(index)
        on_left = len(self._left)
        return self._left[on_left - 1 - i] if i < on_left else self._right[i - on_left]

    def __setitem__(self, index, value):
        i = self._position(index)
        on_left = len(self._left)
        if i < on_left:
            self._left[on_left - 1 - i] = value
        else:
            self._right[i - on_left] = value

    def __delitem__(self, index):
        i = self._position(index)
        items = self._items()
        del items[i]
        self._set_items(items)

    def rotate(self, n=1):
        steps = _int_arg(n)
        size = len(self)
        if size > 1 and steps % size:
            k = steps % size
            items = self._items()
            self._set_items(items[size - k:] + items[:size - k])

    def reverse(self):
        self._left, self._right = self._right, self._left

    def index(self, x, start=0, stop=None):
        size = len(self)
        bounds = []
        for value, default in ((start, 0), (stop, size)):
            if value is None:
                bounds.append(default)
                continue
            n = _as_int(value)
            if n is None:
                raise TypeError('slice indices must be integers or have an __index__ method')
            if n < 0:
                n = max(0, n + size)
            bounds.append(min(n, size))
        items = self._items()
        for i in range(bounds[0], bounds[1]):
            if _same(items[i], x):
                return i
        raise ValueError(f'{x!r} is not in deque')

    def insert(self, i, x):
        i = _int_arg(i)
        if self._maxlen is not None and len(self) >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        items = self._items()
        items.insert(i, x)
        self._set_items(items)

    def remove(self, value):
        for i, item in enumerate(self._items()):
            if _same(item, value):
                del self[i]
                return
        raise ValueError(f'{value!r} is not in deque')

    def count(self, x):
        return sum(1 for item in self._items() if _same(item, x))

    def __contains__(self, x):
        return any(_same(item, x) for item in self._items())

    # iteration
    def _walk(self, items):
        version = self._version
        for item in items:
            yield item
            if self._version != version:
                raise RuntimeError('deque mutated during iteration')

    def __iter__(self):
        return self._walk(self._items())

    def __reversed__(self):
        return self._walk(self._items()[::-1])

    # whole deques
    def copy(self):
        if self._maxlen is None:
            return type(self)(self)
        return type(self)(self, self._maxlen)

    __copy__ = copy

    def __reduce__(self):
        state = getattr(self, '__dict__', None) or None
        return type(self), (self._items(), self._maxlen), state

    @_recursion_safe('[...]')
    def __repr__(self):
        shown = f'{type(self).__name__}({self._items()!r}'
        if self._maxlen is not None:
            shown += f', maxlen={self._maxlen}'
        return shown + ')'

    def _compare(self, other, op):
        if not isinstance(other, deque):
            return NotImplemented
        return op(self._items(), other._items())

    def __eq__(self, other):
        return self._compare(other, lambda a, b: a == b)

    def __ne__(self, other):
        return self._compare(other, lambda a, b: a != b)

    def __lt__(self, other):
        return self._compare(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._compare(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._compare(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._compare(other, lambda a, b: a >= b)

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(f'can only concatenate deque (not "{type(other).__name__}") to deque')
        result = self.copy()
        result.extend(other)
        return result

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __imul__(self, n):
        times = _as_int(n)
        if times is None:
            raise TypeError(f"can't multiply sequence by non-int of type '{type(n).__name__}'")
        items = self._items()
        if times <= 0 or not items:
            self._set_items([])
            return self
        bound = self._maxlen
        if bound is not None and len(items) * times > bound:
            # Only the last `bound` items survive: enough copies to cover them.
            times = min(times, bound // len(items) + 2)
            self._set_items((items * times)[len(items) * times - bound:])
        else:
            self._set_items(items * times)
        return self

    def __mul__(self, n):
        result = self.copy()
        return result.__imul__(n)

    __rmul__ = __mul__


# --- namedtuple -----------------------------------------------------------------------------------

class _tuplegetter:
    """The class attribute that reads field number `index` of a named tuple."""

    def __init__(self, index, doc):
        self._index = index
        self.__doc__ = doc

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return instance[self._index]

    def __set__(self, instance, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, instance):
        raise AttributeError("can't delete attribute")


def _field_names(typename, field_names, rename):
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    names = [str(name) for name in field_names]
    if rename:
        taken = set()
        for i, name in enumerate(names):
            if not name.isidentifier() or _iskeyword(name) or name.startswith('_') or name in taken:
                names[i] = f'_{i}'
            taken.add(name)
    for name in [typename] + names:
        if not name.isidentifier():
            raise ValueError(f'Type names and field names must be valid identifiers: {name!r}')
        if _iskeyword(name):
            raise ValueError(f'Type names and field names cannot be a keyword: {name!r}')
    seen = set()
    for name in names:
        if name.startswith('_') and not rename:
            raise ValueError(f'Field names cannot start with an underscore: {name!r}')
        if name in seen:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        seen.add(name)
    return tuple(names)


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """A tuple subclass named typename whose items are also attributes named field_names."""
    typename = str(typename)
    fields = _field_names(typename, field_names, rename)
    if defaults is None:
        defaults = ()
    else:
        defaults = tuple(defaults)
        if len(defaults) > len(fields):
            raise TypeError('Got more default values than field names')
    field_defaults = dict(zip(fields[len(fields) - len(defaults):], defaults))
    count = len(fields)

    # __new__ is compiled so that its parameters carry the field names (and CPython's messages
    # for a missing or unexpected argument).
    params = ', '.join(fields)
    packed = params + ',' if count == 1 else params
    new = eval(f'lambda _cls, {params}: _make_tuple(_cls, ({packed}))' if count else
               'lambda _cls: _make_tuple(_cls, ())',
               {'_make_tuple': tuple.__new__, '__name__': 'namedtuple_' + typename})
    new.__name__ = '__new__'
    new.__qualname__ = typename + '.__new__'
    new.__doc__ = f'Create new instance of {typename}({params})'
    if defaults:
        new.__defaults__ = defaults

    def _make(cls, iterable):
        made = tuple.__new__(cls, iterable)
        if len(made) != count:
            raise TypeError(f'Expected {count} arguments, got {len(made)}')
        return made

    def _replace(self, /, **changes):
        values = [changes.pop(name, value) for name, value in zip(fields, self)]
        if changes:
            raise ValueError(f'Got unexpected field names: {list(changes)!r}')
        return self._make(values)

    def __repr__(self):
        shown = ', '.join(f'{name}={value!r}' for name, value in zip(fields, self))
        return f'{type(self).__name__}({shown})'

    def _asdict(self):
        return dict(zip(fields, self))

    def __getnewargs__(self):
        return tuple(self)

    for method in (_make, _replace, __repr__, _asdict, __getnewargs__):
        method.__qualname__ = f'{typename}.{method.__name__}'

    namespace = dict(__doc__=f'{typename}({params})', __slots__=(), __match_args__=fields, __new__=new,
                     _fields=fields, _field_defaults=field_defaults, _make=classmethod(_make),
                     _replace=_replace, _asdict=_asdict, __repr__=__repr__, __getnewargs__=__getnewargs__)
    for index, name in enumerate(fields):
        namespace[name] = _tuplegetter(index, f'Alias for field number {index}')
    result = type(typename, (tuple,), namespace)

    if module is None:
        try:
            module = _sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            module = '__main__'
    result.__module__ = module
    return result


# --- ChainMap -------------------------------------------------------------------------------------

class ChainMap(_MutableMapping):
    """Several mappings searched in order as one; writes go to the first (maps[0])."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                continue
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def _merged_keys(self):
        keys = {}
        for mapping in reversed(self.maps):
            for key in mapping:
                keys[key] = None
        return keys

    def __len__(self):
        return len(self._merged_keys())

    def __iter__(self):
        return iter(self._merged_keys())

    def __contains__(self, key):
        return any(key in mapping for mapping in self.maps)

    def __bool__(self):
        return any(self.maps)

    @_recursion_safe('...')
    def __repr__(self):
        return f'{type(self).__name__}({", ".join(repr(m) for m in self.maps)})'

    @classmethod
    def fromkeys(cls, iterable, *args):
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        return type(self)(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return type(self)(m, *self.maps)

    @property
    def parents(self):
        return type(self)(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    # Changes touch maps[0] only; a key missing there is reported as such.
    def _on_first(self, change, complaint):
        try:
            return change(self.maps[0])
        except KeyError:
            raise KeyError(complaint)

    def __delitem__(self, key):
        self._on_first(lambda first: first.__delitem__(key), f'Key not found in the first mapping: {key!r}')

    def pop(self, key, *args):
        return self._on_first(lambda first: first.pop(key, *args), f'Key not found in the first mapping: {key!r}')

    def popitem(self):
        return self._on_first(lambda first: first.popitem(), 'No keys found in the first mapping.')

    def clear(self):
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        merged = self.copy()
        merged.maps[0].update(other)
        return merged

    def __ror__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        first = dict(other)
        for mapping in reversed(self.maps):
            first.update(mapping)
        return type(self)(first)


# --- UserDict, UserList, UserString ---------------------------------------------------------------

def _shallow_copy(obj, data):
    """A new instance of obj's class with obj's attributes, `data` replaced."""
    new = type(obj).__new__(type(obj))
    new.__dict__.update(obj.__dict__)
    new.__dict__['data'] = data
    return new


def _forward(name):
    """A method that calls the method of the same name on self.data."""
    def method(self, *args, **kwargs):
        return getattr(self.data, name)(*args, **kwargs)
    method.__name__ = name
    return method


def _rebuilt(op):
    """A binary method returning self's class made from op(self.data, other)."""
    def method(self, other):
        return self.__class__(op(self.data, other))
    return method


def _on_data(convert):
    """A method that returns convert(self.data)."""
    def method(self):
        return convert(self.data)
    method.__name__ = getattr(convert, '__name__', 'method')
    return method


class UserDict(_MutableMapping):
    """A dict kept in self.data, for subclassing."""

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        self.update(kwargs)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        missing = getattr(type(self), '__missing__', None)
        if missing is None:
            raise KeyError(key)
        return missing(self, key)

    __len__ = _forward('__len__')
    __iter__ = _forward('__iter__')
    __contains__ = _forward('__contains__')
    __setitem__ = _forward('__setitem__')
    __delitem__ = _forward('__delitem__')
    __repr__ = _on_data(repr)

    @staticmethod
    def _plain(other):
        return other.data if isinstance(other, UserDict) else other

    def __or__(self, other):
        if not isinstance(other, (UserDict, dict)):
            return NotImplemented
        return type(self)(self.data | self._plain(other))

    def __ror__(self, other):
        if not isinstance(other, (UserDict, dict)):
            return NotImplemented
        return type(self)(self._plain(other) | self.data)

    def __ior__(self, other):
        self.data |= self._plain(other)
        return self

    def __copy__(self):
        return _shallow_copy(self, self.data.copy())

    def copy(self):
        if type(self) is UserDict:
            return UserDict(self.data.copy())
        return self.__copy__()

    @classmethod
    def fromkeys(cls, iterable, value=None):
        made = cls()
        made.update(dict.fromkeys(iterable, value))
        return made


class UserList(_MutableSequence):
    """A list kept in self.data, for subclassing."""

    def __init__(self, initlist=None):
        if initlist is None:
            self.data = []
        elif isinstance(initlist, UserList):
            self.data = list(initlist.data)
        else:
            self.data = list(initlist)

    @staticmethod
    def _plain(other):
        return other.data if isinstance(other, UserList) else other

    __repr__ = _on_data(repr)
    __len__ = _forward('__len__')
    __contains__ = _forward('__contains__')
    __setitem__ = _forward('__setitem__')
    __delitem__ = _forward('__delitem__')

    def __getitem__(self, i):
        found = self.data[i]
        return self.__class__(found) if isinstance(i, slice) else found

    def _compare(self, other, op):
        return op(self.data, self._plain(other))

    def __eq__(self, other):
        return self._compare(other, lambda a, b: a == b)

    def __lt__(self, other):
        return self._compare(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._compare(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._compare(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._compare(other, lambda a, b: a >= b)

    __hash__ = None

    @staticmethod
    def _as_list(other):
        if isinstance(other, UserList):
            return other.data
        return other if isinstance(other, list) else list(other)

    def __add__(self, other):
        return self.__class__(self.data + self._as_list(other))

    def __radd__(self, other):
        return self.__class__(self._as_list(other) + self.data)

    def __iadd__(self, other):
        self.data.extend(self._plain(other))
        return self

    __mul__ = __rmul__ = _rebuilt(lambda data, n: data * n)

    def __imul__(self, n):
        self.data.__imul__(n)
        return self

    def __copy__(self):
        return _shallow_copy(self, self.data[:])

    append = _forward('append')
    insert = _forward('insert')
    pop = _forward('pop')
    remove = _forward('remove')
    clear = _forward('clear')
    count = _forward('count')
    index = _forward('index')
    reverse = _forward('reverse')
    sort = _forward('sort')

    def copy(self):
        return self.__class__(self)

    def extend(self, other):
        self.data.extend(self._plain(other))


def _str_of(value):
    return value.data if isinstance(value, UserString) else value


class UserString(_Sequence):
    """A str kept in self.data, for subclassing; str methods return the subclass where a str
    would be returned."""

    def __init__(self, seq):
        if isinstance(seq, UserString):
            seq = seq.data
        self.data = seq if isinstance(seq, str) else str(seq)

    __str__ = _on_data(str)
    __repr__ = _on_data(repr)
    __int__ = _on_data(int)
    __float__ = _on_data(float)
    __complex__ = _on_data(complex)
    __hash__ = _on_data(hash)
    __len__ = _on_data(len)

    def __getnewargs__(self):
        return (self.data[:],)

    def __eq__(self, other):
        return self.data == _str_of(other)

    def __lt__(self, other):
        return self.data < _str_of(other)

    def __le__(self, other):
        return self.data <= _str_of(other)

    def __gt__(self, other):
        return self.data > _str_of(other)

    def __ge__(self, other):
        return self.data >= _str_of(other)

    def __contains__(self, char):
        return _str_of(char) in self.data

    def __getitem__(self, index):
        return self.__class__(self.data[index])

    def __add__(self, other):
        other = _str_of(other)
        return self.__class__(self.data + (other if isinstance(other, str) else str(other)))

    def __radd__(self, other):
        return self.__class__((other if isinstance(other, str) else str(other)) + self.data)

    __mul__ = __rmul__ = _rebuilt(lambda data, n: data * n)
    __mod__ = _rebuilt(lambda data, args: data % args)

    def __rmod__(self, template):
        return self.__class__(str(template) % self)

    def encode(self, encoding='utf-8', errors='strict'):
        return self.data.encode(encoding, errors)

    maketrans = str.maketrans


def _user_string_methods():
    # str methods whose str result UserString wraps in the caller's class, and those whose result
    # it returns as it is; UserString arguments are passed on as their str.
    wrapped = ('capitalize casefold center expandtabs ljust lower lstrip removeprefix removesuffix replace '
               'rjust rstrip strip swapcase title translate upper zfill')
    plain = ('count endswith find format format_map index isalnum isalpha isascii isdecimal isdigit '
             'isidentifier islower isnumeric isprintable isspace istitle isupper join partition rfind '
             'rindex rpartition rsplit split splitlines startswith')

    def make(name, wrap):
        method = getattr(str, name)

        def call(self, *args, **kwargs):
            result = method(self.data, *[_str_of(a) for a in args], **kwargs)
            return self.__class__(result) if wrap else result
        call.__name__ = name
        call.__qualname__ = 'UserString.' + name
        return call

    for names, wrap in ((wrapped, True), (plain, False)):
        for name in names.split():
            setattr(UserString, name, make(name, wrap))


_user_string_methods()
del _user_string_methods

_MutableSequence.register(deque)

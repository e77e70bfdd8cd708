# collections.abc for Moat, written from the Python 3.11 documentation ("collections.abc --
# Abstract Base Classes for Containers"): every ABC of its table, with the abstract methods and the
# mixin methods listed there.
#
# isinstance/issubclass answer, in this order: the class's __subclasshook__ (the one-method
# protocols such as Iterable or Sized are recognised by their methods, a method set to None opts
# out), then real inheritance and register() (abc.ABCMeta). The builtin containers are registered
# at the bottom of this file.
#
# Moat-specific: Sequence and Mapping carry `__abc_tpflags__` (1 << 5 and 1 << 6), which the VM's
# `match` reads from the subject's class MRO; register() copies the flag onto a registered class so
# that `case [...]` / `case {...}` accept it, as CPython does.
#
# Subscription (`Sequence[int]`, `Callable[[int], str]`) gives a GenericAlias defined here, since
# Moat cannot build a types.GenericAlias for a Python class: it prints, compares, can be called and
# used as a base class as CPython's, but it is not an instance of types.GenericAlias.
#
# Left out: Buffer (3.12); typing's ParamSpec/Concatenate in Callable[...].

from abc import ABCMeta, abstractmethod

__all__ = ["Awaitable", "Coroutine", "AsyncIterable", "AsyncIterator", "AsyncGenerator", "Hashable", "Iterable",
           "Iterator", "Generator", "Reversible", "Sized", "Container", "Callable", "Collection", "Set",
           "MutableSet", "Mapping", "MutableMapping", "MappingView", "KeysView", "ItemsView", "ValuesView",
           "Sequence", "MutableSequence", "ByteString"]

_SEQUENCE_FLAG = 1 << 5
_MAPPING_FLAG = 1 << 6


def _defines(klass, names):
    """True when every name is found somewhere on klass's MRO and is not None there; otherwise
    NotImplemented, so that the ordinary inheritance/registry check decides."""
    if not isinstance(klass, type):
        return NotImplemented
    for name in names:
        owner = None
        for base in klass.__mro__:
            if name in base.__dict__:
                owner = base
                break
        if owner is None or owner.__dict__[name] is None:
            return NotImplemented
    return True


class _ContainerABCMeta(ABCMeta):
    """abc.ABCMeta plus the __subclasshook__ step of the issubclass protocol."""

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        hook = getattr(cls, '__subclasshook__', None)
        if hook is not None:
            verdict = hook(subclass)
            if verdict is not NotImplemented:
                return bool(verdict)
        return ABCMeta.__subclasscheck__(cls, subclass)

    def register(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        ABCMeta.register(cls, subclass)
        # Let `match` see the registered class as a sequence or mapping.
        flag = 0
        for base in cls.__mro__:
            flag |= base.__dict__.get('__abc_tpflags__', 0)
        flag &= _SEQUENCE_FLAG | _MAPPING_FLAG
        if flag and '__abc_tpflags__' not in subclass.__dict__:
            try:
                subclass.__abc_tpflags__ = flag
            except (TypeError, AttributeError):
                pass  # a builtin type: the VM knows it already
        return subclass


def _protocol(*names):
    """A __subclasshook__ for an ABC recognised by its methods. It answers only for the ABC that
    defines it, not for the ABCs or classes derived from it."""
    def hook(cls, klass):
        if cls.__dict__.get('__subclasshook__') is method:
            return _defines(klass, names)
        return NotImplemented
    method = classmethod(hook)
    return method


# --- subscription ---------------------------------------------------------------------------------

def _shown(arg):
    if arg is Ellipsis:
        return '...'
    if isinstance(arg, list):
        return '[' + ', '.join(_shown(a) for a in arg) + ']'
    if hasattr(arg, '__origin__') and hasattr(arg, '__args__'):
        return repr(arg)
    name, module = getattr(arg, '__qualname__', None), getattr(arg, '__module__', None)
    if name is None or module is None:
        return repr(arg)
    return name if module == 'builtins' else f'{module}.{name}'


class GenericAlias:
    """A parameterized container class such as Sequence[int]."""

    def __init__(self, origin, args, shown=None):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = ()
        self._shown_args = args if shown is None else shown

    def __repr__(self):
        inner = ', '.join(_shown(a) for a in self._shown_args) if self._shown_args else '()'
        return f'{_shown(self.__origin__)}[{inner}]'

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __call__(self, *args, **kwargs):
        made = self.__origin__(*args, **kwargs)
        try:
            made.__orig_class__ = self
        except (AttributeError, TypeError):
            pass
        return made

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __getattr__(self, name):
        if name in ('__name__', '__qualname__', '__module__', '__doc__') or not name.startswith('__'):
            return getattr(self.__origin__, name)
        raise AttributeError(name)

    def __instancecheck__(self, instance):
        raise TypeError('isinstance() argument 2 cannot be a parameterized generic')

    def __subclasscheck__(self, subclass):
        raise TypeError('issubclass() argument 2 cannot be a parameterized generic')


_subscriptable = classmethod(GenericAlias)


# --- one-method protocols -------------------------------------------------------------------------

class Hashable(metaclass=_ContainerABCMeta):
    __slots__ = ()
    __subclasshook__ = _protocol('__hash__')

    @abstractmethod
    def __hash__(self): return 0


class Awaitable(metaclass=_ContainerABCMeta):
    __slots__ = ()
    __class_getitem__ = _subscriptable
    __subclasshook__ = _protocol('__await__')

    @abstractmethod
    def __await__(self): yield


class Coroutine(Awaitable):
    __slots__ = ()
    __subclasshook__ = _protocol('__await__', 'send', 'throw', 'close')

    @abstractmethod
    def send(self, value): raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None): raise typ if val is None else val

    def close(self):
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            return
        raise RuntimeError("coroutine ignored GeneratorExit")


class AsyncIterable(metaclass=_ContainerABCMeta):
    __slots__ = ()
    __class_getitem__ = _subscriptable
    __subclasshook__ = _protocol('__aiter__')

    @abstractmethod
    def __aiter__(self): return AsyncIterator()


class AsyncIterator(AsyncIterable):
    __slots__ = ()
    __subclasshook__ = _protocol('__anext__', '__aiter__')

    @abstractmethod
    async def __anext__(self): raise StopAsyncIteration

    def __aiter__(self):
        return self


class AsyncGenerator(AsyncIterator):
    __slots__ = ()
    __subclasshook__ = _protocol('__aiter__', '__anext__', 'asend', 'athrow', 'aclose')

    async def __anext__(self):
        return await self.asend(None)

    @abstractmethod
    async def asend(self, value): raise StopAsyncIteration

    @abstractmethod
    async def athrow(self, typ, val=None, tb=None): raise typ if val is None else val

    async def aclose(self):
        try:
            await self.athrow(GeneratorExit)
        except (GeneratorExit, StopAsyncIteration):
            return
        raise RuntimeError("asynchronous generator ignored GeneratorExit")


class Iterable(metaclass=_ContainerABCMeta):
    __slots__ = ()
    __class_getitem__ = _subscriptable
    __subclasshook__ = _protocol('__iter__')

    @abstractmethod
    def __iter__(self): return iter(())


class Iterator(Iterable):
    __slots__ = ()
    __subclasshook__ = _protocol('__iter__', '__next__')

    @abstractmethod
    def __next__(self): raise StopIteration

    def __iter__(self):
        return self


class Reversible(Iterable):
    __slots__ = ()
    __subclasshook__ = _protocol('__reversed__', '__iter__')

    @abstractmethod
    def __reversed__(self): return iter(())


class Generator(Iterator):
    __slots__ = ()
    __subclasshook__ = _protocol('__iter__', '__next__', 'send', 'throw', 'close')

    def __next__(self):
        return self.send(None)

    @abstractmethod
    def send(self, value): raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None): raise typ if val is None else val

    def close(self):
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            return
        raise RuntimeError("generator ignored GeneratorExit")


class Sized(metaclass=_ContainerABCMeta):
    __slots__ = ()
    __subclasshook__ = _protocol('__len__')

    @abstractmethod
    def __len__(self): return 0


class Container(metaclass=_ContainerABCMeta):
    __slots__ = ()
    __class_getitem__ = _subscriptable
    __subclasshook__ = _protocol('__contains__')

    @abstractmethod
    def __contains__(self, x): return False


class Collection(Sized, Iterable, Container):
    __slots__ = ()
    __subclasshook__ = _protocol('__len__', '__iter__', '__contains__')


class Callable(metaclass=_ContainerABCMeta):
    __slots__ = ()
    __subclasshook__ = _protocol('__call__')

    @classmethod
    def __class_getitem__(cls, params):
        if not (isinstance(params, tuple) and len(params) == 2):
            raise TypeError('Callable must be used as Callable[[arg, ...], result].')
        arguments, result = params
        if isinstance(arguments, list):
            flat = (*arguments, result)
        elif arguments is Ellipsis:
            flat = params
        else:
            raise TypeError('Expected a list of types, an ellipsis, ParamSpec, or Concatenate. '
                            f'Got {arguments!r}')
        return GenericAlias(cls, flat, params)

    @abstractmethod
    def __call__(self, *args, **kwds): return False


# --- sets -----------------------------------------------------------------------------------------

def _set_operation(select, as_set=False):
    """A binary operator of Set: NotImplemented for an operand that is not iterable, otherwise
    self._from_iterable of the members that select(self, other) yields. With as_set, an operand
    that is not a Set is first made one by _from_iterable."""
    def operator(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        if as_set and not isinstance(other, Set):
            other = self._from_iterable(other)
        return self._from_iterable(select(self, other))
    return operator


def _ordered(left, right, sizes_ok, inner, outer):
    if not isinstance(right, Set):
        return NotImplemented
    return sizes_ok(len(left), len(right)) and all(x in outer for x in inner)


def _both(first, second):
    yield from first
    yield from second


class Set(Collection):
    """Read-only set: comparisons and &, |, -, ^ built on __contains__, __iter__ and __len__.
    Results are made by _from_iterable, which a subclass may override."""
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return cls(it)

    # Ordering and equality: the sizes must compare as wanted and the smaller side's members
    # must all be in the other.
    def __le__(self, other):
        return _ordered(self, other, lambda m, n: m <= n, inner=self, outer=other)

    def __lt__(self, other):
        return _ordered(self, other, lambda m, n: m < n, inner=self, outer=other)

    def __ge__(self, other):
        return _ordered(self, other, lambda m, n: m >= n, inner=other, outer=self)

    def __gt__(self, other):
        return _ordered(self, other, lambda m, n: m > n, inner=other, outer=self)

    def __eq__(self, other):
        return _ordered(self, other, lambda m, n: m == n, inner=self, outer=other)

    def isdisjoint(self, other):
        return not any(x in self for x in other)

    __and__ = __rand__ = _set_operation(lambda self, other: (x for x in other if x in self))
    __or__ = __ror__ = _set_operation(lambda self, other: _both(self, other))
    __sub__ = _set_operation(lambda self, other: (x for x in self if x not in other), True)
    __rsub__ = _set_operation(lambda self, other: (x for x in other if x not in self), True)
    __xor__ = __rxor__ = _set_operation(
        lambda self, other: _both((x for x in self if x not in other), (x for x in other if x not in self)), True)

    def _hash(self):
        """A hash that depends only on the members, for hashable subclasses (frozenset-like)."""
        mask = (1 << 64) - 1
        acc = (len(self) * 0x9E3779B97F4A7C15) & mask
        for x in self:
            h = hash(x) & mask
            acc ^= ((h ^ (h << 17) ^ 0x5BD1E995) * 0xC2B2AE3D27D4EB4F) & mask
        if acc >= 1 << 63:
            acc -= 1 << 64
        return -2 if acc == -1 else acc


def _each(values, action):
    for value in values:
        action(value)


class MutableSet(Set):
    __slots__ = ()

    @abstractmethod
    def add(self, value): raise NotImplementedError

    @abstractmethod
    def discard(self, value): raise NotImplementedError

    def __ixor__(self, it):
        if it is self:
            self.clear()
            return self
        if not isinstance(it, Set):
            it = self._from_iterable(it)
        _each(it, lambda value: (self.discard if value in self else self.add)(value))
        return self

    def __iand__(self, it):
        _each(list(self - it), self.discard)
        return self

    def __isub__(self, it):
        if it is self:
            self.clear()
        else:
            _each(it, self.discard)
        return self

    def __ior__(self, it):
        _each(it, self.add)
        return self

    def pop(self):
        for value in self:
            self.discard(value)
            return value
        raise KeyError

    def remove(self, value):
        if value in self:
            self.discard(value)
        else:
            raise KeyError(value)

    def clear(self):
        while self:
            self.pop()


# --- mappings -------------------------------------------------------------------------------------

def _lookup(mapping, key):
    """(True, mapping[key]), or (False, the KeyError) when the key is missing."""
    try:
        return True, mapping[key]
    except KeyError as missing:
        return False, missing


class Mapping(Collection):
    """Read-only mapping: get, in, keys/items/values views and == built on __getitem__, __iter__
    and __len__."""
    __slots__ = ()
    __abc_tpflags__ = _MAPPING_FLAG
    __reversed__ = None

    def __eq__(self, other):
        if isinstance(other, Mapping):
            return dict(self.items()) == dict(other.items())
        return NotImplemented

    @abstractmethod
    def __getitem__(self, key): raise KeyError

    def get(self, key, default=None):
        found, value = _lookup(self, key)
        return value if found else default

    def __contains__(self, key):
        return _lookup(self, key)[0]

    def keys(self):
        return KeysView(self)

    def items(self):
        return ItemsView(self)

    def values(self):
        return ValuesView(self)


class MappingView(Sized):
    __class_getitem__ = _subscriptable
    # No __slots__ = ('_mapping',) here: Moat's instance layout goes wrong when such a class is
    # combined with a slot-less first base (notes/requests-core.md), as in odict_keys.

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return f'{type(self).__name__}({self._mapping!r})'


# Set operations on key and item views give plain sets.
_as_set = classmethod(lambda cls, members: set(members))


class KeysView(MappingView, Set):
    __slots__ = ()

    def __iter__(self):
        return iter(self._mapping)

    def __contains__(self, key):
        return key in self._mapping

    _from_iterable = _as_set


class ItemsView(MappingView, Set):
    __slots__ = ()
    _from_iterable = _as_set

    def __contains__(self, item):
        key, wanted = item
        found, value = _lookup(self._mapping, key)
        return found and (value is wanted or value == wanted)

    def __iter__(self):
        mapping = self._mapping
        for key in mapping:
            yield (key, mapping[key])


class ValuesView(MappingView, Collection):
    __slots__ = ()

    def __contains__(self, value):
        return any(v is value or v == value for v in self)

    def __iter__(self):
        mapping = self._mapping
        for key in mapping:
            yield mapping[key]


_NO_DEFAULT = object()


class MutableMapping(Mapping):
    __slots__ = ()

    @abstractmethod
    def __setitem__(self, key, value): raise KeyError

    @abstractmethod
    def __delitem__(self, key): raise KeyError

    def pop(self, key, default=_NO_DEFAULT):
        found, value = _lookup(self, key)
        if found:
            del self[key]
            return value
        if default is _NO_DEFAULT:
            raise value
        return default

    def popitem(self):
        for key in self:
            break
        else:
            raise KeyError
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        while True:
            try:
                self.popitem()
            except KeyError:
                return

    def update(self, other=(), /, **kwds):
        if isinstance(other, Mapping):
            pairs = [(k, other[k]) for k in other]
        elif hasattr(other, 'keys'):
            pairs = [(k, other[k]) for k in other.keys()]
        else:
            pairs = other
        for key, value in pairs:
            self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        found, value = _lookup(self, key)
        if not found:
            self[key] = value = default
        return value


# --- sequences ------------------------------------------------------------------------------------

def _positions(seq, position, stop):
    """(position, seq[position]) from `position` on, up to `stop` or, when stop is None, up to
    the first IndexError."""
    while stop is None or position < stop:
        try:
            item = seq[position]
        except IndexError:
            return
        yield position, item
        position += 1


class Sequence(Reversible, Collection):
    """Read-only sequence: iteration, in, reversed, index and count built on __getitem__ and
    __len__."""
    __slots__ = ()
    __abc_tpflags__ = _SEQUENCE_FLAG

    @abstractmethod
    def __getitem__(self, index): raise IndexError

    def __iter__(self):
        for _, item in _positions(self, 0, None):
            yield item

    def __contains__(self, value):
        return any(v is value or v == value for v in self)

    def __reversed__(self):
        for position in range(len(self) - 1, -1, -1):
            yield self[position]

    def index(self, value, start=0, stop=None):
        if start is not None and start < 0:
            start = max(0, len(self) + start)
        if stop is not None and stop < 0:
            stop += len(self)
        for position, item in _positions(self, start, stop):
            if item is value or item == value:
                return position
        raise ValueError

    def count(self, value):
        return sum(1 for v in self if v is value or v == value)


class ByteString(Sequence):
    __slots__ = ()


class MutableSequence(Sequence):
    __slots__ = ()

    @abstractmethod
    def __setitem__(self, index, value): raise IndexError

    @abstractmethod
    def __delitem__(self, index): raise IndexError

    @abstractmethod
    def insert(self, index, value): raise IndexError

    def append(self, value):
        self.insert(len(self), value)

    def clear(self):
        while True:
            try:
                self.pop()
            except IndexError:
                return

    def reverse(self):
        last = len(self) - 1
        for i in range(len(self) // 2):
            self[i], self[last - i] = self[last - i], self[i]

    def extend(self, values):
        if values is self:
            values = list(values)
        for value in values:
            self.append(value)

    def pop(self, index=-1):
        value = self[index]
        del self[index]
        return value

    def remove(self, value):
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self


# --- the builtin types ----------------------------------------------------------------------------

for _abc_class, _builtins in (
        (Sequence, (tuple, str, range)),
        (ByteString, (bytes, bytearray)),
        (MutableSequence, (list, bytearray)),
        (Set, (frozenset,)),
        (MutableSet, (set,)),
        (Mapping, (type(type.__dict__),)),
        (MutableMapping, (dict,)),
        (KeysView, (type({}.keys()),)),
        (ValuesView, (type({}.values()),)),
        (ItemsView, (type({}.items()),))):
    for _builtin in _builtins:
        _abc_class.register(_builtin)
del _abc_class, _builtins, _builtin

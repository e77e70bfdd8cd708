# typing in Python: harmless stand-ins so that annotations, generics and casts work. Nothing here
# checks types at run time (neither does CPython).

TYPE_CHECKING = False


class _SpecialForm:
    def __init__(self, name, origin=None, args=()):
        self._name = name
        self.__origin__ = origin
        self.__args__ = args

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _SpecialForm(self._name, self, params)

    def __repr__(self):
        if self.__args__:
            return 'typing.%s[%s]' % (self._name, ', '.join(_type_repr(a) for a in self.__args__))
        return 'typing.' + self._name

    def __call__(self, *args, **kwargs):
        raise TypeError(f"Cannot instantiate typing.{self._name}")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __mro_entries__(self, bases):
        return (Generic,)


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if obj is None or obj is type(None):
        return 'None'
    return repr(obj)


class TypeVar:
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]


class ParamSpec(TypeVar):
    pass


class Generic:
    def __class_getitem__(cls, params):
        return cls

    def __init_subclass__(cls, **kwargs):
        pass


class Protocol(Generic):
    pass


def _alias(name):
    return _SpecialForm(name)


Any = _alias('Any')
NoReturn = _alias('NoReturn')
Never = _alias('Never')
Self = _alias('Self')
LiteralString = _alias('LiteralString')
ClassVar = _alias('ClassVar')
Final = _alias('Final')
Literal = _alias('Literal')
TypeAlias = _alias('TypeAlias')
Concatenate = _alias('Concatenate')
TypeGuard = _alias('TypeGuard')
Required = _alias('Required')
NotRequired = _alias('NotRequired')
Annotated = _alias('Annotated')
Unpack = _alias('Unpack')


class _UnionForm(_SpecialForm):
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        flat = []
        for p in params:
            if isinstance(p, _SpecialForm) and p.__origin__ is Union:
                flat.extend(p.__args__)
            else:
                flat.append(type(None) if p is None else p)
        uniq = []
        for p in flat:
            if p not in uniq:
                uniq.append(p)
        if len(uniq) == 1:
            return uniq[0]
        if len(uniq) == 2 and type(None) in uniq:
            other = uniq[0] if uniq[1] is type(None) else uniq[1]
            return _SpecialForm('Optional', self, (other,))
        return _SpecialForm('Union', self, tuple(uniq))


class _OptionalForm(_SpecialForm):
    def __getitem__(self, param):
        return Union[param, None]


Union = _UnionForm('Union')
Optional = _OptionalForm('Optional')

List = _alias('List')
Dict = _alias('Dict')
Set = _alias('Set')
FrozenSet = _alias('FrozenSet')
Tuple = _alias('Tuple')
Type = _alias('Type')
Callable = _alias('Callable')
Iterable = _alias('Iterable')
Iterator = _alias('Iterator')
Generator = _alias('Generator')
AsyncIterator = _alias('AsyncIterator')
AsyncIterable = _alias('AsyncIterable')
AsyncGenerator = _alias('AsyncGenerator')
Awaitable = _alias('Awaitable')
Coroutine = _alias('Coroutine')
Sequence = _alias('Sequence')
MutableSequence = _alias('MutableSequence')
Mapping = _alias('Mapping')
MutableMapping = _alias('MutableMapping')
AbstractSet = _alias('AbstractSet')
MutableSet = _alias('MutableSet')
Collection = _alias('Collection')
Container = _alias('Container')
Hashable = _alias('Hashable')
Sized = _alias('Sized')
Reversible = _alias('Reversible')
DefaultDict = _alias('DefaultDict')
OrderedDict = _alias('OrderedDict')
Counter = _alias('Counter')
Deque = _alias('Deque')
ChainMap = _alias('ChainMap')
Pattern = _alias('Pattern')
Match = _alias('Match')
IO = _alias('IO')
TextIO = _alias('TextIO')
BinaryIO = _alias('BinaryIO')
SupportsInt = _alias('SupportsInt')
SupportsFloat = _alias('SupportsFloat')
SupportsAbs = _alias('SupportsAbs')
SupportsIndex = _alias('SupportsIndex')
SupportsRound = _alias('SupportsRound')
AnyStr = TypeVar('AnyStr', bytes, str)
Text = str


def cast(typ, val):
    return val


def overload(func):
    return func


def final(f):
    return f


def no_type_check(arg):
    return arg


def runtime_checkable(cls):
    return cls


def assert_type(val, typ, /):
    return val


def reveal_type(obj, /):
    return obj


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    return dict(getattr(obj, '__annotations__', {}))


def get_origin(tp):
    return getattr(tp, '__origin__', None)


def get_args(tp):
    return getattr(tp, '__args__', ())


def NewType(name, tp):
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__supertype__ = tp
    return new_type


class _NamedTupleMeta(type):
    # `class P(NamedTuple): x: int; y: float = 0.5` builds a collections.namedtuple from the
    # annotations; methods and other class attributes of the body are copied onto it.
    def __new__(mcls, typename, bases, ns):
        from collections import namedtuple
        types = ns.get('__annotations__', {})
        default_names = []
        for name in types:
            if name in ns:
                default_names.append(name)
            elif default_names:
                raise TypeError(f"Non-default namedtuple field {name} cannot follow default field"
                                f"{'s' if len(default_names) > 1 else ''} {', '.join(default_names)}")
        nt = namedtuple(typename, list(types), defaults=[ns[n] for n in default_names],
                        module=ns.get('__module__'))
        nt.__annotations__ = dict(types)
        for key, val in ns.items():
            if key in ('__module__', '__qualname__', '__annotations__', '__doc__') or key in types:
                continue
            if key in ('_make', '_asdict', '_replace', '_fields', '_field_defaults', '__new__', '__init__',
                       '__slots__', '__getnewargs__'):
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            setattr(nt, key, val)
        if '__doc__' in ns:
            nt.__doc__ = ns['__doc__']
        return nt


_NamedTuple = type.__new__(_NamedTupleMeta, 'NamedTuple', (), {})


def NamedTuple(typename, fields=None, /, **kwargs):
    from collections import namedtuple
    if fields is None:
        fields = kwargs.items()
    fields = list(fields)
    nt = namedtuple(typename, [n for n, t in fields])
    nt.__annotations__ = dict(fields)
    return nt


NamedTuple.__mro_entries__ = lambda bases: (_NamedTuple,)


class _TypedDictMeta(type):
    # A TypedDict class only documents keys: calling it makes a plain dict (as CPython).
    def __new__(mcls, name, bases, ns, total=True):
        annotations = {}
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
        annotations.update(ns.get('__annotations__', {}))
        ns = dict(ns)
        ns['__annotations__'] = annotations
        tp = super().__new__(mcls, name, (dict,), ns)
        tp.__total__ = total
        keys = frozenset(annotations)
        tp.__required_keys__ = keys if total else frozenset()
        tp.__optional_keys__ = frozenset() if total else keys
        return tp

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __instancecheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    if fields is None:
        fields = kwargs
    return _TypedDictMeta(typename, (), {'__annotations__': dict(fields), '__module__': '__main__'}, total=total)


_TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {})
TypedDict.__mro_entries__ = lambda bases: (_TypedDict,)

# dataclasses for Moat, written from the Python 3.11 documentation of the module: @dataclass
# (init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots, weakref_slot), field(),
# Field, fields(), asdict(), astuple(), replace(), make_dataclass(), is_dataclass(), InitVar,
# KW_ONLY, MISSING, FrozenInstanceError.
# __init__ is compiled from source text with exec() so that its argument errors read exactly as
# CPython's; the other generated methods are closures.
# Left out: abc.update_abstractmethods() after processing, pickling helpers for frozen slotted
# classes, and __doc__ for classes whose __init__ the user wrote (we leave it None).

import copy as _copy
import keyword as _keyword
import sys as _sys
import types as _types

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY', 'MISSING', 'fields',
           'asdict', 'astuple', 'make_dataclass', 'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    """Raised when assigning to or deleting a field of a frozen dataclass instance."""


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()  # "no default given" (None is a valid default)


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()  # a pseudo-field annotation: the fields after it are keyword-only


class _FactoryMarker:
    # The default shown in __init__'s signature for a field with a default_factory.
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _FactoryMarker()


class _FieldKind:
    # Whether a Field is a real field, a ClassVar or an InitVar pseudo-field.
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FieldKind('_FIELD')
_FIELD_CLASSVAR = _FieldKind('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FieldKind('_FIELD_INITVAR')

_EMPTY_METADATA = _types.MappingProxyType({})


class _SlotProbe:
    __slots__ = ('probe',)


_MemberDescriptor = type(_SlotProbe.__dict__['probe'])


class InitVar:
    """Annotation for an init-only pseudo-field: passed to __init__ and __post_init__, not stored."""
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        shown = self.type.__name__ if isinstance(self.type, type) else repr(self.type)
        return f'dataclasses.InitVar[{shown}]'

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    """One field of a dataclass, as listed by fields(); made by field() or from an annotation."""
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init', 'compare',
                 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default, self.default_factory = default, default_factory
        self.init, self.repr, self.hash, self.compare = init, repr, hash, compare
        self.metadata = _EMPTY_METADATA if metadata is None else _types.MappingProxyType(metadata)
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        parts = [f'{name}={getattr(self, name)!r}' for name in _FIELD_REPR_ORDER]
        return 'Field(' + ','.join(parts) + ')'

    def __set_name__(self, owner, name):
        # A default that is itself a descriptor learns its name, as it would without field().
        hook = getattr(type(self.default), '__set_name__', None)
        if hook is not None:
            hook(self.default, owner, name)


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True,
          metadata=None, kw_only=MISSING):
    """Describe one field of a dataclass; used as the field's default value in the class body."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


_FIELD_REPR_ORDER = ('name', 'type', 'default', 'default_factory', 'init', 'repr', 'hash', 'compare',
                     'metadata', 'kw_only', '_field_type')


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init, self.repr, self.eq, self.order = init, repr, eq, order
        self.unsafe_hash, self.frozen = unsafe_hash, frozen

    def __repr__(self):
        return '_DataclassParams(' + ','.join(f'{n}={getattr(self, n)!r}' for n in self.__slots__) + ')'


# --- Reading the class body ------------------------------------------------------------------

def _names_special(annotation, cls, special):
    # Is `annotation` the typing/dataclasses object `special` (subscripted or not)?  A string
    # annotation is resolved by its leading name ("ClassVar[int]", "typing.ClassVar") in the
    # namespace of the class's module.
    if isinstance(annotation, str):
        head = annotation.strip().split('[', 1)[0].strip()
        module = _sys.modules.get(cls.__module__)
        if module is None:
            # The class names a module that is not loaded: accept the usual spellings.
            short = 'ClassVar' if special is not InitVar else 'InitVar'
            return head.replace(' ', '') in (short, special.__module__ + '.' + short)
        obj = module.__dict__
        for i, part in enumerate(head.split('.')):
            part = part.strip()
            obj = obj.get(part) if i == 0 else getattr(obj, part, None)
            if obj is None:
                break
        return obj is special
    if annotation is special:
        return True
    return getattr(annotation, '__origin__', None) is special or \
        (special is InitVar and isinstance(annotation, InitVar))


def _is_classvar(annotation, cls):
    typing = _sys.modules.get('typing')
    return typing is not None and _names_special(annotation, cls, typing.ClassVar)


def _is_kw_only_marker(annotation, cls):
    if annotation is KW_ONLY:
        return True
    return isinstance(annotation, str) and annotation.strip() in ('KW_ONLY', 'dataclasses.KW_ONLY')


def _make_field(cls, name, annotation, kw_only_default):
    value = cls.__dict__.get(name, MISSING)
    if isinstance(value, Field):
        f = value
    else:
        if isinstance(value, _MemberDescriptor):
            value = MISSING  # a slot of an already slotted class is not a default
        f = field(default=value)
    f.name, f.type = name, annotation
    if _is_classvar(annotation, cls):
        f._field_type = _FIELD_CLASSVAR
    elif _names_special(annotation, cls, InitVar):
        f._field_type = _FIELD_INITVAR
    else:
        f._field_type = _FIELD
    if f._field_type is not _FIELD and f.default_factory is not MISSING:
        raise TypeError(f'field {name} cannot have a default factory')
    if f._field_type is _FIELD_CLASSVAR:
        if f.kw_only is not MISSING:
            raise TypeError(f'field {name} is a ClassVar but specifies kw_only')
    elif f.kw_only is MISSING:
        f.kw_only = kw_only_default
    # A default shared by every instance must not be mutable; the documented test is "unhashable".
    if f._field_type is _FIELD and type(f.default).__hash__ is None:
        raise ValueError(f'mutable default {type(f.default)} for field {name} is not allowed: '
                         'use default_factory')
    return f


# --- Generated methods -----------------------------------------------------------------------

def _install(cls, name, value):
    # Add a generated method unless the class body defined that name itself; True if it did.
    if name in cls.__dict__:
        return True
    if isinstance(value, _types.FunctionType):
        value.__qualname__ = f'{cls.__qualname__}.{value.__name__}'
    setattr(cls, name, value)
    return False


def _has_default(f):
    return f.default is not MISSING or f.default_factory is not MISSING


def _build_init(cls, init_fields, positional, keyword_only, frozen, slots):
    # Check the order first: in the positional part, no field without a default after one with.
    after_default = False
    for f in positional:
        if _has_default(f):
            after_default = True
        elif after_default:
            raise TypeError(f'non-default argument {f.name!r} follows default argument')

    # Helper names are dunder-style so that no field (a parameter of __init__) can shadow them.
    env = {'__name__': cls.__module__, '__dataclass_factory__': _HAS_DEFAULT_FACTORY,
           '__dataclass_setattr__': object.__setattr__}
    me = '__dataclass_self__' if any(f.name == 'self' for f in init_fields) else 'self'

    def param(f):
        env[f'_type_{f.name}'] = f.type
        text = f'{f.name}:_type_{f.name}'
        if f.default is not MISSING:
            env[f'_dflt_{f.name}'] = f.default
            return text + f'=_dflt_{f.name}'
        if f.default_factory is not MISSING:
            return text + '=__dataclass_factory__'
        return text

    params = [me] + [param(f) for f in positional]
    if keyword_only:
        params.append('*')
        params.extend(param(f) for f in keyword_only)

    body = []
    for f in init_fields:
        if f._field_type is _FIELD_INITVAR:
            continue
        if f.default_factory is not MISSING:
            env[f'_dflt_{f.name}'] = f.default_factory
            if f.init:
                value = f'_dflt_{f.name}() if {f.name} is __dataclass_factory__ else {f.name}'
            else:
                value = f'_dflt_{f.name}()'
        elif f.init:
            value = f.name
        elif slots and f.default is not MISSING:
            # A slotted class has no class attribute to fall back on.
            env[f'_dflt_{f.name}'] = f.default
            value = f'_dflt_{f.name}'
        else:
            continue
        if frozen:
            body.append(f'__dataclass_setattr__({me}, {f.name!r}, {value})')
        else:
            body.append(f'{me}.{f.name} = {value}')
    if hasattr(cls, '__post_init__'):
        passed = ', '.join(f.name for f in init_fields if f._field_type is _FIELD_INITVAR)
        body.append(f'{me}.__post_init__({passed})')
    source = 'def __init__(' + ', '.join(params) + ') -> None:\n'
    source += ''.join(f'    {line}\n' for line in body or ['pass'])
    exec(source, env)
    return env['__init__']


_repr_active = set()  # (id of instance) while its repr is being built, to print "..." on recursion


def _build_repr(shown):
    names = [f.name for f in shown]

    def __repr__(self):
        key = id(self)
        if key in _repr_active:
            return '...'
        _repr_active.add(key)
        try:
            inside = ', '.join(f'{n}={getattr(self, n)!r}' for n in names)
        finally:
            _repr_active.discard(key)
        return f'{self.__class__.__qualname__}({inside})'
    return __repr__


def _values(obj, names):
    return tuple([getattr(obj, n) for n in names])


def _build_comparison(method, compare, names):
    # Instances compare as tuples of their compared fields, only against the very same class.
    def comparison(self, other):
        if other.__class__ is self.__class__:
            return compare(_values(self, names), _values(other, names))
        return NotImplemented
    comparison.__name__ = method
    return comparison


_ORDERINGS = (('__lt__', lambda a, b: a < b), ('__le__', lambda a, b: a <= b),
              ('__gt__', lambda a, b: a > b), ('__ge__', lambda a, b: a >= b))


def _build_hash(names):
    def __hash__(self):
        return hash(_values(self, names))
    return __hash__


def _build_frozen_methods(cls, names):
    names = frozenset(names)

    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f'cannot assign to field {name!r}')
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f'cannot delete field {name!r}')
        super(cls, self).__delattr__(name)
    return __setattr__, __delattr__


def _annotation_text(annotation):
    # As inspect.signature prints an annotation.
    if isinstance(annotation, type) and not isinstance(annotation, _types.GenericAlias):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return f'{annotation.__module__}.{annotation.__qualname__}'
    if isinstance(annotation, str):
        return repr(annotation)
    text = repr(annotation)
    if getattr(annotation, '__module__', None) == 'typing':
        text = text.replace('typing.', '')
    return text


def _signature_doc(cls, positional, keyword_only):
    def one(f):
        text = f'{f.name}: {_annotation_text(f.type)}'
        if f.default is not MISSING:
            return text + f' = {f.default!r}'
        if f.default_factory is not MISSING:
            return text + ' = <factory>'
        return text
    parts = [one(f) for f in positional]
    if keyword_only:
        parts.append('*')
        parts.extend(one(f) for f in keyword_only)
    return f"{cls.__name__}({', '.join(parts)})"


def _rebuild_with_slots(cls, field_names, weakref_slot):
    if '__slots__' in cls.__dict__:
        raise TypeError(f'{cls.__name__} already specifies __slots__')
    inherited = set()
    for base in cls.__mro__[1:-1]:
        slots = base.__dict__.get('__slots__', ())
        inherited.update((slots,) if isinstance(slots, str) else slots)
    wanted = tuple(field_names) + (('__weakref__',) if weakref_slot else ())
    namespace = dict(cls.__dict__)
    namespace['__slots__'] = tuple(n for n in wanted if n not in inherited)
    for name in tuple(field_names) + ('__dict__', '__weakref__'):
        namespace.pop(name, None)
    qualname = getattr(cls, '__qualname__', None)
    new_cls = type(cls)(cls.__name__, cls.__bases__, namespace)
    if qualname is not None:
        new_cls.__qualname__ = qualname
    return new_cls


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots,
                   weakref_slot):
    all_fields = {}
    cls.__dataclass_params__ = _DataclassParams(init, repr, eq, order, unsafe_hash, frozen)

    # Fields of dataclass bases come first, from the most basic class down.
    saw_frozen_base = False
    saw_thawed_base = False
    for base in reversed(cls.__mro__[1:]):
        inherited = base.__dict__.get('__dataclass_fields__')
        if inherited is None:
            continue
        for f in inherited.values():
            all_fields[f.name] = f
        if base.__dataclass_params__.frozen:
            saw_frozen_base = True
        else:
            saw_thawed_base = True

    annotations = cls.__dict__.get('__annotations__', {})
    own = []
    keyword_section = False
    for name, annotation in annotations.items():
        if _is_kw_only_marker(annotation, cls):
            if keyword_section:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY has already been specified')
            keyword_section = True
            continue
        own.append(_make_field(cls, name, annotation, kw_only or keyword_section))
    for f in own:
        all_fields[f.name] = f
        # The class attribute becomes the plain default (or goes away when there is none).
        if isinstance(cls.__dict__.get(f.name), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')

    if saw_frozen_base and not frozen:
        raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
    if saw_thawed_base and frozen:
        raise TypeError('cannot inherit frozen dataclass from a non-frozen one')

    cls.__dataclass_fields__ = all_fields

    own_hash = cls.__dict__.get('__hash__', MISSING)
    # A class body defining __eq__ gets __hash__ = None implicitly; that is not an explicit hash.
    explicit_hash = not (own_hash is MISSING or (own_hash is None and '__eq__' in cls.__dict__))

    if order and not eq:
        raise ValueError('eq must be true if order is true')

    init_fields = [f for f in all_fields.values() if f._field_type is not _FIELD_CLASSVAR]
    positional = [f for f in init_fields if f.init and not f.kw_only]
    keyword_only = [f for f in init_fields if f.init and f.kw_only]
    real = [f for f in all_fields.values() if f._field_type is _FIELD]

    made_init = init and not _install(cls, '__init__', _build_init(cls, init_fields, positional,
                                                                   keyword_only, frozen, slots))
    if repr:
        _install(cls, '__repr__', _build_repr([f for f in real if f.repr]))
    compared = [f.name for f in real if f.compare]
    if eq:
        _install(cls, '__eq__', _build_comparison('__eq__', lambda a, b: a == b, compared))
    if order:
        for method, compare in _ORDERINGS:
            if _install(cls, method, _build_comparison(method, compare, compared)):
                raise TypeError(f'Cannot overwrite attribute {method} in class {cls.__name__}. '
                                'Consider using functools.total_ordering')
    if frozen:
        for method in _build_frozen_methods(cls, [f.name for f in real]):
            if _install(cls, method.__name__, method):
                raise TypeError(f'Cannot overwrite attribute {method.__name__} in class {cls.__name__}')

    # __hash__, as the documentation's table for eq/frozen/unsafe_hash describes.
    if unsafe_hash:
        if explicit_hash:
            raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
        make_hash = True
    else:
        make_hash = eq and frozen and not explicit_hash
        if eq and not frozen and not explicit_hash:
            cls.__hash__ = None
    if make_hash:
        hashed = [f.name for f in real if (f.compare if f.hash is None else f.hash)]
        cls.__hash__ = _build_hash(hashed)
        cls.__hash__.__qualname__ = f'{cls.__qualname__}.__hash__'

    if not getattr(cls, '__doc__'):
        # CPython shows the constructor's signature; we can spell it for the __init__ we made.
        if made_init:
            cls.__doc__ = _signature_doc(cls, positional, keyword_only)
        elif cls.__init__ is object.__init__:
            cls.__doc__ = f'{cls.__name__}()'

    if match_args:
        _install(cls, '__match_args__', tuple(f.name for f in positional))

    if weakref_slot and not slots:
        raise TypeError('weakref_slot is True but slots is False')
    if slots:
        cls = _rebuild_with_slots(cls, [f.name for f in real], weakref_slot)
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False,
              match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Add dunder methods based on the fields defined in the class.

    Examines PEP 526 __annotations__ to determine fields.
    """
    def decorate(klass):
        return _process_class(klass, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
                              slots, weakref_slot)
    if cls is None:
        return decorate
    return decorate(cls)


# --- Inspecting and converting instances -------------------------------------------------------

def fields(class_or_instance):
    """Return a tuple describing the fields of this dataclass."""
    try:
        found = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in found.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), '__dataclass_fields__')


def is_dataclass(obj):
    """Returns True if obj is a dataclass or an instance of a dataclass."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, '__dataclass_fields__')


def _convert(value, pack):
    # Rebuild `value` with every dataclass instance inside replaced by pack(list of (name, value)),
    # recursing through lists, tuples, namedtuples and dicts; anything else is deep-copied.
    if _is_dataclass_instance(value):
        return pack([(f.name, _convert(getattr(value, f.name), pack)) for f in fields(value)])
    kind = type(value)
    if isinstance(value, tuple) and hasattr(value, '_fields'):
        return kind(*[_convert(item, pack) for item in value])
    if isinstance(value, (list, tuple)):
        return kind(_convert(item, pack) for item in value)
    if isinstance(value, dict):
        return kind((_convert(k, pack), _convert(v, pack)) for k, v in value.items())
    return _copy.deepcopy(value)


def asdict(obj, *, dict_factory=dict):
    """Return the fields of a dataclass instance as a new dictionary mapping field names to
    field values, converting nested dataclasses, lists, tuples and dicts recursively."""
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _convert(obj, dict_factory)


def astuple(obj, *, tuple_factory=tuple):
    """Return the fields of a dataclass instance as a new tuple of field values, converting
    nested dataclasses, lists, tuples and dicts recursively."""
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _convert(obj, lambda pairs: tuple_factory([v for _, v in pairs]))


def replace(obj, /, **changes):
    """Return a new object replacing specified fields with new values."""
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in obj.__dataclass_fields__.values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with init=False, it cannot be specified '
                                 'with replace()')
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f'InitVar {f.name!r} must be specified with replace()')
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True, eq=True,
                   order=False, unsafe_hash=False, frozen=False, match_args=True, kw_only=False,
                   slots=False, weakref_slot=False):
    """Return a new dynamically created dataclass; fields are names, (name, type) or
    (name, type, Field) items."""
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name, annotation = item, 'typing.Any'
        elif len(item) == 2:
            name, annotation = item
        elif len(item) == 3:
            name, annotation, spec = item
            defaults[name] = spec
        else:
            raise TypeError(f'Invalid field: {item!r}')
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f'Field names must be valid identifiers: {name!r}')
        if _keyword.iskeyword(name):
            raise TypeError(f'Field names must not be keywords: {name!r}')
        if name in annotations:
            raise TypeError(f'Field name duplicated: {name!r}')
        annotations[name] = annotation

    def fill(ns):
        ns.update(namespace or {})
        ns.update(defaults)
        ns['__annotations__'] = annotations
    cls = _types.new_class(cls_name, bases, {}, fill)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash, frozen=frozen,
                     match_args=match_args, kw_only=kw_only, slots=slots, weakref_slot=weakref_slot)

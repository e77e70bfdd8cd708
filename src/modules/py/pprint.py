# pprint for Moat: pprint, pformat, pp, saferepr, isreadable, isrecursive and PrettyPrinter
# (indent, width, depth, stream, compact, sort_dicts, underscore_numbers), with Python 3.11's
# layouts for dict, list, tuple, set, frozenset, str (split into adjacent literals), bytes,
# bytearray, OrderedDict, defaultdict, Counter, ChainMap, deque, UserDict, UserList, UserString,
# dataclasses (with a generated repr), SimpleNamespace and mappingproxy. Written for Moat from the
# library documentation and CPython's observable output, which tests/python/mod_pprint_*.py
# compare. Left out: the undocumented PrettyPrinter._dispatch table (subclasses cannot add to it).

import sys as _sys

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr", "PrettyPrinter", "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *, compact=False,
           sort_dicts=True, underscore_numbers=False):
    """Pretty-print object to stream (sys.stdout by default), followed by a newline."""
    PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth, compact=compact,
                  sort_dicts=sort_dicts, underscore_numbers=underscore_numbers).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True,
            underscore_numbers=False):
    """Return the pretty-printed representation of object as a string."""
    return PrettyPrinter(indent=indent, width=width, depth=depth, compact=compact,
                         sort_dicts=sort_dicts, underscore_numbers=underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """Like pprint(), but dictionaries keep their insertion order by default."""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    """Return a repr of object that shows recursive structures as <Recursion on ...>."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[0]


def isreadable(object):
    """Return True when the repr of object can be read back by eval()."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[1]


def isrecursive(object):
    """Return True when object contains itself."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[2]


class _Ordered:
    # Sort key that orders values of unrelated types by type name and id instead of failing.
    __slots__ = ['obj']

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        try:
            return self.obj < other.obj
        except TypeError:
            return ((str(type(self.obj)), id(self.obj)) <
                    (str(type(other.obj)), id(other.obj)))


def _item_key(item):
    return (_Ordered(item[0]), _Ordered(item[1]))


def _recursion(object):
    return "<Recursion on %s with id=%s>" % (type(object).__name__, id(object))


def _words(line):
    # The line cut after each run of whitespace: "ab  cd e" -> ["ab  ", "cd ", "e"].
    parts = []
    start = 0
    n = len(line)
    i = 0
    while i < n:
        while i < n and not line[i].isspace():
            i += 1
        while i < n and line[i].isspace():
            i += 1
        parts.append(line[start:i])
        start = i
    return parts


def _generated_dataclass_repr(object):
    # True for a dataclass instance whose repr is the one @dataclass wrote.
    import dataclasses
    if isinstance(object, type) or not dataclasses.is_dataclass(object):
        return False
    fn = getattr(type(object), '__repr__', None)
    fn = getattr(fn, '__wrapped__', fn)
    return ('__create_fn__' in getattr(fn, '__qualname__', '')
            or getattr(fn, '__module__', None) == 'dataclasses')


class _Out:
    # The text being built, written piece by piece.
    def __init__(self):
        self.parts = []
        self.write = self.parts.append

    def getvalue(self):
        return ''.join(self.parts)


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *, compact=False,
                 sort_dicts=True, underscore_numbers=False):
        """Make a pretty printer: indent is the indentation per nesting level, width the line
        width to aim for, depth the number of levels shown, stream where pprint() writes."""
        indent, width = int(indent), int(width)
        if indent < 0:
            raise ValueError('indent must be >= 0')
        if depth is not None and depth <= 0:
            raise ValueError('depth must be > 0')
        if not width:
            raise ValueError('width must be != 0')
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        self._stream = stream if stream is not None else _sys.stdout
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    def pprint(self, object):
        if self._stream is not None:
            self._stream.write(self.pformat(object) + "\n")

    def pformat(self, object):
        out = _Out()
        self._format(object, out, 0, 0, {}, 0)
        return out.getvalue()

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        s, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        """Return (repr, readable, recursive) for object; context holds the ids of the
        containers being formatted, maxlevels the depth limit, level the current depth."""
        return self._safe_repr(object, context, maxlevels, level)

    # --- multi-line layout -------------------------------------------------------------------

    def _format(self, object, stream, indent, allowance, context, level):
        # indent: column where object starts; allowance: characters that will follow it on its
        # last line (closing brackets, commas).
        key = id(object)
        if key in context:
            stream.write(_recursion(object))
            self._recursive = True
            self._readable = False
            return
        rep = self._repr(object, context, level)
        if len(rep) > self._width - indent - allowance:
            layout = self._layout_for(object)
            if layout is not None:
                context[key] = 1
                layout(self, object, stream, indent, allowance, context, level + 1)
                del context[key]
                return
        stream.write(rep)

    def _layout_for(self, object):
        cls = type(object)
        for base in cls.__mro__:
            layout = _LAYOUTS.get(base)
            if layout is not None:
                return layout if cls.__repr__ is base.__repr__ else None
        if _generated_dataclass_repr(object):
            return PrettyPrinter._pprint_dataclass
        return None

    def _repr(self, object, context, level):
        rep, readable, recursive = self.format(object, context.copy(), self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return rep

    def _pprint_dict(self, object, stream, indent, allowance, context, level):
        stream.write('{')
        if self._indent_per_level > 1:
            stream.write(' ' * (self._indent_per_level - 1))
        if len(object):
            items = object.items()
            if self._sort_dicts:
                items = sorted(items, key=_item_key)
            self._format_dict_items(list(items), stream, indent, allowance + 1, context, level)
        stream.write('}')

    def _pprint_ordered_dict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = type(object).__name__
        stream.write(name + '(')
        self._format(list(object.items()), stream, indent + len(name) + 1, allowance + 1,
                     context, level)
        stream.write(')')

    def _pprint_list(self, object, stream, indent, allowance, context, level):
        stream.write('[')
        self._format_items(object, stream, indent, allowance + 1, context, level)
        stream.write(']')

    def _pprint_tuple(self, object, stream, indent, allowance, context, level):
        stream.write('(')
        close = ',)' if len(object) == 1 else ')'
        self._format_items(object, stream, indent, allowance + len(close), context, level)
        stream.write(close)

    def _pprint_set(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        cls = type(object)
        if cls is set:
            stream.write('{')
            close = '}'
        else:
            stream.write(cls.__name__ + '({')
            close = '})'
            indent += len(cls.__name__) + 1
        items = sorted(object, key=_Ordered)
        self._format_items(items, stream, indent, allowance + len(close), context, level)
        stream.write(close)

    def _pprint_str(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        if level == 1:
            # At the top level the pieces are wrapped in parentheses.
            indent += 1
            allowance += 1
        width = self._width - indent
        pieces = []
        lines = object.splitlines(True)
        for i, line in enumerate(lines):
            last_line = i == len(lines) - 1
            room = width - allowance if last_line else width
            rep = repr(line)
            if len(rep) <= room:
                pieces.append(rep)
                continue
            words = _words(line)
            current = ''
            for j, word in enumerate(words):
                limit = width - allowance if (last_line and j == len(words) - 1) else width
                if len(repr(current + word)) > limit:
                    if current:
                        pieces.append(repr(current))
                    current = word
                else:
                    current += word
            if current:
                pieces.append(repr(current))
        if len(pieces) == 1:
            stream.write(rep)
            return
        if level == 1:
            stream.write('(')
        stream.write(('\n' + ' ' * indent).join(pieces))
        if level == 1:
            stream.write(')')

    def _pprint_bytes(self, object, stream, indent, allowance, context, level):
        if len(object) <= 4:
            stream.write(repr(object))
            return
        if level == 1:
            indent += 1
            allowance += 1
            stream.write('(')
        width = self._width - indent
        pieces = []
        current = b''
        last = len(object) // 4 * 4
        for i in range(0, len(object), 4):
            group = object[i:i + 4]
            if i == last:
                width -= allowance
            if len(repr(current + group)) > width:
                if current:
                    pieces.append(repr(current))
                current = group
            else:
                current += group
        if current:
            pieces.append(repr(current))
        stream.write(('\n' + ' ' * indent).join(pieces))
        if level == 1:
            stream.write(')')

    def _pprint_bytearray(self, object, stream, indent, allowance, context, level):
        stream.write('bytearray(')
        self._pprint_bytes(bytes(object), stream, indent + 10, allowance + 1, context, level + 1)
        stream.write(')')

    def _pprint_mappingproxy(self, object, stream, indent, allowance, context, level):
        stream.write('mappingproxy(')
        self._format(object.copy(), stream, indent + 13, allowance + 1, context, level)
        stream.write(')')

    def _pprint_simplenamespace(self, object, stream, indent, allowance, context, level):
        from types import SimpleNamespace
        name = 'namespace' if type(object) is SimpleNamespace else type(object).__name__
        stream.write(name + '(')
        self._format_namespace_items(list(object.__dict__.items()), stream,
                                     indent + len(name) + 1, allowance, context, level)
        stream.write(')')

    def _pprint_dataclass(self, object, stream, indent, allowance, context, level):
        import dataclasses
        name = type(object).__name__
        items = [(f.name, getattr(object, f.name)) for f in dataclasses.fields(object) if f.repr]
        stream.write(name + '(')
        self._format_namespace_items(items, stream, indent + len(name) + 1, allowance,
                                     context, level)
        stream.write(')')

    def _pprint_default_dict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        factory = self._repr(object.default_factory, context, level)
        name = type(object).__name__
        indent += len(name) + 1
        stream.write('%s(%s,\n%s' % (name, factory, ' ' * indent))
        self._pprint_dict(object, stream, indent, allowance + 1, context, level)
        stream.write(')')

    def _pprint_counter(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = type(object).__name__
        stream.write(name + '({')
        if self._indent_per_level > 1:
            stream.write(' ' * (self._indent_per_level - 1))
        self._format_dict_items(object.most_common(), stream, indent + len(name) + 1,
                                allowance + 2, context, level)
        stream.write('})')

    def _pprint_chain_map(self, object, stream, indent, allowance, context, level):
        maps = object.maps
        if not len(maps):
            stream.write(repr(object))
            return
        name = type(object).__name__
        stream.write(name + '(')
        indent += len(name) + 1
        for i, m in enumerate(maps):
            if i == len(maps) - 1:
                self._format(m, stream, indent, allowance + 1, context, level)
                stream.write(')')
            else:
                self._format(m, stream, indent, 1, context, level)
                stream.write(',\n' + ' ' * indent)

    def _pprint_deque(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = type(object).__name__
        stream.write(name + '([')
        indent += len(name) + 1
        if object.maxlen is None:
            self._format_items(object, stream, indent, allowance + 2, context, level)
            stream.write('])')
        else:
            self._format_items(object, stream, indent, 2, context, level)
            maxlen = self._repr(object.maxlen, context, level)
            stream.write('],\n%smaxlen=%s)' % (' ' * indent, maxlen))

    def _pprint_user_data(self, object, stream, indent, allowance, context, level):
        self._format(object.data, stream, indent, allowance, context, level - 1)

    def _format_dict_items(self, items, stream, indent, allowance, context, level):
        indent += self._indent_per_level
        separator = ',\n' + ' ' * indent
        last = len(items) - 1
        for i, (key, value) in enumerate(items):
            rep = self._repr(key, context, level)
            stream.write(rep + ': ')
            self._format(value, stream, indent + len(rep) + 2, allowance if i == last else 1,
                         context, level)
            if i != last:
                stream.write(separator)

    def _format_namespace_items(self, items, stream, indent, allowance, context, level):
        separator = ',\n' + ' ' * indent
        last = len(items) - 1
        for i, (name, value) in enumerate(items):
            stream.write(name + '=')
            if id(value) in context:
                # The namespace itself (or a container around it): shown as "...".
                stream.write('...')
            else:
                self._format(value, stream, indent + len(name) + 1,
                             allowance if i == last else 1, context, level)
            if i != last:
                stream.write(separator)

    def _format_items(self, items, stream, indent, allowance, context, level):
        indent += self._indent_per_level
        if self._indent_per_level > 1:
            stream.write(' ' * (self._indent_per_level - 1))
        newline = ',\n' + ' ' * indent
        items = list(items)
        # In compact mode, left is the room remaining on the current line.
        left = full = self._width - indent + 1
        separator = ''
        for i, item in enumerate(items):
            is_last = i == len(items) - 1
            if is_last:
                full -= allowance
                left -= allowance
            if self._compact:
                rep = self._repr(item, context, level)
                need = len(rep) + 2
                if left < need:
                    left = full
                    if separator:
                        separator = newline
                if left >= need:
                    left -= need
                    stream.write(separator + rep)
                    separator = ', '
                    continue
            stream.write(separator)
            separator = newline
            self._format(item, stream, indent, allowance if is_last else 1, context, level)

    # --- one-line repr -----------------------------------------------------------------------

    def _safe_repr(self, object, context, maxlevels, level):
        # Returns (repr, readable, recursive).
        cls = type(object)
        if cls in _SCALARS:
            return repr(object), True, False
        own_repr = getattr(cls, '__repr__', None)
        if issubclass(cls, int) and own_repr is int.__repr__:
            if self._underscore_numbers:
                return format(object, '_d'), True, False
            return repr(object), True, False
        if issubclass(cls, dict) and own_repr is dict.__repr__:
            if not object:
                return '{}', True, False
            shape = '{%s}'
            items = object.items()
            if self._sort_dicts:
                items = sorted(items, key=_item_key)
        elif ((issubclass(cls, list) and own_repr is list.__repr__)
              or (issubclass(cls, tuple) and own_repr is tuple.__repr__)):
            if not object:
                return ('[]' if issubclass(cls, list) else '()'), True, False
            if issubclass(cls, list):
                shape = '[%s]'
            else:
                shape = '(%s,)' if len(object) == 1 else '(%s)'
            items = object
        else:
            rep = repr(object)
            return rep, bool(rep) and not rep.startswith('<'), False
        key = id(object)
        if maxlevels and level >= maxlevels:
            return shape % '...', False, key in context
        if key in context:
            return _recursion(object), False, True
        context[key] = 1
        readable = True
        recursive = False
        parts = []
        level += 1
        if shape == '{%s}':
            for k, v in items:
                krep, kreadable, krecursive = self.format(k, context, maxlevels, level)
                vrep, vreadable, vrecursive = self.format(v, context, maxlevels, level)
                parts.append('%s: %s' % (krep, vrep))
                readable = readable and kreadable and vreadable
                recursive = recursive or krecursive or vrecursive
        else:
            for item in items:
                rep, item_readable, item_recursive = self.format(item, context, maxlevels, level)
                parts.append(rep)
                readable = readable and item_readable
                recursive = recursive or item_recursive
        del context[key]
        return shape % ', '.join(parts), readable, recursive


_SCALARS = {str, bytes, bytearray, float, bool, type(None)}
try:
    _SCALARS.add(complex)
except NameError:
    pass

_LAYOUTS = {
    dict: PrettyPrinter._pprint_dict,
    list: PrettyPrinter._pprint_list,
    tuple: PrettyPrinter._pprint_tuple,
    set: PrettyPrinter._pprint_set,
    frozenset: PrettyPrinter._pprint_set,
    str: PrettyPrinter._pprint_str,
    bytes: PrettyPrinter._pprint_bytes,
    bytearray: PrettyPrinter._pprint_bytearray,
}


def _add_layouts():
    # Library types get their layouts when their modules exist; a missing one is skipped.
    try:
        import collections as c
    except ImportError:
        c = None
    for module, name, layout in [
            (c, 'OrderedDict', PrettyPrinter._pprint_ordered_dict),
            (c, 'defaultdict', PrettyPrinter._pprint_default_dict),
            (c, 'Counter', PrettyPrinter._pprint_counter),
            (c, 'ChainMap', PrettyPrinter._pprint_chain_map),
            (c, 'deque', PrettyPrinter._pprint_deque),
            (c, 'UserDict', PrettyPrinter._pprint_user_data),
            (c, 'UserList', PrettyPrinter._pprint_user_data),
            (c, 'UserString', PrettyPrinter._pprint_user_data)]:
        cls = getattr(module, name, None)
        if cls is not None:
            _LAYOUTS[cls] = layout
    try:
        import types as t
    except ImportError:
        return
    for name, layout in [('SimpleNamespace', PrettyPrinter._pprint_simplenamespace),
                         ('MappingProxyType', PrettyPrinter._pprint_mappingproxy)]:
        cls = getattr(t, name, None)
        if cls is not None:
            _LAYOUTS[cls] = layout


_add_layouts()

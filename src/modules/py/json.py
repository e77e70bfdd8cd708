# json: dumps/dump, loads/load, JSONEncoder, JSONDecoder and JSONDecodeError, written for Moat from
# the library documentation, with CPython's output, error messages and error positions.
# The work is done in C (src/modules/json.c): `_scan` decodes a document and `_encode` encodes an
# object; this file keeps the classes and their options. The Python encoder below is only used for
# an indent with separators that are not str (CPython fails there in Python code, differently).
# Left out: iterencode yields the whole document as one chunk, and the json.encoder, json.decoder
# and json.tool submodules do not exist (the classes only report them as their __module__).

_c_scan, _c_encode = _scan, _encode
del _scan, _encode

__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']


class JSONDecodeError(ValueError):
    """A JSON document could not be parsed: msg says why, pos is the offset into doc, and
    lineno/colno (both counted from 1) locate that offset for people."""
    __module__ = 'json.decoder'  # where CPython defines it (shows in tracebacks)

    def __init__(self, msg, doc, pos):
        line = doc.count('\n', 0, pos) + 1
        column = pos - (doc.rfind('\n', 0, pos) + 1) + 1
        super().__init__(f'{msg}: line {line} column {column} (char {pos})')
        self.msg, self.doc, self.pos = msg, doc, pos
        self.lineno, self.colno = line, column

    def __reduce__(self):
        return (type(self), (self.msg, self.doc, self.pos))


_ESC = {'\\': '\\\\', '"': '\\"', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t'}


def _encode_basestring(s):
    out = ['"']
    for c in s:
        e = _ESC.get(c)
        if e is not None:
            out.append(e)
        elif c < ' ':
            out.append('\\u%04x' % ord(c))
        else:
            out.append(c)
    out.append('"')
    return ''.join(out)


def _encode_basestring_ascii(s):
    out = ['"']
    for c in s:
        if ' ' <= c <= '~' and c != '\\' and c != '"':
            out.append(c)
            continue
        e = _ESC.get(c)
        if e is not None:
            out.append(e)
            continue
        n = ord(c)
        if n < 0x10000:
            out.append('\\u%04x' % n)
        else:
            n -= 0x10000
            out.append('\\u%04x\\u%04x' % (0xd800 | ((n >> 10) & 0x3ff), 0xdc00 | (n & 0x3ff)))
    out.append('"')
    return ''.join(out)


class JSONEncoder:
    __module__ = 'json.encoder'
    # separators used when none are given; with an indent the item separator drops its space
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
                 sort_keys=False, indent=None, separators=None, default=None):
        options = dict(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
                       allow_nan=allow_nan, sort_keys=sort_keys, indent=indent)
        self.__dict__.update(options)
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        if isinstance(o, str):
            return _c_encode(o, None, ':', ',', False, False, self.ensure_ascii, True, False, None)
        indent = None
        if self.indent is not None:
            indent = self._indent_text()
            if not (isinstance(self.item_separator, str) and isinstance(self.key_separator, str)):
                return self._py_encode(o)
        return _c_encode(o, indent, self.key_separator, self.item_separator, self.sort_keys, self.skipkeys,
                         self.ensure_ascii, self.allow_nan, self.check_circular, self.default)

    def _py_encode(self, o):
        chunks = []
        self._encode(o, chunks, 0, [] if self.check_circular else None)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        return iter([self.encode(o)])

    def _floatstr(self, o):
        if o != o:
            text = 'NaN'
        elif o == float('inf'):
            text = 'Infinity'
        elif o == -float('inf'):
            text = '-Infinity'
        else:
            return float.__repr__(o)
        if not self.allow_nan:
            raise ValueError("Out of range float values are not JSON compliant: " + float.__repr__(o))
        return text

    def _encode(self, o, out, level, markers):
        if isinstance(o, str):
            out.append(_encode_basestring_ascii(o) if self.ensure_ascii else _encode_basestring(o))
        elif o is None:
            out.append('null')
        elif o is True:
            out.append('true')
        elif o is False:
            out.append('false')
        elif isinstance(o, int):
            out.append(int.__repr__(o))
        elif isinstance(o, float):
            out.append(self._floatstr(o))
        elif isinstance(o, (list, tuple)):
            self._encode_list(o, out, level, markers)
        elif isinstance(o, dict):
            self._encode_dict(o, out, level, markers)
        else:
            if markers is not None:
                markerid = id(o)
                if markerid in markers:
                    raise ValueError("Circular reference detected")
                markers.append(markerid)
            self._encode(self.default(o), out, level, markers)
            if markers is not None:
                markers.pop()

    def _indent_text(self):
        # a string is used as is; anything else is a count of spaces (so 2.5 fails as in CPython)
        indent = self.indent
        return indent if isinstance(indent, str) else ' ' * indent

    def _encode_list(self, lst, out, level, markers):
        if not lst:
            out.append('[]')
            return
        if markers is not None:
            markerid = id(lst)
            if markerid in markers:
                raise ValueError("Circular reference detected")
            markers.append(markerid)
        out.append('[')
        if self.indent is not None:
            level += 1
            newline_indent = '\n' + self._indent_text() * level
            separator = self.item_separator + newline_indent
            out.append(newline_indent)
        else:
            newline_indent = None
            separator = self.item_separator
        first = True
        for value in lst:
            if first:
                first = False
            else:
                out.append(separator)
            self._encode(value, out, level, markers)
        if newline_indent is not None:
            level -= 1
            out.append('\n' + self._indent_text() * level)
        out.append(']')
        if markers is not None:
            markers.pop()

    def _encode_dict(self, dct, out, level, markers):
        if not dct:
            out.append('{}')
            return
        if markers is not None:
            markerid = id(dct)
            if markerid in markers:
                raise ValueError("Circular reference detected")
            markers.append(markerid)
        out.append('{')
        if self.indent is not None:
            level += 1
            newline_indent = '\n' + self._indent_text() * level
            item_separator = self.item_separator + newline_indent
            out.append(newline_indent)
        else:
            newline_indent = None
            item_separator = self.item_separator
        first = True
        items = sorted(dct.items()) if self.sort_keys else dct.items()
        for key, value in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = self._floatstr(key)
            elif key is True:
                key = 'true'
            elif key is False:
                key = 'false'
            elif key is None:
                key = 'null'
            elif isinstance(key, int):
                key = int.__repr__(key)
            elif self.skipkeys:
                continue
            else:
                raise TypeError(f'keys must be str, int, float, bool or None, not {key.__class__.__name__}')
            if first:
                first = False
            else:
                out.append(item_separator)
            out.append(_encode_basestring_ascii(key) if self.ensure_ascii else _encode_basestring(key))
            out.append(self.key_separator)
            self._encode(value, out, level, markers)
        if newline_indent is not None:
            level -= 1
            out.append('\n' + self._indent_text() * level)
        out.append('}')
        if markers is not None:
            markers.pop()


def _no_default(o):
    raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None, indent=None,
          separators=None, default=None, sort_keys=False, **kw):
    if cls is None:
        if not kw and separators is None:
            # What JSONEncoder(...).encode(obj) does, without making the encoder.
            if isinstance(obj, str):
                return _c_encode(obj, None, ':', ',', False, False, ensure_ascii, True, False, None)
            if indent is not None and not isinstance(indent, str):
                indent = ' ' * indent
            return _c_encode(obj, indent, ': ', ', ' if indent is None else ',', sort_keys, skipkeys,
                             ensure_ascii, allow_nan, check_circular, _no_default if default is None else default)
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular, allow_nan=allow_nan,
               indent=indent, separators=separators, default=default, sort_keys=sort_keys, **kw).encode(obj)


def dump(obj, fp, **kw):
    fp.write(dumps(obj, **kw))


# ---- decoding -------------------------------------------------------------------------------------

_WS = ' \t\n\r'


class JSONDecoder:
    __module__ = 'json.decoder'

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None, strict=True,
                 object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        if not isinstance(s, str):
            raise TypeError(f'expected string or bytes-like object, got {s.__class__.__name__!r}')
        if type(self).raw_decode is JSONDecoder.raw_decode:
            return _c_scan(s, 0, True, self.strict, self.object_hook, self.object_pairs_hook, self.parse_float,
                           self.parse_int, self.parse_constant, JSONDecodeError)
        # a subclass's own raw_decode is used as CPython does
        obj, end = self.raw_decode(s, _skip_ws(s, 0))
        end = _skip_ws(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        if not isinstance(s, str):
            raise TypeError(f'first argument must be a string, not {s.__class__.__name__}')
        return _c_scan(s, idx, False, self.strict, self.object_hook, self.object_pairs_hook, self.parse_float,
                       self.parse_int, self.parse_constant, JSONDecodeError)


_CONSTANTS = {'-Infinity': float('-inf'), 'Infinity': float('inf'), 'NaN': float('nan')}
_get_constant = _CONSTANTS.__getitem__


def _skip_ws(s, i):
    n = len(s)
    while i < n and s[i] in _WS:
        i += 1
    return i


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
          object_pairs_hook=None, **kw):
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    else:
        if not isinstance(s, (bytes, bytearray)):
            raise TypeError(f'the JSON object must be str, bytes or bytearray, not {s.__class__.__name__}')
        s = s.decode('utf-8')
    if cls is None:
        if not kw and object_hook is None and parse_float is None and parse_int is None and \
                parse_constant is None and object_pairs_hook is None:
            return _c_scan(s, 0, True, True, None, None, None, None, _get_constant, JSONDecodeError)
        cls = JSONDecoder
    return cls(object_hook=object_hook, parse_float=parse_float, parse_int=parse_int,
               parse_constant=parse_constant, object_pairs_hook=object_pairs_hook, **kw).decode(s)


def load(fp, **kw):
    return loads(fp.read(), **kw)

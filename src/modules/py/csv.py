"""CSV parsing and writing.

Moat's own implementation of Python 3.11's csv module, written from the library documentation and
the observed behaviour of CPython 3.11 (results, error types and messages)."""
# Layout: CPython splits the module into a C part (_csv: reader, writer, Dialect, Error, the dialect
# registry, field_size_limit) and a Python part (csv: Dialect classes, DictReader, DictWriter,
# Sniffer). Here both live in this file; the classes standing in for _csv's types report '_csv' as
# their module and CPython's type names, so tracebacks and type(e).__name__ read the same.
#
# The reader is the state machine the documentation describes (quoted fields with embedded
# delimiters, quotes and newlines, records spanning lines), but it moves through a line with
# str.find/str.split rather than one character at a time: a line without quote or escape
# characters is split in one call, and inside a field the parser jumps straight to the next
# character that can change its state. That keeps the common path to a few string operations per
# line, which matters because the parser runs as bytecode.

__all__ = ['QUOTE_MINIMAL', 'QUOTE_ALL', 'QUOTE_NONNUMERIC', 'QUOTE_NONE', 'Error', 'Dialect',
           '__doc__', 'excel', 'excel_tab', 'field_size_limit', 'reader', 'writer',
           'register_dialect', 'get_dialect', 'list_dialects', 'Sniffer', 'unregister_dialect',
           '__version__', 'DictReader', 'DictWriter', 'unix_dialect']

__version__ = '1.0'

QUOTE_MINIMAL = 0
QUOTE_ALL = 1
QUOTE_NONNUMERIC = 2
QUOTE_NONE = 3

# The default of field_size_limit(), as in CPython: the longest field the reader accepts.
_field_limit = 131072


class Error(Exception):
    """Raised by the reader, the writer and the dialect registry on malformed data or names."""
    __module__ = '_csv'


_registry = {}

# Keyword names a dialect accepts, in the order CPython converts them (alphabetical): when several
# are wrong, the first in this order is the one reported.
_PARAM_NAMES = ('delimiter', 'doublequote', 'escapechar', 'lineterminator', 'quotechar',
                'quoting', 'skipinitialspace', 'strict')
_DEFAULTS = {'delimiter': ',', 'doublequote': True, 'escapechar': None, 'lineterminator': '\r\n',
             'quotechar': '"', 'quoting': QUOTE_MINIMAL, 'skipinitialspace': False, 'strict': False}


def _one_char(name, value, none_ok):
    # A single character parameter; the result is a plain str even for a str subclass.
    if value is None and none_ok:
        return None
    if not isinstance(value, str):
        if none_ok:
            raise TypeError('"%s" must be string or None, not %s' % (name, type(value).__name__))
        raise TypeError('"%s" must be string, not %s' % (name, type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value[0]


def _check_kwargs(kwargs):
    for key in kwargs:
        if key not in _DEFAULTS:
            raise TypeError("'%s' is an invalid keyword argument for this function" % key)


def _dialect_from(dialect, kwargs):
    """Returns a (new or shared) _csv.Dialect for a dialect argument (None, a registered name, a
    _csv.Dialect or any object with dialect attributes) overridden by keyword parameters."""
    _check_kwargs(kwargs)
    if dialect is not None:
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)
        if isinstance(dialect, _Dialect) and not kwargs:
            return dialect
    values = {}
    for name in _PARAM_NAMES:
        if name in kwargs:
            values[name] = kwargs[name]
        elif dialect is not None:
            try:
                values[name] = getattr(dialect, name)
            except AttributeError:
                pass
    quoting_given = 'quoting' in values
    get = values.get
    delimiter = _one_char('delimiter', get('delimiter', ','), False)
    doublequote = bool(get('doublequote', True))
    escapechar = _one_char('escapechar', get('escapechar'), True)
    lineterminator = get('lineterminator', '\r\n')
    if lineterminator is not None and not isinstance(lineterminator, str):
        raise TypeError('"lineterminator" must be a string')
    quotechar = _one_char('quotechar', get('quotechar', '"'), True)
    quoting = get('quoting', QUOTE_MINIMAL)
    if type(quoting) is not int:
        raise TypeError('"quoting" must be an integer')
    if quoting >= 2 ** 31 or quoting < -2 ** 31:
        raise OverflowError('Python int too large to convert to C int')
    skipinitialspace = bool(get('skipinitialspace', False))
    strict = bool(get('strict', False))
    # Without an explicit quoting, quotechar=None means "no quoting at all".
    if quotechar is None and not quoting_given:
        quoting = QUOTE_NONE
    if quoting < 0 or quoting > 3:
        raise TypeError('bad "quoting" value')
    if quotechar is None and quoting != QUOTE_NONE:
        raise TypeError('quotechar must be set if quoting enabled')
    if lineterminator is None:
        raise TypeError('lineterminator must be set')
    d = object.__new__(_Dialect)
    d._set(delimiter, doublequote, escapechar, lineterminator, quotechar, quoting,
           skipinitialspace, strict)
    return d


class _Dialect:
    """CPython's _csv.Dialect: an immutable, validated set of format parameters."""
    __slots__ = ('delimiter', 'doublequote', 'escapechar', 'lineterminator', 'quotechar',
                 'quoting', 'skipinitialspace', 'strict')

    def __new__(cls, *args, **kwargs):
        if len(args) > 1:
            raise TypeError('Dialect() takes at most 1 argument (%d given)' % len(args))
        dialect = args[0] if args else kwargs.pop('dialect', None)
        return _dialect_from(dialect, kwargs)

    def _set(self, delimiter, doublequote, escapechar, lineterminator, quotechar, quoting,
             skipinitialspace, strict):
        put = object.__setattr__
        put(self, 'delimiter', delimiter)
        put(self, 'doublequote', doublequote)
        put(self, 'escapechar', escapechar)
        put(self, 'lineterminator', lineterminator)
        put(self, 'quotechar', quotechar)
        put(self, 'quoting', quoting)
        put(self, 'skipinitialspace', skipinitialspace)
        put(self, 'strict', strict)

    def __setattr__(self, name, value):
        if name in _DEFAULTS:
            raise AttributeError("attribute '%s' of '_csv.Dialect' objects is not writable" % name)
        raise AttributeError("'_csv.Dialect' object has no attribute '%s'" % name)

    def __getattr__(self, name):
        # Only reached for names that are not format parameters.
        raise AttributeError("'_csv.Dialect' object has no attribute '%s'" % name)

    def __delattr__(self, name):
        self.__setattr__(name, None)


_Dialect.__name__ = 'Dialect'
_Dialect.__qualname__ = 'Dialect'
_Dialect.__module__ = '_csv'


def register_dialect(*args, **kwargs):
    """register_dialect(name, dialect=None, **fmtparams): make a dialect available by name."""
    if len(args) < 1:
        raise TypeError(' expected at least 1 argument, got %d' % len(args))
    if len(args) > 2:
        raise TypeError(' expected at most 2 arguments, got %d' % len(args))
    name = args[0]
    if not isinstance(name, str):
        raise TypeError('dialect name must be a string')
    dialect = args[1] if len(args) > 1 else None
    _registry[name] = _dialect_from(dialect, kwargs)


def _name_argument(func, args, kwargs):
    # The single 'name' argument of get_dialect()/unregister_dialect(), with CPython's errors.
    for key in kwargs:
        if key != 'name':
            raise TypeError("%s() got an unexpected keyword argument '%s'" % (func, key))
    count = len(args) + len(kwargs)
    if count > 1:
        raise TypeError('%s() takes at most 1 argument (%d given)' % (func, count))
    if count == 0:
        raise TypeError("%s() missing required argument 'name' (pos 1)" % func)
    return args[0] if args else kwargs['name']


def unregister_dialect(*args, **kwargs):
    """unregister_dialect(name): remove a registered dialect; Error if it is not registered."""
    name = _name_argument('unregister_dialect', args, kwargs)
    if isinstance(name, str) and name in _registry:
        del _registry[name]
        return
    raise Error('unknown dialect')


def get_dialect(*args, **kwargs):
    """get_dialect(name): the registered _csv.Dialect called name; Error if there is none."""
    name = _name_argument('get_dialect', args, kwargs)
    if isinstance(name, str):
        d = _registry.get(name)
        if d is not None:
            return d
    raise Error('unknown dialect')


def list_dialects(*args):
    """The names of the registered dialects."""
    if args:
        raise TypeError('_csv.list_dialects() takes no arguments (%d given)' % len(args))
    return list(_registry)


def field_size_limit(*args, **kwargs):
    """field_size_limit([new_limit]): returns the current limit and optionally sets a new one."""
    global _field_limit
    for key in kwargs:
        if key != 'new_limit':
            raise TypeError("'%s' is an invalid keyword argument for field_size_limit()" % key)
    count = len(args) + len(kwargs)
    if count > 1:
        raise TypeError('field_size_limit() takes at most 1 argument (%d given)' % count)
    old = _field_limit
    if count:
        limit = args[0] if args else kwargs['new_limit']
        if type(limit) is not int:
            raise TypeError('limit must be an integer')
        if limit >= 2 ** 63 or limit < -2 ** 63:
            raise OverflowError('Python int too large to convert to C long')
        _field_limit = limit
    return old


def _dialect_argument(args, kwargs, name):
    # (first argument, dialect) for reader()/writer(), with CPython's argument errors.
    if len(args) < 1:
        raise TypeError(' expected at least 1 argument, got %d' % len(args))
    if len(args) > 2:
        raise TypeError(' expected at most 2 arguments, got %d' % len(args))
    dialect = None
    if 'dialect' in kwargs:
        if len(args) == 2:
            raise TypeError("argument for function given by name ('dialect') and position (1)")
        kwargs = dict(kwargs)
        dialect = kwargs.pop('dialect')
    elif len(args) == 2:
        dialect = args[1]
    return dialect, kwargs


# Reader states.
_START_RECORD = 0
_START_FIELD = 1
_ESCAPED_CHAR = 2
_IN_FIELD = 3
_IN_QUOTED_FIELD = 4
_ESCAPE_IN_QUOTED_FIELD = 5
_QUOTE_IN_QUOTED_FIELD = 6
_EAT_CRNL = 7
_AFTER_ESCAPED_CRNL = 8

_NEWLINE_IN_FIELD = ("new-line character seen in unquoted field - "
                     "do you need to open the file in universal-newline mode?")


def _too_long():
    return Error('field larger than field limit (%d)' % _field_limit)


class _Reader:
    """CPython's _csv.reader: iterates over the records of an iterable of lines."""

    def __init__(self, lines, dialect):
        self._lines = lines
        self._dialect = dialect
        self._line_num = 0
        d = dialect
        self._d = d.delimiter
        self._q = d.quotechar if d.quoting != QUOTE_NONE else None
        self._e = d.escapechar
        self._skip = d.skipinitialspace
        self._nonnum = d.quoting == QUOTE_NONNUMERIC
        self._dq = d.doublequote
        self._strict = d.strict
        # A line can be split in one go unless the delimiter doubles as a line break, or spaces
        # after a space delimiter are skipped.
        self._split_ok = (self._d not in '\r\n' and not (self._skip and self._d == ' '))

    @property
    def line_num(self):
        return self._line_num

    @line_num.setter
    def line_num(self, value):
        raise AttributeError('readonly attribute')

    @property
    def dialect(self):
        return self._dialect

    @dialect.setter
    def dialect(self, value):
        raise AttributeError('readonly attribute')

    def __iter__(self):
        return self

    def __next__(self):
        lines = self._lines
        state = _START_RECORD
        fields = []
        buf = ''
        numeric = False
        d = self._d
        q = self._q
        e = self._e
        limit = _field_limit
        while True:
            try:
                line = next(lines)
            except StopIteration:
                if state != _START_RECORD and (buf or state == _IN_QUOTED_FIELD):
                    if self._strict:
                        raise Error('unexpected end of data')
                    fields.append(float(buf) if numeric else buf)
                    return fields
                raise
            if not isinstance(line, str):
                raise Error('iterator should return strings, not %s '
                            '(the file should be opened in text mode)' % type(line).__name__)
            self._line_num += 1
            if (state == _START_RECORD and self._split_ok and (q is None or q not in line)
                    and (e is None or e not in line)):
                # The common case: a line without quote or escape characters is one record,
                # split in one call, unless it has a line break before its end or a field
                # longer than the limit (then the state machine reports it).
                body = line
                last = line[-1:]
                if last == '\n' or last == '\r':
                    body = line.rstrip('\r\n')
                if '\n' not in body and '\r' not in body and len(body) <= limit:
                    if not body:
                        return []
                    record = body.split(d)
                    if self._skip:
                        record = [f.lstrip(' ') for f in record]
                    if self._nonnum:
                        record = [float(f) if f else '' for f in record]
                    return record
            n = len(line)
            i = 0
            # Next positions of the delimiter, quote, escape and line-break characters at or
            # after i (n: none left); refreshed only once i has passed them.
            pd = pq = pe = pn = -1
            while True:
                if state == _IN_FIELD or state == _AFTER_ESCAPED_CRNL:
                    if pd < i:
                        pd = line.find(d, i)
                        if pd < 0:
                            pd = n
                    j = pd
                    if e is not None:
                        if pe < i:
                            pe = line.find(e, i)
                            if pe < 0:
                                pe = n
                        if pe < j:
                            j = pe
                    if pn < i:
                        a = line.find('\n', i)
                        b = line.find('\r', i)
                        if a < 0:
                            a = n
                        if 0 <= b < a:
                            a = b
                        pn = a
                    if pn < j:
                        j = pn
                    if j > i:
                        buf += line[i:j]
                        if len(buf) > limit:
                            raise _too_long()
                        i = j
                    if i == n:
                        if state == _AFTER_ESCAPED_CRNL:
                            # CPython 3.11 stays in this state for the rest of the field, so
                            # the end of a line does not end the field (nor the record).
                            break
                        fields.append(float(buf) if numeric else buf)
                        buf = ''
                        numeric = False
                        state = _START_RECORD
                        break
                    c = line[i]
                    i += 1
                    if c == '\n' or c == '\r':
                        fields.append(float(buf) if numeric else buf)
                        buf = ''
                        numeric = False
                        state = _EAT_CRNL
                    elif c == e:
                        state = _ESCAPED_CHAR
                    else:
                        fields.append(float(buf) if numeric else buf)
                        buf = ''
                        numeric = False
                        state = _START_FIELD
                elif state == _START_FIELD:
                    if i == n:
                        fields.append(buf)
                        state = _START_RECORD
                        break
                    c = line[i]
                    if c == '\n' or c == '\r':
                        fields.append(buf)
                        state = _EAT_CRNL
                        i += 1
                    elif c == q:
                        # A quoted field closed on this line by a single quote that a delimiter
                        # or the line's end follows is saved at once; anything else goes
                        # through the quoted-field states.
                        j = line.find(q, i + 1)
                        if (j > 0 and self._dq and j - i - 1 <= limit
                                and (e is None or (e != q and line.find(e, i + 1, j) < 0))):
                            after = line[j + 1:j + 2]
                            if after != q:
                                if after == d:
                                    fields.append(line[i + 1:j])
                                    i = j + 2
                                    continue
                                if after == '':
                                    fields.append(line[i + 1:j])
                                    state = _START_RECORD
                                    break
                                if after == '\n' or after == '\r':
                                    fields.append(line[i + 1:j])
                                    state = _EAT_CRNL
                                    i = j + 2
                                    continue
                        state = _IN_QUOTED_FIELD
                        i += 1
                    elif c == e:
                        state = _ESCAPED_CHAR
                        i += 1
                    elif c == ' ' and self._skip:
                        i += 1
                    elif c == d:
                        fields.append(buf)
                        i += 1
                    else:
                        numeric = self._nonnum
                        state = _IN_FIELD
                elif state == _IN_QUOTED_FIELD:
                    if pq < i:
                        pq = line.find(q, i)
                        if pq < 0:
                            pq = n
                    j = pq
                    if e is not None:
                        if pe < i:
                            pe = line.find(e, i)
                            if pe < 0:
                                pe = n
                        if pe < j:
                            j = pe
                    if j > i:
                        buf += line[i:j]
                        if len(buf) > limit:
                            raise _too_long()
                        i = j
                    if i == n:
                        break
                    c = line[i]
                    i += 1
                    if c == e:
                        state = _ESCAPE_IN_QUOTED_FIELD
                    elif self._dq:
                        state = _QUOTE_IN_QUOTED_FIELD
                    else:
                        state = _IN_FIELD
                elif state == _QUOTE_IN_QUOTED_FIELD:
                    if i == n:
                        fields.append(buf)
                        buf = ''
                        state = _START_RECORD
                        break
                    c = line[i]
                    i += 1
                    if c == q:
                        if len(buf) >= limit:
                            raise _too_long()
                        buf += c
                        state = _IN_QUOTED_FIELD
                    elif c == d:
                        fields.append(buf)
                        buf = ''
                        state = _START_FIELD
                    elif c == '\n' or c == '\r':
                        fields.append(buf)
                        buf = ''
                        state = _EAT_CRNL
                    elif not self._strict:
                        if len(buf) >= limit:
                            raise _too_long()
                        buf += c
                        state = _IN_FIELD
                    else:
                        raise Error("'%s' expected after '%s'" % (d, q))
                elif state == _START_RECORD:
                    if i == n:
                        break
                    c = line[i]
                    if c == '\n' or c == '\r':
                        state = _EAT_CRNL
                        i += 1
                    else:
                        state = _START_FIELD
                elif state == _EAT_CRNL:
                    if i == n:
                        state = _START_RECORD
                        break
                    c = line[i]
                    if c == '\n' or c == '\r':
                        i += 1
                    else:
                        raise Error(_NEWLINE_IN_FIELD)
                elif state == _ESCAPED_CHAR:
                    if len(buf) >= limit:
                        raise _too_long()
                    if i == n:
                        # An escape at the end of the line stands for a newline, and the field
                        # goes on in the next line.
                        buf += '\n'
                        state = _IN_FIELD
                        break
                    c = line[i]
                    i += 1
                    buf += c
                    if c == '\n' or c == '\r':
                        state = _AFTER_ESCAPED_CRNL
                    else:
                        state = _IN_FIELD
                elif state == _ESCAPE_IN_QUOTED_FIELD:
                    if len(buf) >= limit:
                        raise _too_long()
                    state = _IN_QUOTED_FIELD
                    if i == n:
                        buf += '\n'
                        break
                    buf += line[i]
                    i += 1
            if state == _START_RECORD:
                return fields


_Reader.__name__ = 'reader'
_Reader.__qualname__ = 'reader'
_Reader.__module__ = '_csv'


def reader(*args, **kwargs):
    """reader(iterable, dialect='excel', **fmtparams): an iterator over the records (lists of
    str) in an iterable of lines, such as a file opened with newline=''."""
    dialect, kwargs = _dialect_argument(args, kwargs, 'reader')
    lines = iter(args[0])
    return _Reader(lines, _dialect_from(dialect, kwargs))


def _is_number(value):
    if isinstance(value, (int, float, complex)):
        return True
    t = type(value)
    return hasattr(t, '__index__') or hasattr(t, '__int__') or hasattr(t, '__float__')


class _NotPlain(Exception):
    pass


def _plain_text(value):
    # The text of None, int, float and bool, whose str() has no side effects (so the writer may
    # compute it twice); anything else raises _NotPlain and takes the field-by-field path.
    if value is None:
        return ''
    t = type(value)
    if t is int or t is float or t is bool:
        return str(value)
    raise _NotPlain()


class _Writer:
    """CPython's _csv.writer: formats rows and passes each line to the file's write()."""

    def __init__(self, write, dialect):
        self._write = write
        self._dialect = dialect
        d = dialect
        self._d = d.delimiter
        self._q = d.quotechar
        self._e = d.escapechar
        self._quoting = d.quoting
        self._dq = d.doublequote
        self._term = d.lineterminator
        special = [d.delimiter]
        if d.quotechar is not None:
            special.append(d.quotechar)
        if d.escapechar is not None:
            special.append(d.escapechar)
        for c in d.lineterminator:
            special.append(c)
        # Characters that force quoting or escaping, each once; _others leaves out the delimiter,
        # and _transformed holds those that change even inside quotes (quote and escape).
        self._special = ''.join(sorted(set(special)))
        self._others = self._special.replace(d.delimiter, '')
        self._transformed = [c for c in (d.quotechar, d.escapechar) if c is not None]
        # When the delimiter, quote, escape and line terminator characters are all different,
        # a field is transformed with str.replace instead of character by character.
        roles = [c for c in (d.delimiter, d.quotechar, d.escapechar) if c is not None]
        self._distinct = (len(set(roles)) == len(roles)
                          and not set(roles) & set(d.lineterminator))
        self._triggers = [c for c in self._special if c != d.quotechar and c != d.escapechar]

    @property
    def dialect(self):
        return self._dialect

    @dialect.setter
    def dialect(self, value):
        raise AttributeError('readonly attribute')

    def _field(self, s, quoted):
        # (text, quoted) for a field that holds at least one special character.
        q = self._q
        e = self._e
        if self._distinct:
            if self._quoting == QUOTE_NONE:
                if e is None:
                    raise Error('need to escape, but no escapechar set')
                s = s.replace(e, e + e)
                for c in self._special:
                    if c != e and c in s:
                        s = s.replace(c, e + c)
                return s, quoted
            if e is not None and e in s:
                s = s.replace(e, e + e)
            if q in s:
                if self._dq:
                    s = s.replace(q, q + q)
                    return s, True
                if e is None:
                    raise Error('need to escape, but no escapechar set')
                s = s.replace(q, e + q)
            if not quoted:
                for c in self._triggers:
                    if c in s:
                        return s, True
            return s, quoted
        d = self._d
        term = self._term
        none = self._quoting == QUOTE_NONE
        out = []
        for c in s:
            if c == d or c == e or c == q or c in term:
                escape = False
                if none:
                    escape = True
                else:
                    if c == q:
                        if self._dq:
                            out.append(q)
                        else:
                            escape = True
                    elif c == e:
                        escape = True
                    if not escape:
                        quoted = True
                if escape:
                    if e is None:
                        raise Error('need to escape, but no escapechar set')
                    out.append(e)
            out.append(c)
        return ''.join(out), quoted

    def writerow(self, *args, **kwargs):
        if kwargs:
            raise TypeError('writer.writerow() takes no keyword arguments')
        if len(args) != 1:
            raise TypeError('writer.writerow() takes exactly one argument (%d given)' % len(args))
        return self._row(args[0])

    def _row(self, row):
        quoting = self._quoting
        if (type(row) is list or type(row) is tuple) and row and quoting != QUOTE_NONNUMERIC:
            # Fast path: the whole line is joined first and searched once for characters that
            # need quoting or escaping; only rows that have some go through the field loop.
            try:
                texts = [f if type(f) is str else _plain_text(f) for f in row]
            except Exception:
                texts = None
            if texts is not None:
                d = self._d
                line = d.join(texts)
                if quoting == QUOTE_ALL:
                    for c in self._transformed:
                        if c in line:
                            break
                    else:
                        q = self._q
                        return self._write(q + (q + d + q).join(texts) + q + self._term)
                elif line.count(d) == len(texts) - 1 and (len(texts) > 1 or line):
                    for c in self._others:
                        if c in line:
                            break
                    else:
                        return self._write(line + self._term)
            if texts is not None:
                # Only the special characters somewhere in the line need looking for.
                special = [c for c in self._special if c in line]
            else:
                special = self._special
        else:
            special = self._special
        try:
            fields = iter(row)
        except TypeError:
            raise Error('iterable expected, not %s' % type(row).__name__) from None
        q = self._q
        parts = []
        s = ''
        for field in fields:
            if quoting == QUOTE_ALL:
                quoted = True
            elif quoting == QUOTE_NONNUMERIC:
                quoted = not _is_number(field)
            else:
                quoted = False
            if field is None:
                s = ''
            elif isinstance(field, str):
                s = field
            else:
                s = str(field)
            for c in special:
                if c in s:
                    s, quoted = self._field(s, quoted)
                    break
            if quoted:
                s = q + s + q
            parts.append(s)
        if len(parts) == 1 and s == '':
            if quoting == QUOTE_NONE:
                raise Error('single empty field record must be quoted')
            parts[0] = q + q
        return self._write(self._d.join(parts) + self._term)

    def writerows(self, *args, **kwargs):
        if kwargs:
            raise TypeError('writer.writerows() takes no keyword arguments')
        if len(args) != 1:
            raise TypeError('writer.writerows() takes exactly one argument (%d given)' % len(args))
        put = self._row
        for row in args[0]:
            put(row)


_Writer.__name__ = 'writer'
_Writer.__qualname__ = 'writer'
_Writer.__module__ = '_csv'


def writer(*args, **kwargs):
    """writer(fileobj, dialect='excel', **fmtparams): an object whose writerow()/writerows()
    write delimited lines to fileobj (any object with a write() method)."""
    dialect, kwargs = _dialect_argument(args, kwargs, 'writer')
    write = getattr(args[0], 'write', None)
    if write is None or not callable(write):
        raise TypeError('argument 1 must have a "write" method')
    return _Writer(write, _dialect_from(dialect, kwargs))


class Dialect:
    """Describe a CSV dialect: subclass it and set the format attributes as class attributes."""
    _name = ''
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if type(self) is not Dialect:
            self._valid = True
        try:
            _Dialect(self)
        except TypeError as exc:
            raise Error(str(exc))


class excel(Dialect):
    """The usual properties of an Excel-generated CSV file."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    """The usual properties of an Excel-generated TAB-delimited file."""
    delimiter = '\t'


class unix_dialect(Dialect):
    """The usual properties of a CSV file generated on UNIX systems: every field quoted, lines
    ending in '\\n'."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


register_dialect('excel', excel)
register_dialect('excel-tab', excel_tab)
register_dialect('unix', unix_dialect)


class DictReader:
    """Reads records as dicts keyed by fieldnames (by default the first record)."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect='excel',
                 *args, **kwds):
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.restkey, self.restval = restkey, restval
        self._fieldnames = fieldnames
        self.line_num = 0

    def _get_fieldnames(self):
        # The header is read on first use (None for an empty input); every access copies the
        # reader's line number, as CPython's property does.
        if self._fieldnames is None:
            self._fieldnames = next(self.reader, None)
        self.line_num = self.reader.line_num
        return self._fieldnames

    def _set_fieldnames(self, value):
        self._fieldnames = value

    fieldnames = property(_get_fieldnames, _set_fieldnames)

    def __iter__(self):
        return self

    def __next__(self):
        if not self.line_num:
            self._get_fieldnames()
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while not row:
            row = next(self.reader)
        names = self._fieldnames
        if names is None:
            names = self._get_fieldnames()
        else:
            self.line_num = self.reader.line_num
        record = dict(zip(names, row))
        width = len(names)
        if len(row) > width:
            record[self.restkey] = row[width:]
        else:
            for name in names[len(row):]:
                record[name] = self.restval
        return record


class DictWriter:
    """Writes dicts as records, in the order of fieldnames."""

    def __init__(self, f, fieldnames, restval='', extrasaction='raise', dialect='excel',
                 *args, **kwds):
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ('raise', 'ignore'):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        names = self.fieldnames
        return self.writerow(dict(zip(names, names)))

    def _values(self, rowdict):
        names = self.fieldnames
        if self.extrasaction == 'raise':
            unknown = rowdict.keys() - names
            if unknown:
                raise ValueError('dict contains fields not in fieldnames: '
                                 + ', '.join([repr(k) for k in unknown]))
        fill = self.restval
        return (rowdict.get(name, fill) for name in names)

    def writerow(self, rowdict):
        return self.writer.writerow(self._values(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._values, rowdicts))


class Sniffer:
    """Guesses the format of CSV text: sniff() deduces a dialect, has_header() whether the first
    row looks like column names. Moat's own heuristics (see docs/modules.md): on clear samples
    they agree with CPython's, on ambiguous ones they may choose differently."""

    def __init__(self):
        # Delimiters that win ties, most preferred first.
        self.preferred = [',', '\t', ';', ' ', ':']

    def sniff(self, sample, delimiters=None):
        """A Dialect subclass describing sample; Error if no delimiter can be found."""
        quotechar, delimiter, skip, doublequote = self._from_quotes(sample, delimiters)
        if delimiter is None:
            delimiter, skip = self._from_counts(sample, delimiters, quotechar)
        if delimiter is None:
            raise Error('Could not determine delimiter')

        class dialect(Dialect):
            _name = 'sniffed'
            lineterminator = '\r\n'
            quoting = QUOTE_MINIMAL

        dialect.delimiter = delimiter
        dialect.quotechar = quotechar or '"'
        dialect.doublequote = doublequote
        dialect.skipinitialspace = skip
        return dialect

    def _lines(self, sample):
        # Lines end at '\n' only: a '\r' before it stays part of the line, as in CPython,
        # where it keeps a quote at the end of a '\r\n' line from counting as a closed field.
        return [line for line in sample.split('\n') if line]

    def _from_quotes(self, sample, delimiters):
        # Looks for quoted fields: a quote character at the start of a line or after a
        # delimiter (and maybe one space), closed by the same character before a delimiter or
        # the end of the line. Returns (quotechar, delimiter, skipinitialspace, doublequote),
        # with None for what the quotes do not tell.
        seen = []
        for line in self._lines(sample):
            n = len(line)
            i = 0
            while i < n:
                q = line[i]
                if q != '"' and q != "'":
                    i += 1
                    continue
                before = None
                space = False
                k = i - 1
                if k >= 0 and line[k] == ' ' and k >= 1 and not line[k - 1].isalnum():
                    space = True
                    k -= 1
                if k >= 0:
                    before = line[k]
                    if before.isalnum() or before == q:
                        i += 1
                        continue
                    if delimiters is not None and before not in delimiters:
                        i += 1
                        continue
                # find the closing quote (a doubled quote stays inside the field)
                j = i + 1
                has_double = False
                while True:
                    j = line.find(q, j)
                    if j < 0 or line[j + 1:j + 2] != q:
                        break
                    has_double = True
                    j += 2
                if j < 0:
                    break
                after = line[j + 1:j + 2]
                if after and (after.isalnum() or after == q
                              or (delimiters is not None and after not in delimiters)):
                    i += 1
                    continue
                if before is not None and after and before != after:
                    i += 1
                    continue
                if before is not None:
                    kind = 1 if after else 3
                else:
                    kind = 2 if after else 4
                    # a field opening a line shows the space after its delimiter
                    space = line[j + 2:j + 3] == ' '
                seen.append((kind, q, before if before is not None else (after or None), space,
                             has_double))
                i = j + 1
        if not seen:
            return None, None, False, False
        # Only the most telling kind of evidence counts: fields between two delimiters, then
        # fields opening a line, then fields closing one, then whole quoted lines.
        first = min(obs[0] for obs in seen)
        found = {}
        around = {}
        spaced = {}
        doubled = set()
        for kind, q, delim, space, has_double in seen:
            if kind != first:
                continue
            found[q] = found.get(q, 0) + 1
            if has_double:
                doubled.add(q)
            if delim is not None:
                key = (q, delim)
                around[key] = around.get(key, 0) + 1
                if space:
                    spaced[key] = spaced.get(key, 0) + 1
        order = list(found)  # ties go to the quote character seen first
        quotechar = max(order, key=lambda c: (found[c], -order.index(c)))
        best = None
        for (q, delim), count in around.items():
            if q != quotechar:
                continue
            if best is None or (count, self._rank(delim)) > (around[(q, best)], self._rank(best)):
                best = delim
        skip = False
        if best is not None:
            skip = spaced.get((quotechar, best), 0) * 2 > around[(quotechar, best)]
        doubled = quotechar in doubled or (best is not None
                                           and self._doubled(sample, quotechar, best))
        return quotechar, best, skip, doubled

    def _doubled(self, sample, q, delim):
        # Whether some field (text between delimiters or line ends) holds three or more quote
        # characters with only punctuation or spaces outside the first and last: the sign of
        # a doubled quote inside a quoted field.
        for line in sample.split('\n'):
            for chunk in line.split(delim):
                if chunk.count(q) < 3:
                    continue
                head = chunk[:chunk.find(q)]
                tail = chunk[chunk.rfind(q) + 1:]
                if _punctuation(head) and _punctuation(tail):
                    return True
        return False

    def _rank(self, c):
        # Higher for preferred delimiters.
        try:
            return len(self.preferred) - self.preferred.index(c)
        except ValueError:
            return 0

    def _from_counts(self, sample, delimiters, quotechar):
        # A delimiter appears the same number of times in (nearly) every line: the candidate
        # whose most common per-line count is shared by the most lines wins, preferred
        # delimiters breaking ties. Returns (delimiter, skipinitialspace).
        lines = self._lines(sample)[:50]
        if not lines:
            return None, False
        if delimiters is not None:
            candidates = set(delimiters)
        else:
            candidates = set()
            for line in lines:
                candidates.update(line)
            candidates = set(c for c in candidates
                             if not c.isalnum() and c not in '"\'' and c != quotechar)
        best = None
        best_key = None
        for c in candidates:
            tally = {}
            for line in lines:
                k = line.count(c)
                tally[k] = tally.get(k, 0) + 1
            mode = max(tally, key=lambda k: (tally[k], k))
            if mode == 0:
                continue
            key = (tally[mode], self._rank(c), mode, c)
            if best_key is None or key > best_key:
                best, best_key = c, key
        if best is None or best_key[0] * 10 < len(lines) * 9:
            return None, False
        total = sum(line.count(best) for line in lines)
        spaced = sum(line.count(best + ' ') for line in lines)
        return best, best != ' ' and spaced == total

    def has_header(self, sample):
        """Whether the first row of sample looks like column names: in the next 20 rows of the
        same length, a column of numbers under a non-number, or of strings of one length
        under a header of another length, counts for a header; the opposite counts against."""
        rows = reader(sample.splitlines(True), self.sniff(sample))
        header = next(rows, None)
        if header is None:
            return False
        width = len(header)
        kinds = {}
        for col in range(width):
            kinds[col] = None
        seen = 0
        for row in rows:
            if seen >= 20:
                break
            if len(row) != width:
                continue
            seen += 1
            for col in list(kinds):
                value = row[col]
                kind = 'number' if _numeric_text(value) else len(value)
                if kinds[col] is None:
                    kinds[col] = kind
                elif kinds[col] != kind:
                    del kinds[col]
        votes = 0
        for col, kind in kinds.items():
            if kind == 'number':
                votes += -1 if _numeric_text(header[col]) else 1
            elif kind is None:
                votes += 1
            else:
                votes += 1 if len(header[col]) != kind else -1
        return votes > 0


def _punctuation(text):
    for c in text:
        if c.isalnum() or c == '_':
            return False
    return True


def _numeric_text(text):
    for convert in (int, float, complex):
        try:
            convert(text)
            return True
        except (ValueError, TypeError, OverflowError):
            pass
    return False

# io: files (open(), the builtin, is a stub that calls io.open) and in-memory streams.
#
# Files are mediated: every file operation is a host call with a reserved name (fs.read, fs.write,
# fs.stat, fs.listdir, fs.mkdir, fs.unlink, fs.rmdir, fs.rename; docs/modules.md), answered by the
# JS harness from options.fs or by the native CLI under --fs-root. The model is the whole file:
# open() reads it once (modes r, r+, a+), so reading, iteration and seeking need no host call;
# writes collect in memory and reach the host on flush() and close() (and on their own once
# _FLUSH_BYTES are pending), appended with fs.write(..., 'a') unless the program wrote before the
# end of what the host already has (after a seek), in which case the whole file is written again.

_fs_read = _host("fs.read")
_fs_write = _host("fs.write")
_fs_stat = _host("fs.stat")
_fs_listdir = _host("fs.listdir")
_fs_mkdir = _host("fs.mkdir")
_fs_unlink = _host("fs.unlink")
_fs_rmdir = _host("fs.rmdir")
_fs_rename = _host("fs.rename")
del _host

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192

# Pending written bytes that trigger a write to the host without an explicit flush().
_FLUSH_BYTES = 1 << 20


class UnsupportedOperation(OSError):
    # CPython: (OSError, ValueError); Moat's exception classes cannot combine two builtin bases yet.
    pass


def _host_error(e, filename, filename2=None):
    # The host answers "[Errno N] strerror: 'path'" (js/src/fs.js fsError); rebuild the exception
    # as CPython raises it, with errno, strerror and filename attributes and the path as given.
    msg = str(e)
    if not msg.startswith('[Errno ') or ']' not in msg:
        return e
    end = msg.find(']')
    try:
        errno = int(msg[7:end])
    except ValueError:
        return e
    strerror = msg[end + 2:]
    i = strerror.find(': ')
    if i >= 0:
        strerror = strerror[:i]
    if filename2 is not None:
        return OSError(errno, strerror, filename, None, filename2)
    return OSError(errno, strerror, filename)


def _fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    f = getattr(type(p), '__fspath__', None)
    if f is None:
        raise TypeError('expected str, bytes or os.PathLike object, not ' + type(p).__name__)
    r = f(p)
    if not isinstance(r, (str, bytes)):
        raise TypeError('expected %s.__fspath__() to return str or bytes, not %s'
                        % (type(p).__name__, type(r).__name__))
    return r


def _hostpath(p):
    # The path as the host sees it (str), after the checks CPython makes before any system call.
    if isinstance(p, bytes):
        p = p.decode('utf-8', 'surrogateescape')
    if '\0' in p:
        raise ValueError('embedded null byte')
    return p


# The host calls, each raising CPython's exception for the path the program gave.
def _read(path, shown):
    _reap()
    try:
        return _fs_read(path)
    except OSError as e:
        raise _host_error(e, shown) from None


def _write(path, data, mode, shown):
    _reap()
    try:
        return _fs_write(path, data, mode)
    except OSError as e:
        raise _host_error(e, shown) from None


def _stat(path, shown):
    # None when missing.
    _reap()
    try:
        return _fs_stat(path)
    except OSError as e:
        raise _host_error(e, shown) from None


def _listdir(path, shown, types=False):
    _reap()
    try:
        return _fs_listdir(path, types) if types else _fs_listdir(path)
    except OSError as e:
        raise _host_error(e, shown) from None


def _mkdir(path, parents, exist_ok, shown):
    _reap()
    try:
        _fs_mkdir(path, parents, exist_ok)
    except OSError as e:
        raise _host_error(e, shown) from None


def _unlink(path, shown):
    _reap()
    try:
        _fs_unlink(path)
    except OSError as e:
        raise _host_error(e, shown) from None


def _rmdir(path, shown):
    _reap()
    try:
        _fs_rmdir(path)
    except OSError as e:
        raise _host_error(e, shown) from None


def _rename(src, dst, shown_src, shown_dst):
    _reap()
    try:
        _fs_rename(src, dst)
    except OSError as e:
        raise _host_error(e, shown_src, shown_dst) from None


# Files that have data the host does not have yet; _flush_all() writes them (the end-of-run hook).
_unflushed = []

# _refs(f) of a file referred to by nothing but _unflushed (and _reap's own variables).
_DROPPED_REFS = 3
_reaping = False


def _reap():
    # CPython writes and closes a file when its last reference goes away; Moat has no finalizers,
    # so before each file operation the files only _unflushed still refers to are closed here.
    global _reaping
    if _reaping or not _unflushed:
        return
    _reaping = True
    try:
        i = 0
        while i < len(_unflushed):
            f = _unflushed[i]
            if f.closed or _refs(f) <= _DROPPED_REFS:
                del _unflushed[i]
                try:
                    if f.closed:
                        f._flush()
                    else:
                        f.close()
                except Exception:
                    pass  # CPython: "Exception ignored in ..." on stderr, the program goes on
                continue
            i += 1
    finally:
        _reaping = False


def _flush_all():
    for f in list(_unflushed):
        try:
            f._flush()
        except Exception:
            pass


class IOBase:
    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._checkClosed()
        return self

    def _checkClosed(self, msg=None):
        if self.closed:
            raise ValueError('I/O operation on closed file.' if msg is None else msg)

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def isatty(self):
        self._checkClosed()
        return False

    def fileno(self):
        raise UnsupportedOperation('fileno')

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)

    def readlines(self, hint=-1):
        if hint is None:
            hint = -1
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                return lines


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


class TextIOBase(IOBase):
    pass


class _File(BufferedIOBase):
    # A file's bytes. _data holds the file from offset _base on (_base > 0 only in mode 'a', whose
    # existing content is never read); the host has _data[:_flushed] already unless _rewrite.

    def __init__(self, path, name, mode, readable, writable, append, data):
        self._path = path
        self.name = name
        self.mode = mode
        self._readable = readable
        self._writable = writable
        self._append = append
        self._data = bytearray(data)
        self._flushed = len(self._data)
        self._rewrite = False
        self._base = 0 if readable or not append else None
        self._pos = len(self._data) if append else 0
        self.closed = False

    def __repr__(self):
        kind = 'BufferedRandom' if self._readable and self._writable else (
            'BufferedReader' if self._readable else 'BufferedWriter')
        return '<_io.%s name=%r>' % (kind, self.name)

    def readable(self):
        self._checkClosed()
        return self._readable

    def writable(self):
        self._checkClosed()
        return self._writable

    def seekable(self):
        self._checkClosed()
        return True

    def _check_read(self, what):
        if not self._readable:
            raise UnsupportedOperation(what)
        if self.closed:
            raise ValueError(what + ' of closed file')

    def read(self, size=-1):
        self._check_read('read')
        if size is None or size < 0:
            end = len(self._data)
        else:
            end = min(len(self._data), self._pos + size)
        r = bytes(self._data[self._pos:end])
        self._pos = max(self._pos, end)
        return r

    read1 = read

    def readall(self):
        return self.read()

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def readline(self, size=-1):
        self._check_read('readline')
        end = self._data.find(b'\n', self._pos)
        end = len(self._data) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        r = bytes(self._data[self._pos:end])
        self._pos = max(self._pos, end)
        return r

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, b):
        if not self._writable:
            raise UnsupportedOperation('write')
        if self.closed:
            raise ValueError('write to closed file')
        if not isinstance(b, (bytes, bytearray)):
            raise TypeError("a bytes-like object is required, not '%s'" % type(b).__name__)
        n = len(b)
        if self._append:
            self._pos = len(self._data)
        pos = self._pos
        if pos > len(self._data):
            self._data.extend(bytes(pos - len(self._data)))
        if pos < self._flushed:
            self._rewrite = True
        self._data[pos:pos + n] = b
        self._pos = pos + n
        if not self._rewrite and len(self._data) - self._flushed >= _FLUSH_BYTES:
            self.flush()
            if self not in _unflushed and len(self._data) > self._flushed:
                _unflushed.append(self)
        elif not _unflushed or _unflushed[-1] is not self:
            if self not in _unflushed:
                _unflushed.append(self)
        return n

    def _size(self):
        # The file's size; mode 'a' asks the host once for what precedes _data.
        if self._base is None:
            st = _stat(self._path, self.name)
            self._base = 0 if st is None else st['size'] - self._flushed
        return self._base + len(self._data)

    def tell(self):
        self._checkClosed('I/O operation on closed file')
        if self._base is None:
            self._size()
        return self._base + self._pos

    def seek(self, offset, whence=0):
        if isinstance(offset, float):
            raise TypeError('an integer is required')
        self._checkClosed('seek of closed file')
        if whence == 0:
            target = offset
        elif whence == 1:
            target = self.tell() + offset
        elif whence == 2:
            target = self._size() + offset
        else:
            raise ValueError('whence value %d unsupported' % whence)
        if target < 0:
            raise OSError(22, 'Invalid argument')
        base = self._base if self._base is not None else 0
        if self._append and not self._readable:
            base = self._size() - len(self._data)
        self._pos = max(0, target - base)
        return target

    def truncate(self, size=None):
        if not self._writable:
            raise UnsupportedOperation('truncate')
        self._checkClosed('truncate of closed file')
        if size is None:
            size = self.tell()
        if self._append and not self._readable:
            # The host has the start of the file: hand it the rest, then read it all once.
            self.flush()
            self._data = bytearray(_read(self._path, self.name))
            self._base = 0
            self._flushed = len(self._data)
        if size < len(self._data):
            del self._data[size:]
            self._rewrite = True
        else:
            self._data.extend(bytes(size - len(self._data)))
        if self not in _unflushed:
            _unflushed.append(self)
        return size

    def flush(self):
        if self.closed:
            raise ValueError('flush of closed file')
        try:
            self._flush()
        except RuntimeError as e:
            # A flush from C code (print(..., flush=True)) cannot pause for the host: the data
            # stays pending and goes out with the next flush() or close().
            if 'cannot be called from inside' not in str(e):
                raise

    def _flush(self):
        if not self._writable:
            return
        if self._rewrite:
            _write(self._path, bytes(self._data), 'w', self.name)
        elif len(self._data) > self._flushed:
            _write(self._path, bytes(self._data[self._flushed:]), 'a', self.name)
        self._rewrite = False
        if self._append and not self._readable:
            # Nothing of an append-only file needs to stay in memory once the host has it.
            if self._base is not None:
                self._base += len(self._data)
            self._data = bytearray()
            self._pos = 0
        self._flushed = len(self._data)
        if self in _unflushed:
            _unflushed.remove(self)

    def close(self):
        if self.closed:
            return
        try:
            self._flush()
        except RuntimeError as e:
            if 'cannot be called from inside' not in str(e):
                self._closed()
                raise
            # Closed from C code, which cannot pause for the host: the file is closed for the
            # program and its data is written before the next file operation (see _reap).
            self.closed = True
            if self not in _unflushed:
                _unflushed.append(self)
            return
        except BaseException:
            self._closed()
            raise
        self._closed()

    def _closed(self):
        self.closed = True
        if self in _unflushed:
            _unflushed.remove(self)
        if not self._writable:
            self._data = bytearray()

    def detach(self):
        raise UnsupportedOperation('detach')


class BufferedReader(_File):
    pass


class BufferedWriter(_File):
    pass


class BufferedRandom(_File):
    pass


class FileIO(_File):
    pass


_BOMLESS = {'utf-16': 'utf-16-le', 'utf16': 'utf-16-le', 'utf-32': 'utf-32-le', 'utf32': 'utf-32-le',
            'utf-8-sig': 'utf-8', 'utf_8_sig': 'utf-8', 'utf_16': 'utf-16-le', 'utf_32': 'utf-32-le'}


class TextIOWrapper(TextIOBase):
    # Text over a binary stream (a file from open(), or any object with read/write/seek/tell).
    # Reading decodes everything from the current position at once into _t (newlines translated
    # when newline is None; _raw keeps the untranslated text then, to map positions back to bytes).

    def __init__(self, buffer, encoding=None, errors=None, newline=None, line_buffering=False,
                 write_through=False):
        if encoding is not None and not isinstance(encoding, str):
            raise TypeError('TextIOWrapper() argument \'encoding\' must be str or None, not '
                            + type(encoding).__name__)
        if errors is not None and not isinstance(errors, str):
            raise TypeError('TextIOWrapper() argument \'errors\' must be str or None, not '
                            + type(errors).__name__)
        if newline is not None and not isinstance(newline, str):
            raise TypeError('TextIOWrapper() argument \'newline\' must be str or None, not '
                            + type(newline).__name__)
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError('illegal newline value: ' + newline)
        if encoding is None or encoding == 'locale':
            encoding = 'utf-8'
        ''.encode(encoding)  # LookupError for an unknown encoding, as CPython raises at open
        self.buffer = buffer
        self.encoding = encoding
        self.errors = 'strict' if errors is None else errors
        self._newline = newline
        self.line_buffering = line_buffering
        self._t = None
        self._raw = None
        self._ti = 0
        self._start = 0
        self._wenc = None
        self._wnl = newline if newline in ('\r', '\r\n') else None
        self._writable = None
        self.newlines = None

    def __repr__(self):
        r = '<_io.TextIOWrapper'
        name = getattr(self.buffer, 'name', None)
        if name is not None:
            r += ' name=%r' % (name,)
        mode = getattr(self, 'mode', None)
        if mode is not None:
            r += ' mode=%r' % (mode,)
        return r + ' encoding=%r>' % (self.encoding,)

    @property
    def closed(self):
        return self.buffer.closed

    @property
    def name(self):
        return self.buffer.name

    def readable(self):
        return self.buffer.readable()

    def writable(self):
        return self.buffer.writable()

    def seekable(self):
        return self.buffer.seekable()

    def _fill(self):
        # Decodes the rest of the stream (once; writes and seeks drop it).
        if self.closed:
            raise ValueError('I/O operation on closed file.')
        if not self.buffer.readable():
            raise UnsupportedOperation('not readable')
        if self._t is None:
            self._start = self.buffer.tell()
            raw = self.buffer.read().decode(self.encoding, self.errors)
            if self._newline is None and '\r' in raw:
                self._raw = raw
                self._t = raw.replace('\r\n', '\n').replace('\r', '\n')
            else:
                self._raw = None
                self._t = raw
            self._ti = 0
        return self._t

    def _raw_index(self, ti):
        raw = self._raw
        if raw is None:
            return ti
        ri = 0
        n = 0
        while n < ti:
            if raw[ri] == '\r' and ri + 1 < len(raw) and raw[ri + 1] == '\n':
                ri += 2
            else:
                ri += 1
            n += 1
        return ri

    def _drop(self):
        # Puts the binary stream at the text position reached and forgets the decoded text.
        if self._t is not None:
            raw = self._raw if self._raw is not None else self._t
            consumed = raw[:self._raw_index(self._ti)].encode(self.encoding, self.errors)
            if self._start > 0 and self.encoding.lower() in _BOMLESS:
                consumed = raw[:self._raw_index(self._ti)].encode(_BOMLESS[self.encoding.lower()], self.errors)
            self.buffer.seek(self._start + len(consumed))
            self._t = None
            self._raw = None

    def read(self, size=-1):
        t = self._fill()
        if size is None or size < 0:
            r = t[self._ti:]
        elif not isinstance(size, int):
            raise TypeError("argument should be integer or None, not '%s'" % type(size).__name__)
        else:
            r = t[self._ti:self._ti + size]
        self._ti += len(r)
        return r

    def readline(self, size=-1):
        if size is not None and not isinstance(size, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(size).__name__)
        t = self._t
        if t is None:
            t = self._fill()
        i = self._ti
        nl = self._newline
        if nl is None or nl == '\n':
            end = t.find('\n', i)
            end = len(t) if end < 0 else end + 1
        elif nl == '':
            a = t.find('\n', i)
            b = t.find('\r', i)
            if b >= 0 and (a < 0 or b < a):
                end = b + 2 if b + 1 < len(t) and t[b + 1] == '\n' else b + 1
            else:
                end = len(t) if a < 0 else a + 1
        else:
            end = t.find(nl, i)
            end = len(t) if end < 0 else end + len(nl)
        if size is not None and size >= 0:
            end = min(end, i + size)
        self._ti = end
        return t[i:end]

    def __next__(self):
        t = self._t
        if t is not None and self._newline is None:
            # The common case (a text file read line by line) without readline's generality.
            i = self._ti
            end = t.find('\n', i)
            end = len(t) if end < 0 else end + 1
            if end == i:
                raise StopIteration
            self._ti = end
            return t[i:end]
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, s):
        buffer = self.buffer
        if buffer.closed:
            raise ValueError('I/O operation on closed file.')
        if not isinstance(s, str):
            raise TypeError('write() argument must be str, not ' + type(s).__name__)
        if self._writable is None:
            self._writable = buffer.writable()
        if not self._writable:
            raise UnsupportedOperation('not writable')
        if self._t is not None:
            self._drop()
        text = s
        if self._wnl is not None and '\n' in text:
            text = text.replace('\n', self._wnl)
        enc = self._wenc
        if enc is None:
            # The first write decides whether a BOM is still to be written (utf-16, utf-8-sig...).
            enc = self.encoding
            bomless = _BOMLESS.get(enc.lower())
            if bomless is not None:
                if buffer.tell() > 0:
                    enc = bomless
                self._wenc = bomless
            else:
                self._wenc = enc
        buffer.write(text.encode(enc, self.errors))
        if self.line_buffering and ('\n' in s or '\r' in s):
            self.flush()
        return len(s)

    def tell(self):
        if self.closed:
            raise ValueError('I/O operation on closed file.')
        if self._t is None:
            return self.buffer.tell()
        raw = self._raw if self._raw is not None else self._t
        enc = self.encoding
        if self._start > 0 and enc.lower() in _BOMLESS:
            enc = _BOMLESS[enc.lower()]
        return self._start + len(raw[:self._raw_index(self._ti)].encode(enc, self.errors))

    def seek(self, cookie, whence=0):
        if self.closed:
            raise ValueError('I/O operation on closed file.')
        if whence == 1:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero cur-relative seeks")
            return self.tell()
        if whence == 2:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero end-relative seeks")
            self._t = None
            self._raw = None
            return self.buffer.seek(0, 2)
        if whence != 0:
            raise ValueError('invalid whence (%r, should be 0, 1 or 2)' % (whence,))
        if cookie < 0:
            raise ValueError('negative seek position %r' % (cookie,))
        self._t = None
        self._raw = None
        return self.buffer.seek(cookie)

    def truncate(self, pos=None):
        self._drop()
        return self.buffer.truncate(pos)

    def flush(self):
        if self.closed:
            raise ValueError('I/O operation on closed file.')
        self.buffer.flush()

    def close(self):
        if not self.buffer.closed:
            self._t = None
            self._raw = None
            self.buffer.close()

    def detach(self):
        b = self.buffer
        self._drop()
        return b

    def fileno(self):
        return self.buffer.fileno()


def _mode_flags(mode):
    modes = set(mode)
    if modes - set('axrwb+t') or len(mode) > len(modes):
        raise ValueError('invalid mode: %r' % (mode,))
    creating = 'x' in modes
    reading = 'r' in modes
    writing = 'w' in modes
    appending = 'a' in modes
    if 't' in modes and 'b' in modes:
        raise ValueError("can't have text and binary mode at once")
    if creating + reading + writing + appending > 1:
        raise ValueError('must have exactly one of create/read/write/append mode')
    if not (creating or reading or writing or appending):
        raise ValueError('Must have exactly one of create/read/write/append mode and at most one plus')
    return creating, reading, writing, appending, '+' in modes, 'b' in modes


def open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True,
         opener=None):
    if isinstance(file, int) and not isinstance(file, bool):
        raise OSError(9, 'Bad file descriptor')
    name = _fspath(file)
    if not isinstance(mode, str):
        raise TypeError("open() argument 'mode' must be str, not " + type(mode).__name__)
    if not isinstance(buffering, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(buffering).__name__)
    for arg, v in (('encoding', encoding), ('errors', errors), ('newline', newline)):
        if v is not None and not isinstance(v, str):
            raise TypeError("open() argument '%s' must be str or None, not %s" % (arg, type(v).__name__))
    creating, reading, writing, appending, updating, binary = _mode_flags(mode)
    if binary:
        if encoding is not None:
            raise ValueError("binary mode doesn't take an encoding argument")
        if errors is not None:
            raise ValueError("binary mode doesn't take an errors argument")
        if newline is not None:
            raise ValueError("binary mode doesn't take a newline argument")
    elif buffering == 0:
        raise ValueError("can't have unbuffered text I/O")
    if newline not in (None, '', '\n', '\r', '\r\n'):
        raise ValueError('illegal newline value: ' + newline)
    if not binary and encoding is not None:
        ''.encode(encoding)
    path = _hostpath(name)
    readable = reading or updating
    writable = not reading or updating
    data = b''
    if creating:
        _write(path, b'', 'x', name)
        raw = 'xb+' if updating else 'xb'
    elif writing:
        _write(path, b'', 'w', name)
        raw = 'rb+' if updating else 'wb'
    elif appending:
        _write(path, b'', 'a', name)
        if updating:
            data = _read(path, name)
        raw = 'ab+' if updating else 'ab'
    else:
        data = _read(path, name)
        raw = 'rb+' if updating else 'rb'
    if readable and writable:
        cls = BufferedRandom
    elif readable:
        cls = BufferedReader
    else:
        cls = BufferedWriter
    f = cls(path, name, raw, readable, writable, appending, data)
    if binary:
        return f
    t = TextIOWrapper(f, encoding, errors, newline, buffering == 1)
    t.mode = mode
    return t


class StringIO(TextIOBase):
    def __init__(self, initial_value='', newline='\n'):
        if newline is not None and not isinstance(newline, str):
            raise TypeError('newline must be str or None, not %s' % type(newline).__name__)
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError('illegal newline value: %r' % (newline,))
        self._newline = newline
        if initial_value is None:
            initial_value = ''
        if not isinstance(initial_value, str):
            raise TypeError('initial_value must be str or None, not %s' % type(initial_value).__name__)
        initial_value = self._translate(initial_value)
        # The text is _s followed by the pieces in _tail (writes at the end just append a piece,
        # so building a large string is linear); _n is the total length.
        self._s = initial_value
        self._tail = []
        self._n = len(initial_value)
        self._pos = 0
        self.closed = False

    @property
    def _buf(self):
        if self._tail:
            self._s = self._s + ''.join(self._tail)
            self._tail = []
        return self._s

    @_buf.setter
    def _buf(self, value):
        self._s = value
        self._tail = []
        self._n = len(value)

    def _check(self):
        if self.closed:
            raise ValueError('I/O operation on closed file.')

    def _translate(self, s):
        # Newlines are translated when text is written, one write at a time (a '\r' ending one
        # write and a '\n' starting the next stay two line ends), as CPython's StringIO does.
        nl = self._newline
        if nl is None:
            if '\r' in s:
                s = s.replace('\r\n', '\n').replace('\r', '\n')
        elif nl == '\r' or nl == '\r\n':
            if '\n' in s:
                s = s.replace('\n', nl)
        return s

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError('string argument expected, got %r' % type(s).__name__)
        n = len(s)
        s = self._translate(s)
        pos = self._pos
        if pos == self._n:
            self._tail.append(s)
            self._n += len(s)
            self._pos = pos + len(s)
            return n
        buf = self._buf
        if pos > len(buf):
            buf += '\0' * (pos - len(buf))
        self._buf = buf[:pos] + s + buf[pos + len(s):]
        self._pos = pos + len(s)
        return n

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def read(self, size=-1):
        self._check()
        if size is None or size < 0:
            r = self._buf[self._pos:]
        else:
            r = self._buf[self._pos:self._pos + size]
        self._pos += len(r)
        return r

    def readline(self, size=-1):
        self._check()
        buf = self._buf
        nl = self._newline
        if nl == '':
            # Universal newlines without translation: a line ends at '\r\n', '\r' or '\n'.
            n_at = buf.find('\n', self._pos)
            r_at = buf.find('\r', self._pos)
            if r_at < 0 or (0 <= n_at < r_at):
                end = len(buf) if n_at < 0 else n_at + 1
            elif r_at + 1 < len(buf) and buf[r_at + 1] == '\n':
                end = r_at + 2
            else:
                end = r_at + 1
        else:
            sep = '\n' if nl is None else nl
            end = buf.find(sep, self._pos)
            end = len(buf) if end < 0 else end + len(sep)
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        r = self._buf[self._pos:end]
        self._pos = end
        return r

    def readlines(self, hint=-1):
        lines = []
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)

    def getvalue(self):
        self._check()
        return self._buf

    def seek(self, pos, whence=0):
        self._check()
        if whence == 0:
            if pos < 0:
                raise ValueError('Negative seek position %d' % pos)
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = len(self._buf)
        else:
            raise ValueError('Invalid whence (%d, should be 0, 1 or 2)' % whence)
        return self._pos

    def tell(self):
        self._check()
        return self._pos

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        self._buf = self._buf[:size]
        return size

    def close(self):
        self.closed = True

    def flush(self):
        pass

    def readable(self):
        return True

    def writable(self):
        return True

    def seekable(self):
        return True

    def isatty(self):
        return False

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


class BytesIO(BufferedIOBase):
    def __init__(self, initial_bytes=b''):
        self._buf = bytearray(initial_bytes or b'')
        self._pos = 0
        self.closed = False

    def write(self, b):
        b = bytes(b)
        end = self._pos + len(b)
        if self._pos > len(self._buf):
            self._buf.extend(b'\0' * (self._pos - len(self._buf)))
        self._buf[self._pos:end] = b
        self._pos = end
        return len(b)

    def read(self, size=-1):
        if size is None or size < 0:
            r = bytes(self._buf[self._pos:])
        else:
            r = bytes(self._buf[self._pos:self._pos + size])
        self._pos += len(r)
        return r

    def getvalue(self):
        return bytes(self._buf)

    def seek(self, pos, whence=0):
        if whence == 0:
            self._pos = pos
        elif whence == 1:
            self._pos += pos
        else:
            self._pos = len(self._buf) + pos
        return self._pos

    def tell(self):
        return self._pos

    def readline(self, size=-1):
        self._check()
        end = self._buf.find(b'\n', self._pos)
        end = len(self._buf) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        r = bytes(self._buf[self._pos:end])
        self._pos = max(self._pos, end)
        return r

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def read1(self, size=-1):
        return self.read(size)

    def getbuffer(self):
        return self._buf

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        del self._buf[size:]
        return size

    def _check(self):
        if self.closed:
            raise ValueError('I/O operation on closed file.')

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def flush(self):
        self._check()

    def close(self):
        self.closed = True

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

# os: environment variables are host calls ("os.getenv", "os.environ"), and so are the file
# functions (fs.* through io's helpers); the host decides what a program may see and touch
# (docs/modules.md). No processes. The sandbox's working directory is '/'.

import os.path as path

name = 'posix'
sep = '/'
altsep = None
extsep = '.'
pathsep = ':'
linesep = '\n'
curdir = '.'
pardir = '..'
devnull = '/dev/null'

_getenv = _host("os.getenv")
_environ = _host("os.environ")
del _host


def getenv(key, default=None):
    if not isinstance(key, str):
        raise TypeError(f"str expected, not {type(key).__name__}")
    v = _getenv(key)
    return default if v is None else v


def getcwd():
    return '/'


class _Environ:
    # The whole environment is fetched from the host on first use, then kept for the run.
    def __init__(self):
        self._data = None

    def _load(self):
        if self._data is None:
            d = _environ()
            if not isinstance(d, dict):
                raise RuntimeError("host function 'os.environ' must return a dict of str to str")
            self._data = dict(d)
        return self._data

    def get(self, key, default=None):
        return self._load().get(key, default)

    def keys(self):
        return self._load().keys()

    def values(self):
        return self._load().values()

    def items(self):
        return self._load().items()

    def copy(self):
        return dict(self._load())

    def setdefault(self, key, value):
        return self._load().setdefault(key, value)

    def pop(self, key, *default):
        return self._load().pop(key, *default)

    def __getitem__(self, key):
        return self._load()[key]

    def __setitem__(self, key, value):
        if not isinstance(key, str) or not isinstance(value, str):
            raise TypeError(f"str expected, not {type(value if isinstance(key, str) else key).__name__}")
        self._load()[key] = value

    def __delitem__(self, key):
        del self._load()[key]

    def __contains__(self, key):
        return key in self._load()

    def __iter__(self):
        return iter(self._load())

    def __len__(self):
        return len(self._load())

    def __repr__(self):
        return 'environ(%r)' % (self._load(),)


environ = _Environ()


error = OSError


def _iom():
    # io, imported on first use (a program that only reads the environment never loads it).
    import io
    return io


class PathLike:
    # os.PathLike: a class is a PathLike if it has __fspath__ (checked structurally, like CPython's
    # __subclasshook__).
    @classmethod
    def __subclasshook__(cls, C):
        return hasattr(C, '__fspath__') or NotImplemented


def fspath(path):
    return _iom()._fspath(path)


def fsencode(filename):
    filename = fspath(filename)
    return filename.encode('utf-8', 'surrogateescape') if isinstance(filename, str) else filename


def fsdecode(filename):
    filename = fspath(filename)
    return filename.decode('utf-8', 'surrogateescape') if isinstance(filename, bytes) else filename


def _arg(p):
    # (host path, path as shown in errors) for a path argument.
    p = _iom()._fspath(p)
    return _iom()._hostpath(p), p


class stat_result:
    # What fs.stat tells: the type, size and modification time (the rest is fixed).
    n_sequence_fields = 10

    def __init__(self, st):
        is_dir = st['type'] == 'dir'
        mtime = st['mtime']
        self.st_mode = 0o40755 if is_dir else 0o100644
        self.st_ino = 0
        self.st_dev = 0
        self.st_nlink = 2 if is_dir else 1
        self.st_uid = 0
        self.st_gid = 0
        self.st_size = st['size']
        self.st_atime = self.st_mtime = self.st_ctime = float(mtime)
        self.st_atime_ns = self.st_mtime_ns = self.st_ctime_ns = int(mtime * 1e9)

    def _tuple(self):
        return (self.st_mode, self.st_ino, self.st_dev, self.st_nlink, self.st_uid, self.st_gid,
                self.st_size, int(self.st_atime), int(self.st_mtime), int(self.st_ctime))

    def __getitem__(self, i):
        return self._tuple()[i]

    def __len__(self):
        return 10

    def __iter__(self):
        return iter(self._tuple())

    def __eq__(self, other):
        return isinstance(other, stat_result) and self._tuple() == other._tuple()

    def __repr__(self):
        t = self._tuple()
        names = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size',
                 'st_atime', 'st_mtime', 'st_ctime')
        return 'os.stat_result(' + ', '.join('%s=%r' % (n, v) for n, v in zip(names, t)) + ')'


def _stat_or_none(path):
    host, shown = _arg(path)
    return _iom()._stat(host, shown)


def stat(path, *, dir_fd=None, follow_symlinks=True):
    host, shown = _arg(path)
    st = _iom()._stat(host, shown)
    if st is None:
        raise FileNotFoundError(2, 'No such file or directory', shown)
    return stat_result(st)


lstat = stat


def listdir(path='.'):
    host, shown = _arg(path)
    names = _iom()._listdir(host, shown)
    if isinstance(shown, bytes):
        return [n.encode('utf-8', 'surrogateescape') for n in names]
    return names


def mkdir(path, mode=0o777, *, dir_fd=None):
    host, shown = _arg(path)
    _iom()._mkdir(host, False, False, shown)


def makedirs(name, mode=0o777, exist_ok=False):
    host, shown = _arg(name)
    _iom()._mkdir(host, True, bool(exist_ok), shown)


def remove(path, *, dir_fd=None):
    host, shown = _arg(path)
    _iom()._unlink(host, shown)


unlink = remove


def rmdir(path, *, dir_fd=None):
    host, shown = _arg(path)
    _iom()._rmdir(host, shown)


def removedirs(name):
    # Removes name, then each parent folder in turn until one is not empty (or is missing).
    rmdir(name)
    p = fspath(name).rstrip('/')
    while '/' in p.lstrip('/'):
        p = p[:p.rfind('/')].rstrip('/')
        if not p:
            return
        try:
            rmdir(p)
        except OSError:
            return


def rename(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    hs, ss = _arg(src)
    hd, sd = _arg(dst)
    _iom()._rename(hs, hd, ss, sd)


replace = rename


def chdir(path):
    raise OSError(38, 'Function not implemented')


def getcwdb():
    return b'/'


class DirEntry:
    def __init__(self, dirpath, name, kind):
        self.name = name
        if isinstance(dirpath, bytes):
            self.path = dirpath + (b'' if dirpath.endswith(b'/') else b'/') + name
        else:
            self.path = path.join(dirpath, name)
        self._kind = kind

    def is_dir(self, *, follow_symlinks=True):
        return self._kind == 'dir'

    def is_file(self, *, follow_symlinks=True):
        return self._kind == 'file'

    def is_symlink(self):
        return False

    def stat(self, *, follow_symlinks=True):
        return stat(self.path)

    def inode(self):
        return 0

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return '<DirEntry %r>' % (self.name,)


class _ScandirIterator:
    def __init__(self, entries):
        self._entries = entries
        self._i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._i >= len(self._entries):
            raise StopIteration
        self._i += 1
        return self._entries[self._i - 1]

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def close(self):
        self._i = len(self._entries)


def _entries(top):
    # [(name, 'file' | 'dir')] of a folder, in one host call.
    host, shown = _arg(top)
    pairs = _iom()._listdir(host, shown, True)
    if isinstance(shown, bytes):
        return [(n.encode('utf-8', 'surrogateescape'), k) for n, k in pairs]
    return [(n, k) for n, k in pairs]


def scandir(path='.'):
    p = fspath(path)
    return _ScandirIterator([DirEntry(p, n, k) for n, k in _entries(p)])


def walk(top, topdown=True, onerror=None, followlinks=False):
    top = fspath(top)
    try:
        pairs = _entries(top)
    except OSError as e:
        if onerror is not None:
            onerror(e)
        return
    dirs = [n for n, k in pairs if k == 'dir']
    files = [n for n, k in pairs if k != 'dir']
    if topdown:
        yield top, dirs, files
        for d in dirs:
            yield from walk(path.join(top, d), topdown, onerror, followlinks)
    else:
        for d in dirs:
            yield from walk(path.join(top, d), topdown, onerror, followlinks)
        yield top, dirs, files

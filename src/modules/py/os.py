# os: no file system or processes in the sandbox. Environment variables are host calls
# ("os.getenv", "os.environ"); the host decides what a program may see (docs/modules.md).

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

# pathlib: PurePath/PurePosixPath (pure string logic, POSIX rules) and Path/PosixPath, whose I/O
# methods go through os and io (host calls). Windows flavours are not provided.

import fnmatch
import io
import os

__all__ = ['PurePath', 'PurePosixPath', 'Path', 'PosixPath']


def _parse(args):
    # -> (root, [parts]) for the joined arguments, as CPython's posix flavour parses them.
    root = ''
    parts = []
    for a in args:
        if isinstance(a, PurePath):
            a_root, a_parts = a._root, a._parts
        else:
            s = os.fspath(a)
            if not isinstance(s, str):
                raise TypeError('argument should be a str object or an os.PathLike object returning '
                                'str, not %r' % (type(s),))
            a_root = ''
            if s.startswith('/'):
                a_root = '//' if s.startswith('//') and not s.startswith('///') else '/'
            a_parts = [p for p in s.split('/') if p and p != '.']
        if a_root:
            root = a_root
            parts = list(a_parts)
        else:
            parts.extend(a_parts)
    return root, parts


class _Parents:
    def __init__(self, path):
        self._path = path
        self._n = len(path._parts)

    def __len__(self):
        return self._n

    def __getitem__(self, i):
        if isinstance(i, slice):
            return tuple(self[k] for k in range(*i.indices(self._n)))
        if i >= self._n or i < -self._n:
            raise IndexError(i)
        if i < 0:
            i += self._n
        return self._path._from(self._path._root, self._path._parts[:self._n - i - 1])

    def __iter__(self):
        for i in range(self._n):
            yield self[i]

    def __repr__(self):
        return '<%s.parents>' % type(self._path).__name__


class PurePath:
    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        self = object.__new__(cls)
        self._root, self._parts = _parse(args)
        return self

    def __init__(self, *args):
        pass

    @classmethod
    def _from(cls, root, parts):
        self = object.__new__(cls)
        self._root = root
        self._parts = list(parts)
        return self

    def __reduce__(self):
        return (type(self), tuple(self.parts))

    def __str__(self):
        return (self._root + '/'.join(self._parts)) or '.'

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def __bytes__(self):
        return os.fsencode(str(self))

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, self.as_posix())

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        from urllib.parse import quote_from_bytes
        return 'file://' + quote_from_bytes(os.fsencode(str(self)))

    def _key(self):
        return [self._root] + self._parts if self._root else self._parts

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        return hash(tuple(self._key()))

    def __lt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() < other._key()

    def __le__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() <= other._key()

    def __gt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() > other._key()

    def __ge__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() >= other._key()

    @property
    def drive(self):
        return ''

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def parts(self):
        return tuple(self._key())

    @property
    def name(self):
        return self._parts[-1] if self._parts else ''

    @property
    def suffix(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        return ''

    @property
    def suffixes(self):
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + s for s in name.split('.')[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    @property
    def parent(self):
        if not self._parts:
            return self
        return self._from(self._root, self._parts[:-1])

    @property
    def parents(self):
        return _Parents(self)

    def with_name(self, name):
        if not self.name:
            raise ValueError('%r has an empty name' % (self,))
        if not name or '/' in name or name == '.':
            raise ValueError('Invalid name %r' % (name,))
        return self._from(self._root, self._parts[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if '/' in suffix or (suffix and not suffix.startswith('.')) or suffix == '.':
            raise ValueError('Invalid suffix %r' % (suffix,))
        name = self.name
        if not name:
            raise ValueError('%r has an empty name' % (self,))
        old = self.suffix
        name = (name[:-len(old)] if old else name) + suffix
        return self._from(self._root, self._parts[:-1] + [name])

    def joinpath(self, *args):
        root, parts = _parse((self,) + args)
        return self._from(root, parts)

    def __truediv__(self, key):
        try:
            return self.joinpath(key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            root, parts = _parse((key, self))
        except TypeError:
            return NotImplemented
        return self._from(root, parts)

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def relative_to(self, *other):
        if not other:
            raise TypeError('need at least one argument')
        root, parts = _parse(other)
        to = [root] + parts if root else parts
        mine = self._key()
        n = len(to)
        if (root and not self._root) or mine[:n] != to:
            formatted = (root + '/'.join(parts)) or '.'
            raise ValueError('{!r} is not in the subpath of {!r} OR one path is relative and the other '
                             'is absolute.'.format(str(self), formatted))
        return self._from('', mine[n:] if not root else mine[n:])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def match(self, path_pattern):
        if not path_pattern:
            raise ValueError('empty pattern')
        p_root, p_parts = _parse((path_pattern,))
        pat = [p_root] + p_parts if p_root else p_parts
        mine = self._key()
        if p_root:
            if len(mine) != len(pat):
                return False
        elif len(pat) > len(mine):
            return False
        for part, pp in zip(reversed(mine), reversed(pat)):
            if not fnmatch.fnmatchcase(part, pp):
                return False
        return True


class PurePosixPath(PurePath):
    pass


def _is_magic(s):
    return '*' in s or '?' in s or '[' in s


class Path(PurePath):
    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        self = object.__new__(cls)
        self._root, self._parts = _parse(args)
        return self

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls('/')

    def __enter__(self):
        return self

    def __exit__(self, *args):
        pass

    def stat(self, *, follow_symlinks=True):
        return os.stat(self)

    def lstat(self):
        return os.stat(self)

    def _type(self):
        try:
            st = io._stat(io._hostpath(str(self)), str(self))
        except ValueError:
            return None
        return None if st is None else st['type']

    def exists(self):
        return self._type() is not None

    def is_file(self):
        return self._type() == 'file'

    def is_dir(self):
        return self._type() == 'dir'

    def is_symlink(self):
        return False

    def is_mount(self):
        return str(self) == '/'

    def is_socket(self):
        return False

    def is_fifo(self):
        return False

    def is_block_device(self):
        return False

    def is_char_device(self):
        return False

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        return io.open(self, mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        f = io.open(self, 'rb')
        try:
            return f.read()
        finally:
            f.close()

    def read_text(self, encoding=None, errors=None):
        f = io.open(self, 'r', encoding=encoding, errors=errors)
        try:
            return f.read()
        finally:
            f.close()

    def write_bytes(self, data):
        view = bytes(data)
        f = io.open(self, 'wb')
        try:
            return f.write(view)
        finally:
            f.close()

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % data.__class__.__name__)
        f = io.open(self, 'w', encoding=encoding, errors=errors, newline=newline)
        try:
            return f.write(data)
        finally:
            f.close()

    def iterdir(self):
        return iter([self._from(self._root, self._parts + [n]) for n in os.listdir(self)])

    def _select(self, parts):
        # Relative path strings under self matching the pattern parts (CPython 3.11 rules: '**'
        # is this folder and every folder below it; a pattern ending in '**' selects folders).
        if not parts:
            return ['']
        head, rest = parts[0], parts[1:]
        base = str(self)
        out = []
        if head == '**':
            dirs = ['']
            stack = ['']
            while stack:
                d = stack.pop(0)
                try:
                    entries = os._entries(os.path.join(base, d) if d else base)
                except (OSError, ValueError):
                    continue
                for n, k in entries:
                    if k == 'dir':
                        p = os.path.join(d, n) if d else n
                        dirs.append(p)
                        stack.append(p)
            seen = set()
            for d in dirs:
                sub = self._from(self._root, self._parts + (d.split('/') if d else []))
                for r in sub._select(rest):
                    full = (d + '/' + r if r else d) if d else r
                    if full not in seen:
                        seen.add(full)
                        out.append(full)
            return out
        if _is_magic(head):
            try:
                entries = os._entries(base)
            except (OSError, ValueError):
                return []
            tokens = fnmatch._compile(head)
            for n, k in entries:
                if rest and k != 'dir':
                    continue
                if fnmatch._match(tokens, n):
                    sub = self._from(self._root, self._parts + [n])
                    for r in sub._select(rest):
                        out.append(n + '/' + r if r else n)
            return out
        sub = self._from(self._root, self._parts + [head])
        t = sub._type()
        if t is None or (rest and t != 'dir'):
            return []
        return [head + '/' + r if r else head for r in sub._select(rest)]

    def glob(self, pattern):
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        root, parts = _parse((pattern,))
        if root:
            raise NotImplementedError('Non-relative patterns are unsupported')
        rels = self._select(parts)
        return iter([self._from(self._root, self._parts + (r.split('/') if r else [])) for r in rels])

    def rglob(self, pattern):
        return self.glob('**/' + pattern)

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        host = io._hostpath(str(self))
        if parents:
            io._mkdir(host, True, bool(exist_ok), str(self))
            return
        try:
            io._mkdir(host, False, False, str(self))
        except FileExistsError:
            if not exist_ok or not self.is_dir():
                raise

    def touch(self, mode=0o666, exist_ok=True):
        if self.exists():
            if not exist_ok:
                raise FileExistsError(17, 'File exists', str(self))
            return
        io._write(io._hostpath(str(self)), b'', 'a', str(self))

    def unlink(self, missing_ok=False):
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        os.rmdir(self)

    def rename(self, target):
        os.rename(self, target)
        return self.__class__(target)

    def replace(self, target):
        os.replace(self, target)
        return self.__class__(target)

    def absolute(self):
        if self._root:
            return self
        return self._from('/', self._parts)

    def resolve(self, strict=False):
        s = os.path.normpath(os.path.join('/', str(self)))
        if strict and not self.exists():
            raise FileNotFoundError(2, 'No such file or directory', str(self))
        return self.__class__(s)

    def samefile(self, other_path):
        other = other_path if isinstance(other_path, Path) else Path(other_path)
        return self.resolve() == other.resolve() and self.exists()

    def expanduser(self):
        return self

    def chmod(self, mode, *, follow_symlinks=True):
        self.stat()

    def owner(self):
        return 'root'

    def group(self):
        return 'root'


class PosixPath(Path, PurePosixPath):
    pass

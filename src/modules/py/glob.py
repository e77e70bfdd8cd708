# glob: pathname patterns over the sandbox's files (one fs.listdir host call per folder read).
# Results come in sorted order within each folder (CPython's order is the file system's).

import os
import fnmatch

__all__ = ['glob', 'iglob', 'escape', 'has_magic']


def has_magic(s):
    if isinstance(s, bytes):
        return b'*' in s or b'?' in s or b'[' in s
    return '*' in s or '?' in s or '[' in s


def escape(pathname):
    drive, rest = pathname[:0], pathname
    out = []
    for c in rest:
        out.append('[' + c + ']' if c in '*?[' else c)
    return drive + ''.join(out)


def _entries(root, d):
    # [(name, kind)] of folder d (relative to root), [] when it cannot be listed.
    p = os.path.join(root, d) if root is not None else d
    try:
        return os._entries(p or '.')
    except (OSError, ValueError):
        return []


def _exists(root, p):
    return os.path.lexists(os.path.join(root, p) if root is not None else p)


def _isdir(root, p):
    return os.path.isdir(os.path.join(root, p) if root is not None else p)


def _hidden(name):
    return name[:1] == '.'


def _glob1(root, d, pattern, dironly, include_hidden):
    names = [n for n, k in _entries(root, d) if not dironly or k == 'dir']
    if not (include_hidden or _hidden(pattern)):
        names = [n for n in names if not _hidden(n)]
    return fnmatch.filter(names, pattern)


def _rlist(root, d, dironly, include_hidden):
    out = []
    for n, k in _entries(root, d):
        if not include_hidden and _hidden(n):
            continue
        if not dironly or k == 'dir':
            out.append(n)
        if k == 'dir':
            for sub in _rlist(root, os.path.join(d, n), dironly, include_hidden):
                out.append(os.path.join(n, sub))
    return out


def _glob(pathname, root, recursive, dironly, include_hidden):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if _exists(root, pathname):
                return [pathname]
        elif _isdir(root, dirname):
            return [pathname]
        return []
    if not dirname:
        if recursive and basename == '**':
            return [''] + _rlist(root, '', dironly, include_hidden)
        return _glob1(root, '', basename, dironly, include_hidden)
    if dirname != pathname and has_magic(dirname):
        dirs = _glob(dirname, root, recursive, True, include_hidden)
    else:
        dirs = [dirname]
    results = []
    for d in dirs:
        if recursive and basename == '**':
            names = [''] + _rlist(root, d, dironly, include_hidden)
        elif has_magic(basename):
            names = _glob1(root, d, basename, dironly, include_hidden)
        else:
            names = [basename] if (_isdir(root, os.path.join(d, basename)) if dironly
                                   else _exists(root, os.path.join(d, basename))) else []
        for name in names:
            results.append(os.path.join(d, name))
    return results


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    pathname = os.fspath(pathname)
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
    r = _glob(pathname, root_dir, recursive, False, include_hidden)
    if r and r[0] == '' and recursive and pathname == '**':
        del r[0]
    return r


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    return iter(glob(pathname, root_dir=root_dir, recursive=recursive, include_hidden=include_hidden))

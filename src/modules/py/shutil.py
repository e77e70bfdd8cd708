# shutil: copying, moving and removing files and trees with os/io (every step a host call).
# No permissions, owners or symlinks exist in the sandbox, so copymode/copystat do nothing.

import os
import fnmatch

__all__ = ['copyfileobj', 'copyfile', 'copymode', 'copystat', 'copy', 'copy2', 'copytree', 'move',
           'rmtree', 'Error', 'SameFileError', 'ignore_patterns', 'which', 'get_terminal_size']


class Error(OSError):
    pass


class SameFileError(Error):
    pass


def copyfileobj(fsrc, fdst, length=0):
    while True:
        buf = fsrc.read(length if length and length > 0 else -1)
        if not buf:
            break
        fdst.write(buf)
        if not length or length <= 0:
            break


def _same(src, dst):
    return os.path.normpath(os.path.abspath(src)) == os.path.normpath(os.path.abspath(dst))


def copyfile(src, dst, *, follow_symlinks=True):
    src = os.fspath(src)
    dst = os.fspath(dst)
    if _same(src, dst):
        raise SameFileError('{!r} and {!r} are the same file'.format(src, dst))
    fsrc = open(src, 'rb')
    try:
        data = fsrc.read()
    finally:
        fsrc.close()
    fdst = open(dst, 'wb')
    try:
        fdst.write(data)
    finally:
        fdst.close()
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    os.stat(src)
    os.stat(dst)


def copystat(src, dst, *, follow_symlinks=True):
    os.stat(src)
    os.stat(dst)


def copy(src, dst, *, follow_symlinks=True):
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(os.fspath(src)))
    copyfile(src, dst)
    return dst


copy2 = copy


def ignore_patterns(*patterns):
    def _ignore_patterns(path, names):
        ignored = []
        for pattern in patterns:
            ignored.extend(fnmatch.filter(names, pattern))
        return set(ignored)
    return _ignore_patterns


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    src = os.fspath(src)
    dst = os.fspath(dst)
    entries = os._entries(src)
    names = [n for n, k in entries]
    ignored = ignore(src, names) if ignore is not None else set()
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    errors = []
    for name, kind in entries:
        if name in ignored:
            continue
        s = os.path.join(src, name)
        d = os.path.join(dst, name)
        try:
            if kind == 'dir':
                copytree(s, d, symlinks, ignore, copy_function, ignore_dangling_symlinks, dirs_exist_ok)
            else:
                copy_function(s, d)
        except Error as err:
            errors.extend(err.args[0])
        except OSError as why:
            errors.append((s, d, str(why)))
    if errors:
        raise Error(errors)
    return dst


def rmtree(path, ignore_errors=False, onerror=None):
    path = os.fspath(path)

    def fail(func, p, exc):
        if ignore_errors:
            return
        if onerror is None:
            raise exc
        onerror(func, p, (type(exc), exc, None))

    try:
        entries = os._entries(path)
    except OSError as e:
        fail(os.scandir, path, e)
        return
    for name, kind in entries:
        full = os.path.join(path, name)
        if kind == 'dir':
            rmtree(full, ignore_errors, onerror)
        else:
            try:
                os.unlink(full)
            except OSError as e:
                fail(os.unlink, full, e)
    try:
        os.rmdir(path)
    except OSError as e:
        fail(os.rmdir, path, e)


def move(src, dst, copy_function=copy2):
    src = os.fspath(src)
    real_dst = os.fspath(dst)
    if os.path.isdir(real_dst):
        if _same(src, real_dst):
            os.rename(src, real_dst)
            return real_dst
        real_dst = os.path.join(real_dst, os.path.basename(src.rstrip('/')))
        if os.path.exists(real_dst):
            raise Error("Destination path '%s' already exists" % real_dst)
    try:
        os.rename(src, real_dst)
    except OSError as e:
        if e.errno != 18:  # across mounts: copy, then remove
            raise
        if os.path.isdir(src):
            copytree(src, real_dst, copy_function=copy_function)
            rmtree(src)
        else:
            copy_function(src, real_dst)
            os.unlink(src)
    return real_dst


def which(cmd, mode=None, path=None):
    return None


class _TerminalSize(tuple):
    @property
    def columns(self):
        return self[0]

    @property
    def lines(self):
        return self[1]

    def __repr__(self):
        return 'os.terminal_size(columns=%d, lines=%d)' % (self[0], self[1])


def get_terminal_size(fallback=(80, 24)):
    return _TerminalSize((fallback[0], fallback[1]))

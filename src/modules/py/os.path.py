# os.path: posixpath. The string functions are pure; exists/isfile/isdir/getsize/getmtime ask the
# host (fs.stat). The working directory is the sandbox's root, '/'.

sep = '/'
curdir = '.'
pardir = '..'
extsep = '.'
altsep = None
pathsep = ':'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'
supports_unicode_filenames = False


def _f(p):
    # os.fspath for the string functions (str passes at once).
    if isinstance(p, str):
        return p
    import io
    return io._fspath(p)


def isabs(s):
    s = _f(s)
    return s.startswith('/')


def join(a, *p):
    a = _f(a)
    p = [_f(b) for b in p]
    path = a
    for b in p:
        if b.startswith('/'):
            path = b
        elif not path or path.endswith('/'):
            path += b
        else:
            path += '/' + b
    return path


def split(p):
    p = _f(p)
    i = p.rfind('/') + 1
    head, tail = p[:i], p[i:]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head, tail


def splitext(p):
    p = _f(p)
    sep_index = p.rfind('/')
    dot_index = p.rfind('.')
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index] != '.':
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, p[:0]


def basename(p):
    p = _f(p)
    return p[p.rfind('/') + 1:]


def dirname(p):
    p = _f(p)
    i = p.rfind('/') + 1
    head = p[:i]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head


def normpath(path):
    path = _f(path)
    if path == '':
        return '.'
    initial_slashes = 1 if path.startswith('/') else 0
    if initial_slashes and path.startswith('//') and not path.startswith('///'):
        initial_slashes = 2
    comps = path.split('/')
    new_comps = []
    for comp in comps:
        if comp in ('', '.'):
            continue
        if comp != '..' or (not initial_slashes and not new_comps) or (new_comps and new_comps[-1] == '..'):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    path = '/'.join(new_comps)
    if initial_slashes:
        path = '/' * initial_slashes + path
    return path or '.'


def abspath(path):
    path = _f(path)
    if not isabs(path):
        path = join('/', path)
    return normpath(path)


def _st(path):
    # fs.stat's answer, or None (missing, or a path the host refuses, as CPython's exists()).
    import io
    try:
        p = io._fspath(path)
        return io._stat(io._hostpath(p), p)
    except (OSError, ValueError):
        return None


def exists(path):
    return _st(path) is not None


lexists = exists


def isfile(path):
    st = _st(path)
    return st is not None and st['type'] == 'file'


def isdir(path):
    st = _st(path)
    return st is not None and st['type'] == 'dir'


def islink(path):
    return False


def ismount(path):
    return path == '/'


def _stat(path):
    import os
    return os.stat(path)


def getsize(filename):
    return _stat(filename).st_size


def getmtime(filename):
    return _stat(filename).st_mtime


def getatime(filename):
    return _stat(filename).st_atime


def getctime(filename):
    return _stat(filename).st_ctime


def expanduser(path):
    return path


def expandvars(path):
    return path


def realpath(filename, *, strict=False):
    return abspath(filename)


def relpath(path, start=None):
    if not path:
        raise ValueError('no path specified')
    if start is None:
        start = '.'
    start_list = [x for x in abspath(start).split('/') if x]
    path_list = [x for x in abspath(path).split('/') if x]
    i = 0
    for a, b in zip(start_list, path_list):
        if a != b:
            break
        i += 1
    rel_list = ['..'] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return '.'
    return join(*rel_list)


def commonprefix(m):
    if not m:
        return ''
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def commonpath(paths):
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    isabs_ = [p.startswith('/') for p in paths]
    if any(isabs_) and not all(isabs_):
        raise ValueError("Can't mix absolute and relative paths")
    split_paths = [[c for c in p.split('/') if c and c != '.'] for p in paths]
    s1 = min(split_paths)
    s2 = max(split_paths)
    common = s1
    for i, c in enumerate(s1):
        if c != s2[i]:
            common = s1[:i]
            break
    prefix = '/' if isabs_[0] else ''
    return prefix + '/'.join(common)


def samefile(f1, f2):
    return normpath(abspath(f1)) == normpath(abspath(f2)) and exists(f1)
